/**
 * Whether the text says an event happened: read from the verb group of a verbal trigger ("is
 * scheduled to hold", "did not attend", "has arrived") or from what governs an event noun
 * ("cancelled the visit", "after the attack", "the trip would probably take place").
 *
 * The rule, in order of precedence:
 * - negated: a negation in the verb group ("did not attend", "failed to"), a denying subject ("no
 *   one was killed") or a denying modifier ("no injuries", "cancelled talks");
 * - hedged: a modal of possibility or a hedging adverb ("could", "may", "probably", "is likely to"),
 *   or a clause under "whether" or "if";
 * - scheduled: future, plans and previews ("will address", "is poised to visit", "to meet" in a
 *   headline, "was to attend", "planned visit", "visits are being prepared");
 * - reported: an otherwise plain past event that the sentence attributes to a report rather than
 *   asserts ("reportedly", "according to", "... reported"). A plain "he said it happened" stays
 *   happened: a speaker's own account is the article's evidence, not hearsay;
 * - happened: everything else, past or present ("arrived", "has arrived", "are holding talks").
 */
import type { EventStatus } from '../../types.ts';
import { attributionLexicon } from '../../text/attribution.ts';
import type { Clause } from './clauses.ts';
import type { Cue, Modality } from '../../text/modality.ts';
import type { Trigger } from './triggers.ts';
import { isQuoteMark, type Token } from '../../text/tokens.ts';
import { AUXILIARIES, COORDINATORS, DETERMINERS, MODALS, POSSESSIVES, PREPOSITIONS, isAuxiliary, isContractedNegation, looksPast } from '../../text/grammar.ts';
import { wordSet } from '../../text/words.ts';

/** Adverbs that sit inside a verb group without changing what it says: "last met", "has already left". */
const PLAIN_ADVERBS = wordSet('plain-adverbs');
/** Forms of "go": "went on to win". */
const GO_FORMS = wordSet('go-forms');

/** What the status reader needs besides the tokens. */
export interface StatusContext {
  modality: Modality;
  /** Tells a verb form: "hold", "met", "announced". */
  isVerb: (lower: string) => boolean;
  /** Clause of each token. */
  clauseOf: readonly number[];
  /** The clauses, for the kind of clause and for coordination. */
  clauses: readonly Clause[];
  /** True when the sentence attributes what it says to a report ("according to", "reported"). */
  reported: boolean;
}

/** The status of one trigger. */
export function statusOf(tokens: readonly Token[], trigger: Trigger, ctx: StatusContext): EventStatus {
  const cues = trigger.rule.pos === 'verb' ? verbCues(tokens, trigger, ctx) : nounCues(tokens, trigger, ctx);
  if (denyingSubject(tokens, trigger.first, ctx)) cues.add('negation');
  // "unclear whether Smith will visit", "if he sets foot on their territory": only possible.
  const clause = ctx.clauses[ctx.clauseOf[trigger.first]];
  if (clause && clause.kind === 'sub' && /^(?:whether|if|unless)$/.test(tokens[clause.first]?.lower ?? '')) cues.add('hedge');
  if (cues.has('negation')) return 'negated';
  if (cues.has('hedge')) return 'hedged';
  if (cues.has('future')) return 'scheduled';
  if (cues.has('report') || (ctx.reported && !cues.has('happened'))) return 'reported';
  return 'happened';
}

/** Cues of the verb group that ends just before token `i`: "is scheduled to" before "hold". */
export function verbGroupCues(tokens: readonly Token[], i: number, m: Modality): Set<Cue> {
  const cues = new Set<Cue>();
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t.word) break;
    const l = t.lower;
    // "in May": a capital "May" inside a sentence is the month, not the modal.
    if (t.cap && l === 'may' && j > 0) break;
    if (isContractedNegation(l)) {
      cues.add('negation');
      if (/^(?:won't|wouldn't|shan't)$/.test(l)) cues.add('future');
      continue;
    }
    if (m.auxiliary.has(l)) {
      cues.add(m.auxiliary.get(l)!);
      continue;
    }
    if (AUXILIARIES.has(l)) continue;
    if (m.adverb.has(l)) {
      const c = m.adverb.get(l);
      if (c) cues.add(c);
      continue;
    }
    if (PLAIN_ADVERBS.has(l) || (l.length > 4 && l.endsWith('ly') && !m.beforeTo.has(l))) continue;
    if (l === 'to') {
      const g = tokens[j - 1];
      if (g && g.word && m.beforeTo.has(g.lower)) {
        cues.add(m.beforeTo.get(g.lower)!);
        j--;
        continue;
      }
      // "went on to win": the infinitive happened.
      if (g && g.lower === 'on' && tokens[j - 2] && GO_FORMS.has(tokens[j - 2].lower)) {
        cues.add('happened');
        break;
      }
      // "arrived ... to join", "Smith to meet Lee" in a headline: an aim, so not (yet) happened.
      cues.add('future');
      break;
    }
    break;
  }
  return cues;
}

/** Cues of a verb trigger, including what a coordinated or participial verb inherits. */
function verbCues(tokens: readonly Token[], trigger: Trigger, ctx: StatusContext): Set<Cue> {
  const i = trigger.first;
  const cues = verbGroupCues(tokens, i, ctx.modality);
  const prev = tokens[i - 1];
  const form = trigger.rule.form;
  // "is expected to hold meetings ... and attend the reception": a bare verb after "and" shares the group.
  const coordinated = form === 'base' && !!prev && COORDINATORS.has(prev.lower);
  // "the reception hosted by ...": a participle after a noun takes the clause's group.
  const participial =
    (form === 'past' || form === 'participle') &&
    cues.size === 0 &&
    !!prev &&
    prev.word &&
    !isAuxiliary(prev.lower) &&
    !PLAIN_ADVERBS.has(prev.lower) &&
    !prev.lower.endsWith('ly') &&
    tokens[trigger.last + 1]?.lower === 'by';
  if (coordinated || participial) for (const c of previousGroupCues(tokens, i - 1, ctx)) cues.add(c);
  return cues;
}

/**
 * The cues of the nearest verb group before token `i` in the same clause, or in the clause it is
 * coordinated with ("is expected to hold meetings ... and attend the reception hosted by ...").
 * A purpose infinitive ("shared cake to mark the birthday at a summit") is not the clause's group.
 */
function previousGroupCues(tokens: readonly Token[], i: number, ctx: StatusContext): Set<Cue> {
  const root = rootClause(ctx, ctx.clauseOf[i]);
  for (let k = i - 1; k >= 0 && i - k <= 40 && rootClause(ctx, ctx.clauseOf[k]) === root && !isQuoteMark(tokens[k]); k--) {
    const t = tokens[k];
    if (!t.word || t.cap) continue;
    const l = t.lower;
    if (l === 'to') {
      const g = tokens[k - 1];
      if (g && (ctx.modality.beforeTo.has(g.lower) || AUXILIARIES.has(g.lower))) return verbGroupCues(tokens, k + 1, ctx.modality);
      continue;
    }
    if (MODALS.has(l) || isContractedNegation(l)) return verbGroupCues(tokens, k + 1, ctx.modality);
  }
  return new Set();
}

/** The clause a coordinated clause shares its subject with, else the clause itself. */
function rootClause(ctx: StatusContext, id: number): number {
  return ctx.clauses[id]?.sharesSubjectWith ?? id;
}

/** The cues of the first verb group after token `i` in the same clause: "During the meeting, the leaders will discuss". */
function nextGroupCues(tokens: readonly Token[], i: number, ctx: StatusContext): Set<Cue> {
  const clause = ctx.clauseOf[i];
  for (let k = i + 1; k < tokens.length && k - i <= 15 && ctx.clauseOf[k] === clause && !isQuoteMark(tokens[k]); k++) {
    const l = tokens[k].lower;
    if (!tokens[k].word || tokens[k].cap) continue;
    if (isAuxiliary(l) || ctx.isVerb(l)) return verbGroupCues(tokens, mainVerb(tokens, k, ctx.modality), ctx.modality);
  }
  return new Set();
}

/** From the first word of a verb group, past its auxiliaries and adverbs to its main verb. */
function mainVerb(tokens: readonly Token[], k: number, m: Modality): number {
  let v = k;
  while (v < tokens.length && tokens[v].word && (isAuxiliary(tokens[v].lower) || m.adverb.has(tokens[v].lower) || PLAIN_ADVERBS.has(tokens[v].lower))) v++;
  return v;
}

/** "no one was killed", "nobody was injured": a denying subject before the trigger in its clause. */
function denyingSubject(tokens: readonly Token[], i: number, ctx: StatusContext): boolean {
  const clause = ctx.clauseOf[i];
  // A subject stands near its verb: fifteen tokens back is far enough, and keeps this linear.
  for (let k = i - 1; k >= 0 && i - k <= 15 && ctx.clauseOf[k] === clause; k--) {
    for (const phrase of ctx.modality.negators) if (phraseAt(tokens, k, phrase)) return true;
  }
  return false;
}

/** True when the words of `phrase` start at token k. */
export function phraseAt(tokens: readonly Token[], k: number, phrase: readonly string[]): boolean {
  for (let p = 0; p < phrase.length; p++) if (tokens[k + p]?.lower !== phrase[p]) return false;
  return true;
}

/** True when the words of `phrase` end at token k. */
function phraseEndsAt(tokens: readonly Token[], k: number, phrase: readonly string[]): boolean {
  return k - phrase.length + 1 >= 0 && phraseAt(tokens, k - phrase.length + 1, phrase);
}

/** Cues of an event noun: its modifiers, then what governs it. */
function nounCues(tokens: readonly Token[], trigger: Trigger, ctx: StatusContext): Set<Cue> {
  const m = ctx.modality;
  const cues = new Set<Cue>();
  // Walk back over the noun phrase: "the planned two-day state visit", "Smith's potential visit".
  let j = trigger.first - 1;
  for (let modifiers = 0; j >= 0; j--) {
    const t = tokens[j];
    const l = t.lower;
    if (m.nominal.has(l) && !(t.cap && j > 0)) {
      cues.add(m.nominal.get(l)!);
      continue;
    }
    if (DETERMINERS.has(l) || POSSESSIVES.has(l)) continue;
    if (!t.word) break;
    if (t.cap && !PREPOSITIONS.has(l) && !COORDINATORS.has(l)) continue;
    if (PREPOSITIONS.has(l) || l === 'to' || isAuxiliary(l) || COORDINATORS.has(l) || ctx.isVerb(l) || m.governors.has(l)) break;
    if (++modifiers > 4) break;
  }
  if (j < 0 || !tokens[j].word) return union(cues, subjectCues(tokens, trigger, ctx));
  const l = tokens[j].lower;
  // "cancelled the visit", "held talks", "carried out an attack".
  const governor = governorAt(tokens, j, m);
  if (governor !== undefined) {
    if (governor.cue) cues.add(governor.cue);
    return union(cues, verbGroupCues(tokens, governor.first, m));
  }
  // "said Smith's trip would probably take place": the noun is the subject of the reported clause.
  if (attributionLexicon().forms.has(l)) return union(cues, subjectCues(tokens, trigger, ctx));
  // "hasn't backed the country's invasion": what another verb says is about itself, not about the event.
  if (ctx.isVerb(l) || looksPast(l)) return cues;
  if (isAuxiliary(l)) {
    // "will be the first visit": a copula before a determiner; "will condemn the attack": an unknown verb.
    const after = tokens[j + 1];
    return after && (DETERMINERS.has(after.lower) || POSSESSIVES.has(after.lower)) ? union(cues, verbGroupCues(tokens, j + 1, m)) : cues;
  }
  if (PREPOSITIONS.has(l) || l === 'to') {
    // "after the attack": past, whatever the clause says. ("Before the attack" says nothing: the
    // clause does, "ended shortly before the army's attack" and "will meet before the summit" alike.)
    if (m.after.some((p) => phraseEndsAt(tokens, j, p))) return union(cues, new Set<Cue>(['happened']));
    // "is poised to visit the country for discussions": the verb group the phrase hangs on.
    const earlier = previousGroupCues(tokens, j, ctx);
    if (earlier.size > 0) return union(cues, earlier);
    // "During the meeting, the leaders will discuss ...": a fronted phrase takes the verb after it.
    return verbBefore(tokens, j, ctx) ? cues : union(cues, nextGroupCues(tokens, trigger.last, ctx));
  }
  if (COORDINATORS.has(l)) return union(cues, subjectCues(tokens, trigger, ctx));
  return cues;
}

/** True when a verb or auxiliary stands before token j in its clause. */
function verbBefore(tokens: readonly Token[], j: number, ctx: StatusContext): boolean {
  const clause = ctx.clauseOf[j];
  for (let k = j - 1; k >= 0 && ctx.clauseOf[k] === clause; k--) {
    const t = tokens[k];
    if (t.word && !t.cap && (isAuxiliary(t.lower) || ctx.isVerb(t.lower) || looksPast(t.lower))) return true;
  }
  return false;
}

/** A governing verb ending at token j, with its cue and first token. */
function governorAt(tokens: readonly Token[], j: number, m: Modality): { cue: Cue | null; first: number } | undefined {
  // The longest governor wins: "took part in" over "in".
  let found: { cue: Cue | null; first: number } | undefined;
  let phrase = tokens[j].lower;
  for (let first = j; first >= 0 && first > j - 3; first--) {
    if (first < j) phrase = `${tokens[first].lower} ${phrase}`;
    if (m.governors.has(phrase)) found = { cue: m.governors.get(phrase)!, first };
  }
  return found;
}

/**
 * An event noun as subject: the predicate after it decides when it asserts occurrence ("the trip
 * would take place") or governs the event ("visits are being prepared", "the summit was cancelled").
 */
function subjectCues(tokens: readonly Token[], trigger: Trigger, ctx: StatusContext): Set<Cue> {
  const m = ctx.modality;
  const clause = ctx.clauseOf[trigger.last];
  for (let k = trigger.last + 1; k < tokens.length && k - trigger.last <= 12 && ctx.clauseOf[k] === clause; k++) {
    const l = tokens[k].lower;
    if (!tokens[k].word || tokens[k].cap) continue;
    if (!(isAuxiliary(l) || m.auxiliary.has(l) || ctx.isVerb(l) || m.occurrence.has(l))) continue;
    const v = mainVerb(tokens, k, m);
    const one = tokens[v]?.lower ?? '';
    const two = `${one} ${tokens[v + 1]?.lower ?? ''}`;
    if (m.occurrence.has(one) || m.occurrence.has(two) || m.occurrence.has(`${tokens[v - 1]?.lower} ${one}`)) return verbGroupCues(tokens, v, m);
    // "visits ... are being prepared", "his meeting would encompass talks": a governing verb after an auxiliary.
    if (m.governors.has(one) && v > k) {
      const governed = m.governors.get(one);
      return union(new Set<Cue>(governed ? [governed] : []), verbGroupCues(tokens, v, m));
    }
    return new Set();
  }
  return new Set();
}

function union(a: Set<Cue>, b: Set<Cue>): Set<Cue> {
  for (const c of b) a.add(c);
  return a;
}
