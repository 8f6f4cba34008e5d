/**
 * Judging: claims aligned slot by slot → findings.
 *
 * Claims are compared only within a block (attribute + event family, counted noun, person or
 * speaker), so the work grows with the claims of a block, not with the corpus. Within a block the
 * rules (`lib/judge/rules/`, listed in order in `rules/index.ts`) run at three scopes:
 *
 * 1. **The block** — `same-statement`: copies of one sentence with incompatible values, a
 *    `conflict` whatever else is known. The claims it takes are not seen again.
 * 2. **One event** — the claims of one event compared account by account (`accounts.ts`); the
 *    first rule that decides gives the finding: `one-event` (a clash: `conflict`, or `unresolved`
 *    when a softening of `softenings.ts` applies), `one-event-agreement`.
 * 3. **Two events** — the current news of two main events with values of one type that would
 *    clash (`pairs.ts`); the first rule that decides gives the finding: `two-events` (trusted dates
 *    set them apart), `two-events-weekday` (undated, told apart by these very weekdays),
 *    `two-events-undated` (`unresolved`: only the wording sets them apart).
 *
 * Then `weekday-mismatch` reads each article's own dates, and the passes of `passes.ts` clean the
 * drafts in order and make findings of them. A value only one source states is no finding. Ids are
 * fingerprints of what a finding is about (rule, slot, the articles and sentences of its claims),
 * so they survive reruns, other machines and other input orders; the evidence fingerprint changes
 * when a claim's words or value do.
 */
import { groupBy } from '../util/group.ts';
import { mentions as findMentions } from '../mentions/index.ts';
import type { ClaimMaterial, Clustering, Document, EventInfo, Fact, Finding, Mentions } from '../types.ts';
import { compareAccounts } from './accounts.ts';
import { articleClaims, bindClaims, judgeOrder, type BoundClaims, type Candidate } from './claims/index.ts';
import { DRAFT_PASSES, findings } from './passes.ts';
export { findings, formerIds } from './passes.ts';
import type { Draft, SlotBlock } from './rule.ts';
import { ARTICLE_RULES, EVENT_RULES, firstDeciding, NAME_RULES, PAIR_RULES, SLOT_RULES, VALUE_BLOCK_RULES, VALUE_PAIR_RULES, VALUE_SLOT_RULES } from './rules/index.ts';
import { corroborated, corroboration, valueBlock, valuePairs, type Corroboration } from './groups.ts';
import { changedKey } from './rules/same-statement.ts';
import { MAX_GROUPS } from './rules/slot-scattered.ts';
import { clashingEventPairs } from './pairs.ts';
import { pushAll } from '../util/lists.ts';
import { noteLimit } from '../util/limits.ts';

/**
 * Judges the facts of all documents into findings, sorted by verdict severity then id. The
 * mentions are the mentions stage's (`lib/mentions`), made here when a script runs this stage alone.
 */
export function judge(docs: readonly Document[], facts: readonly Fact[], clustering: Clustering, found: Mentions = findMentions(docs, facts)): Finding[] {
  return findings(judgeDrafts(docs, facts, clustering, found), clustering.info);
}

/**
 * The drafts {@link judge} makes findings of, after the passes: for {@link formerIds} beside
 * {@link findings}. `claims`: each article's claims as its analysis made them (by article id);
 * those of an article not there, or that do not fit its facts, are made here.
 */
export function judgeDrafts(docs: readonly Document[], facts: readonly Fact[], clustering: Clustering, found: Mentions, claims: ReadonlyMap<string, ClaimMaterial> = new Map()): Draft[] {
  // The mentions stage indexed the facts before clustering: their `event` is null there. Every
  // claim takes its event from `clustering.factEvent`, never from an indexed fact.
  const index = found.index;
  const mainEvents = new Set([...clustering.info.values()].filter((i) => i.main).map((i) => i.event.id));
  const made = (d: Document): ClaimMaterial => articleClaims(d, index.byArticle.get(d.article.id) ?? []);
  const bind = (d: Document): BoundClaims => {
    const kept = claims.get(d.article.id);
    if (kept) {
      try {
        return bindClaims(d, kept, index, clustering.factEvent, mainEvents);
      } catch {
        // Claims that do not fit the article's facts (a damaged or foreign entry): made again below.
      }
    }
    return bindClaims(d, made(d), index, clustering.factEvent, mainEvents, true);
  };
  let drafts = judgeClaims(judgeOrder(docs.map(bind)), clustering.info);
  for (const rule of ARTICLE_RULES) pushAll(drafts, rule.judge({ docs, facts }));
  for (const pass of DRAFT_PASSES) drafts = pass.run(drafts);
  return drafts;
}

/**
 * The rules' drafts on claims, block by block in key order (blocks of one article are skipped:
 * a value only one source states is no finding). No extraction needed: the table tester
 * (`spec/judge/rules.spec.ts`) calls it with claims built from rows.
 */
export function judgeClaims(claims: readonly Candidate[], info: Map<string, EventInfo>): Draft[] {
  const memo = new Map<string, number>();
  // Facts already in a same-statement conflict: one changed value is one finding, in whichever
  // block (travel, attend, ...) it was met first.
  const changed = new Set<string>();
  const drafts: Draft[] = [];
  const corroborating = corroboration(claims);
  const blocks = groupBy(claims, (c) => c.block);
  for (const block of [...blocks.keys()].sort()) {
    const list = blocks.get(block)!;
    if (new Set(list.map((c) => c.article)).size < 2) continue;
    pushAll(drafts, judgeBlock({ claims: list, memo, used: new Set(), changed }, info, corroborating));
  }
  return drafts;
}

/**
 * The findings of one slot by meaning, event by event. Values are compared only among articles that
 * corroborate each other on another slot of the event (`groups.ts`): within each such group, the
 * whole-slot rules, else a finding per pair of differing values; with no finding, an agreement.
 */
function judgeValues(list: readonly Candidate[], info: Map<string, EventInfo>, corroborating: Corroboration): Draft[] {
  const out: Draft[] = [];
  const events = groupBy(list.filter((c) => c.event !== null), (c) => c.event!);
  for (const [event, group] of [...events].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const block = valueBlock(group[0].meaning!, event, group, info.get(event));
    // Too many values to pair (a hostile page, a huge corpus): the whole-slot rule says so at once.
    if (block.groups.length > MAX_GROUPS) {
      noteLimit('limit/values', `event ${event}, '${group[0].slot}': ${block.groups.length} different values; not paired one by one, judged as one scattered slot`);
      pushAll(out, firstDeciding(VALUE_SLOT_RULES, block));
      continue;
    }
    const drafts: Draft[] = [];
    const parts = corroborated(block, corroborating);
    const part = new Map(parts.flatMap((articles, i) => articles.map((a) => [a, i] as const)));
    const linked = (x: string, y: string): boolean => part.has(x) && part.get(x) === part.get(y);
    block.apart = valuePairs(block).some((p) => !p.compatible && !p.a.articles.some((x) => p.b.articles.some((y) => linked(x, y))));
    for (const articles of parts) {
      const set = new Set(articles);
      const part = valueBlock(block.meaning, event, group.filter((c) => set.has(c.article)), block.info);
      const whole = firstDeciding(VALUE_SLOT_RULES, part);
      pushAll(drafts, whole.length > 0 ? whole : valuePairs(part).flatMap((pair) => firstDeciding(VALUE_PAIR_RULES, pair)));
    }
    pushAll(out, drafts.length > 0 ? drafts : firstDeciding(VALUE_BLOCK_RULES, block));
  }
  return out;
}

/** The findings of one block. */
function judgeBlock(block: SlotBlock, info: Map<string, EventInfo>, corroborating: Corroboration): Draft[] {
  const out: Draft[] = [];
  for (const rule of SLOT_RULES) pushAll(out, rule.judge(block));
  const { claims: list, memo, used, changed } = block;
  // Loose claims (values no slot took) are compared only as copies of their own sentence.
  if (list[0].loose) return out;
  const open = (c: Candidate): boolean => !used.has(c) && !changed.has(changedKey(c));
  // Names: one person's name spelled two ways in one event.
  if (list[0].attribute === 'name') return [...out, ...NAME_RULES.flatMap((r) => r.judge({ claims: list.filter(open) }))];
  // Counts by meaning: one event's values grouped, each two groups that differ a pair.
  if (list[0].meaning !== undefined) return [...out, ...judgeValues(list.filter(open), info, corroborating)];

  // One event, article by article (null events by article: nothing ties them).
  const events = groupBy(list, (c) => c.event ?? `~${c.article}`);
  for (const [key, group] of [...events].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (key.startsWith('~')) continue;
    const accounts = compareAccounts(group.filter(open), memo, info.get(key));
    if (accounts) pushAll(out, firstDeciding(EVENT_RULES, accounts));
  }

  // Two events whose current news would clash.
  for (const pair of clashingEventPairs(list.filter((c) => open(c) && c.current === true && c.status === 'happened'), info)) pushAll(out, firstDeciding(PAIR_RULES, pair));
  return out;
}
