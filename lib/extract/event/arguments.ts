/**
 * The participants, place and time of each trigger, taken from its own clause.
 *
 * - who: the person facts of the clause that belong to this trigger (a relative clause adds the
 *   person it describes, a coordinated verb phrase the subject it shares, "he"/"his" the most
 *   recent subject person);
 *   not a person named as a source ("according to ministry aide John Smith"), nor one on the other
 *   side of a quotation mark.
 * - where: a place fact after a locative preposition ("in", "at", ...), after "to"/"into" for
 *   movement ("trip to the capital"), as direct object of a visit or an attack ("visited the
 *   city"), or right before an event noun ("the Paris summit").
 * - when: a date or time fact; never a duration ("three-day"), a set, or a bound ("until 2030"),
 *   nor one on the other side of a quoted statement ("“He will visit,” the agency reported on Tuesday"),
 *   nor, for a past perfect or a "recent" event noun, one on its left beyond another verb ("the day
 *   the autopsy showed he had been shot", "on Tuesday mourned the recent shooting"), nor for an
 *   infinitive one before its "to" ("decided on Saturday to fire him"); an event noun that another
 *   verb is about ("charged with her murder yesterday") takes none.
 * Places stand at most 8 tokens from their trigger, times at most 14.
 * A place or time goes to the nearest trigger on its left in the clause ("met in March during a
 * three-day trip": March is the meeting's); a trigger with none to its right up to the next
 * trigger takes the nearest on its left. A "when" clause without a time takes its main clause's;
 * any clause without one takes a time that opens the sentence ("On Wednesday, he will address ...
 * and will meet ...").
 */
import type { PersonFact, PlaceFact, TimeFact } from '../../types.ts';
import type { Clauses } from './clauses.ts';
import type { EventLexicon } from '../../text/events.ts';
import type { Subjects } from '../../text/subjects.ts';
import type { Trigger } from './triggers.ts';
import { modalityLexicon } from '../../text/modality.ts';
import { isSubject } from '../../text/subjects.ts';
import { type Placed, type Token } from '../../text/tokens.ts';
import { DETERMINERS, PERSON_PRONOUNS, isAuxiliary, looksPast } from '../../text/grammar.ts';
import { lazy, wordList, wordSet } from '../../text/words.ts';
import { firstIndex } from '../../util/search.ts';

/** Everything the argument finder needs about one sentence. */
export interface ArgumentContext {
  tokens: readonly Token[];
  clauses: Clauses;
  persons: readonly Placed<PersonFact>[];
  places: readonly Placed<PlaceFact>[];
  times: readonly Placed<TimeFact>[];
  lexicon: EventLexicon;
  subjects: Subjects;
  /** True for tokens inside quotation marks. */
  quoted: readonly boolean[];
  isVerb: (lower: string) => boolean;
}

/** The arguments of one trigger: fact ids. */
export interface Arguments {
  who: string[];
  where: string | null;
  when: string | null;
}

const LOCATIVE = wordSet('event-locative-prepositions');
const MOVEMENT = new Set(['to', 'into']);
const OBJECT_OF_NOUN = new Set(['of', 'on', 'against']);

/** The arguments of every trigger of a sentence, in trigger order. */
export function argumentsOf(triggers: readonly Trigger[], ctx: ArgumentContext): Arguments[] {
  const excluded = attributed(ctx.tokens);
  const verbs = firstVerbs(ctx);
  const opening = openingTime(ctx);
  const runs = ctx.times.length === 0 ? [] : quotedRuns(ctx.quoted);
  // Only what stands near a trigger can be its argument: a window keeps a sentence of many triggers linear.
  return triggers.map((tr) => {
    const clause = ctx.clauses.of[tr.first];
    const lo = tr.first - WINDOW;
    const hi = tr.first + WINDOW;
    // Siblings matter only when there are facts to share out among them.
    const siblings = ctx.places.length + ctx.times.length + ctx.persons.length === 0 ? [] : window(triggers, lo, hi).filter((o) => ctx.clauses.of[o.first] === clause);
    const places = ctx.places.length === 0 ? [] : window(ctx.places, lo, hi).filter((p) => ctx.clauses.of[p.first] === clause && governed(p, tr, ctx));
    const times = ctx.times.length === 0 || objectOfProcess(tr, ctx) ? [] : window(ctx.times, lo, hi).filter((t) => ctx.clauses.of[t.first] === clause && dates(t, ctx.tokens) && !acrossQuote(tr.first, t.first, runs) && !beforeAnterior(tr, t, ctx) && !timeOfSaying(tr, t, ctx));
    const where = places.length === 0 ? null : nearest(tr, siblings, places, PLACE_REACH);
    let when = times.length === 0 ? null : nearest(tr, siblings, times, TIME_REACH);
    if (!when) {
      const inherited = inheritedTime(tr, ctx, opening);
      if (inherited && !beforeAnterior(tr, inherited, ctx)) when = inherited;
    }
    return { who: participants(tr, siblings, ctx, excluded, verbs), where: where ? where.fact.id : null, when: when ? when.fact.id : null };
  });
}

/** How far (in tokens) from a trigger its sibling triggers and participants are looked for. */
const WINDOW = 40;

/** The items of a list in `first` order whose first token lies in [lo, hi]. */
function window<F extends { first: number }>(list: readonly F[], lo: number, hi: number): F[] {
  const a = firstIndex(list, (x) => x.first < lo);
  const out: F[] = [];
  for (let k = a; k < list.length && list[k].first <= hi; k++) out.push(list[k]);
  return out;
}

/** How many tokens a place or a time may stand from its trigger. */
const PLACE_REACH = 8;
const TIME_REACH = 14;

/** The argument for trigger tr: right of it up to the next trigger, else the nearest on its left. */
function nearest<F extends { first: number; last: number }>(tr: Trigger, siblings: readonly Trigger[], cands: readonly F[], reach: number): F | null {
  const next = siblings.find((o) => o.first > tr.last);
  const right = cands.filter((c) => c.first > tr.last && c.first - tr.last <= reach && (!next || c.first < next.first));
  if (right.length) return right[0];
  const left = cands.filter((c) => c.last < tr.first && tr.first - c.last <= reach);
  return left.length ? left[left.length - 1] : null;
}

/** A quotation at least this many tokens long is a statement of its own, with its own tense and time. */
const QUOTED_STATEMENT = 4;

/**
 * For each token, the length of the run of quoted tokens holding it (0 when it is not quoted),
 * computed once per sentence so that each trigger–time pair is a lookup.
 */
function quotedRuns(quoted: readonly boolean[]): number[] {
  const runs = new Array<number>(quoted.length).fill(0);
  for (let a = 0; a < quoted.length; ) {
    if (!quoted[a]) {
      a++;
      continue;
    }
    let b = a;
    while (b < quoted.length && quoted[b]) b++;
    runs.fill(b - a, a, b);
    a = b;
  }
  return runs;
}

/**
 * True when a quotation mark parts the trigger from a time and the quoted side is a statement:
 * in "“She will visit the capital,” the agency reported on Tuesday" Tuesday is the day of the
 * report, not of the visit. A word in scare quotes (he “arrived” on Tuesday) keeps its time.
 */
function acrossQuote(trigger: number, time: number, runs: readonly number[]): boolean {
  if ((runs[trigger] > 0) === (runs[time] > 0)) return false;
  return Math.max(runs[trigger], runs[time]) >= QUOTED_STATEMENT;
}

/** Prepositions by which a verb takes an event as what it is about: "charged with murder". */
const ABOUT_PREPOSITIONS = wordSet('about-prepositions');

/**
 * True for an event noun that another verb is about: "charged with her murder yesterday",
 * "questioned over the murders", "accused of the attack", "on suspicion of murder". The time of
 * such a clause is the charge's or the questioning's, not the murder's, so the noun takes none.
 */
function objectOfProcess(tr: Trigger, ctx: ArgumentContext): boolean {
  if (tr.rule.pos !== 'noun') return false;
  const t = ctx.tokens;
  let k = tr.first - 1;
  // over "the", "her", and up to two modifiers: "with the double murders"
  for (let skipped = 0; k >= 0 && skipped < 3 && t[k].word && !ABOUT_PREPOSITIONS.has(t[k].lower) && (DETERMINERS.has(t[k].lower) || (!t[k].cap && !ctx.isVerb(t[k].lower))); k--) skipped++;
  if (k < 1 || !ABOUT_PREPOSITIONS.has(t[k].lower)) return false;
  const gov = t[k - 1];
  if (!gov.word || gov.cap) return false;
  // "suspicion of murder"; else a verb form: "charged with", "questioned over", "accused of"
  if (gov.lower === 'suspicion') return true;
  return looksPast(gov.lower) || /^[a-z]{3,}ing$/.test(gov.lower) || (t[k].lower !== 'of' && ctx.isVerb(gov.lower));
}

/** Adjectives that put an event noun before the time of the sentence: "the recent shooting". */
const ANTERIOR = wordSet('anterior-adjectives');

/** Adverbs that may stand between "had" and its participle: "had already left". */
const PERFECT_ADVERBS = wordSet('perfect-adverbs');

/**
 * True when a time on the trigger's left is another verb's: the trigger is an infinitive after a
 * verb of intent and its time ("decided on Saturday to fire him"), or a past perfect ("had been shot", "had already left") or
 * an event noun set in the past ("the recent shooting") with another verb between: in "the same
 * day the autopsy showed he had been shot" the day is the autopsy's; the shooting came before it.
 */
function beforeAnterior(tr: Trigger, t: Placed<TimeFact>, ctx: ArgumentContext): boolean {
  if (t.last >= tr.first) return false;
  const tokens = ctx.tokens;
  let k = tr.first - 1;
  // "decided on Saturday to fire him": a time between a verb of intent and "to" is the deciding's,
  // not the firing's ("took to the streets on Wednesday to protest" keeps it: a purpose)
  if (tr.rule.pos === 'verb' && tokens[k]?.lower === 'to' && t.last < k) return t.first > 0 && modalityLexicon().beforeTo.has(tokens[t.first - 1].lower);
  if (tr.rule.pos === 'noun') {
    // "mourned the recent shooting": an event the words place before the one they report
    if (!ANTERIOR.has(tokens[k]?.lower ?? '')) return false;
  } else {
    if (tokens[k]?.lower === 'been') k--;
    while (k > t.last && (PERFECT_ADVERBS.has(tokens[k].lower) || /^[a-z]+ly$/.test(tokens[k].lower))) k--;
    if (tokens[k]?.lower !== 'had' && tokens[k]?.lower !== '’d' && tokens[k]?.lower !== "'d") return false;
  }
  for (let j = t.last + 1; j < k; j++) {
    const x = tokens[j];
    if (x.word && !x.cap && (looksPast(x.lower) || isAuxiliary(x.lower) || ctx.isVerb(x.lower))) return true;
  }
  return false;
}

/**
 * True when a time on the trigger's right is the saying's, not the event's: "Eleven people were
 * killed, the ministry said on Tuesday", "40 were arrested, police told reporters Sunday". A verb
 * of saying stands right before the time (or before its "on"), after the trigger.
 */
function timeOfSaying(tr: Trigger, t: Placed<TimeFact>, ctx: ArgumentContext): boolean {
  if (t.first <= tr.first) return false;
  const tokens = ctx.tokens;
  let k = t.first - 1;
  if (tokens[k]?.lower === 'on') k--;
  // "told reporters on Tuesday": the saying's object may stand between.
  if (k > tr.first && !SAYING.has(tokens[k]?.lower ?? '') && SAYING.has(tokens[k - 1]?.lower ?? '')) k--;
  return k > tr.first && SAYING.has(tokens[k]?.lower ?? '');
}

/** Verbs of saying a time after them belongs to (`saying-verbs.txt`). */
const SAYING = wordSet('saying-verbs');

/** Words before a time that make it a bound, not a date of the event: "until at least 2030". */
const BOUNDS = wordSet('time-bound-words');
/** Words between a bound word and the time: "until at least 2030", "as early as". */
const BOUND_FILLERS = wordSet('bound-fillers');

/** True for a time that can date an event: not a duration or a set, nor a bound ("since 2013"). */
function dates(t: Placed<TimeFact>, tokens: readonly Token[]): boolean {
  if (t.fact.timex === 'DURATION' || t.fact.timex === 'SET') return false;
  for (let k = t.first; k >= 0 && k >= t.first - 3; k--) {
    const l = tokens[k].lower;
    if (BOUNDS.has(l)) return false;
    if (k < t.first && !BOUND_FILLERS.has(l)) break;
  }
  return true;
}

/** Tokens naming a source, not a participant: "According to ministry aide John Smith, ...". */
function attributed(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, k) => {
    if (t.lower !== 'according' || tokens[k + 1]?.lower !== 'to') return;
    for (let j = k + 2; j < tokens.length && tokens[j].text !== ',' && tokens[j].text !== '.'; j++) out.add(j);
  });
  return out;
}

/** A time for a trigger whose clause has none: the main clause's for "when", or one opening the sentence. */
function inheritedTime(tr: Trigger, ctx: ArgumentContext, opening: Placed<TimeFact> | null): Placed<TimeFact> | null {
  const clause = ctx.clauses.list[ctx.clauses.of[tr.first]];
  if (clause.kind === 'when' && clause.parent !== null) {
    const parent = ctx.times.filter((t) => ctx.clauses.of[t.first] === clause.parent && t.last < clause.first && dates(t, ctx.tokens));
    if (parent.length) return parent[parent.length - 1];
  }
  return opening;
}

/** "On Wednesday, he will ...": a time before the sentence's first comma, with no verb before it. */
function openingTime(ctx: ArgumentContext): Placed<TimeFact> | null {
  const comma = ctx.tokens.findIndex((t) => t.text === ',');
  if (comma < 0) return null;
  const opening = ctx.times.find((t) => t.last < comma && dates(t, ctx.tokens));
  if (!opening) return null;
  const firstVerb = ctx.tokens.findIndex((t, k) => k < opening.first && t.word && (isAuxiliary(t.lower) || ctx.isVerb(t.lower)));
  return firstVerb < 0 ? opening : null;
}

/** True when the place is this trigger's location by the words that govern it. */
function governed(p: Placed<PlaceFact>, tr: Trigger, ctx: ArgumentContext): boolean {
  const t = ctx.tokens;
  const type = tr.rule.type;
  // "visited the city", "invaded the country": the place right after the verb.
  if (ctx.lexicon.placeObject.has(type) && tr.rule.pos === 'verb') {
    const k = t[tr.last + 1]?.lower === 'the' ? tr.last + 2 : tr.last + 1;
    if (p.first === k) return true;
  }
  // "the Paris summit": a place right before an event noun.
  if (tr.rule.pos === 'noun' && p.last === tr.first - 1) return true;
  // The preposition before the place, over "the" and up to two modifiers ("in northeastern France").
  let k = p.first - 1;
  const modifier = (x: Token) => DETERMINERS.has(x.lower) || (!x.cap && !isPreposition(x.lower) && !ctx.isVerb(x.lower) && !isAuxiliary(x.lower));
  for (let skipped = 0; k >= 0 && (k > tr.last || k < tr.first) && skipped < 3 && t[k].word && modifier(t[k]); k--) skipped++;
  const prep = t[k]?.lower;
  if (!prep) return false;
  if (LOCATIVE.has(prep)) return prep !== 'outside';
  if (MOVEMENT.has(prep)) return ctx.lexicon.movement.has(type);
  if (OBJECT_OF_NOUN.has(prep)) return tr.rule.pos === 'noun' && ctx.lexicon.placeObject.has(type) && k === tr.last + 1;
  return false;
}

function isPreposition(l: string): boolean {
  return LOCATIVE.has(l) || MOVEMENT.has(l) || OBJECT_OF_NOUN.has(l) || l === 'from' || l === 'for' || l === 'with' || l === 'by';
}

/**
 * The person facts taking part: the clause's subject (before its first verb) for a verb trigger or
 * for the first event noun after that verb ("are holding talks"); an owner for its own noun only
 * ("Smith's visit follows a trip by Lee"); any other person with no trigger (nor, on its left,
 * a comma) between it and the trigger; and the inherited subjects (see the module comment).
 */
/** The first verb or auxiliary of each clause (token index), where its subject ends. */
function firstVerbs(ctx: ArgumentContext): Map<number, number> {
  const out = new Map<number, number>();
  ctx.tokens.forEach((x, k) => {
    const c = ctx.clauses.of[k];
    if (out.has(c) || !x.word || x.cap) return;
    if (isAuxiliary(x.lower) || looksPast(x.lower) || (ctx.isVerb(x.lower) && !ctx.lexicon.nounForms.has(x.lower))) out.set(c, k);
  });
  return out;
}

function participants(tr: Trigger, siblings: readonly Trigger[], ctx: ArgumentContext, excluded: ReadonlySet<number>, verbs: ReadonlyMap<number, number>): string[] {
  const t = ctx.tokens;
  const clauseId = ctx.clauses.of[tr.first];
  const clause = ctx.clauses.list[clauseId];
  const w: Who = { tr, siblings, ctx, excluded, inQuote: ctx.quoted[tr.first] };
  const out: PersonFact[] = [];
  const verb = verbs.get(clauseId);
  const subjectEnd = verb === undefined ? tr.first : Math.min(verb, tr.first);
  const isVerbTrigger = tr.rule.pos === 'verb';
  // The noun right after the clause's verb group is what the subject does: "are holding talks".
  const objectOfVerb = !isVerbTrigger && tr.first > subjectEnd && tr.first - subjectEnd <= 8 && !between(w, subjectEnd, tr.first, true, true);
  for (const p of window(ctx.persons, tr.first - WINDOW, tr.first + WINDOW)) {
    if (ctx.clauses.of[p.first] !== clauseId || !usable(w, p)) continue;
    const after = t[p.last + 1];
    if (after && (after.lower === "'s" || after.lower === "'")) {
      // "Smith's visit": the owner takes part in the event noun it owns ...
      if (!isVerbTrigger && tr.first > p.last && tr.first - p.last <= 5 && !between(w, p.last, tr.first, true, false)) add(out, p.fact);
      // ... and in what its subject does: "Mr Smith's plane touched down".
      else if (isVerbTrigger && p.last < subjectEnd) add(out, p.fact);
      continue;
    }
    if (p.last < subjectEnd) {
      if (isVerbTrigger || objectOfVerb) add(out, p.fact);
    } else if (p.first > tr.last) {
      if (!between(w, tr.last, p.first, false, false)) add(out, p.fact);
    } else if (p.last < tr.first && !between(w, p.last, tr.first, true, false)) {
      add(out, p.fact);
    }
  }
  // ", who arrived ...": the person the relative clause describes.
  if (clause.kind === 'relative' && clause.antecedent !== null) {
    const a = window(ctx.persons, clause.antecedent - 8, clause.antecedent).find((p) => p.last === clause.antecedent && usable(w, p));
    if (a) add(out, a.fact);
  }
  // "... has arrived and is scheduled to hold talks": the subject of the clause it is coordinated with.
  if (clause.sharesSubjectWith !== null && (isVerbTrigger || objectOfVerb)) {
    const source = clause.sharesSubjectWith;
    const sourceVerb = verbs.get(source) ?? Infinity;
    const from = ctx.clauses.list[source].first;
    for (const p of window(ctx.persons, from, Math.min(sourceVerb, from + WINDOW))) if (ctx.clauses.of[p.first] === source && p.last < sourceVerb && usable(w, p)) add(out, p.fact);
    const lead = firstWord(t, ctx.clauses, source);
    if (out.length === 0 && lead >= 0 && PERSON_PRONOUNS.has(t[lead].lower)) add(out, ctx.subjects.before(t[lead].start));
  }
  // "On Wednesday, he will address ...": a subject pronoun before the trigger is the latest subject person.
  for (let k = tr.first - 1; k >= 0 && tr.first - k <= 15 && ctx.clauses.of[k] === clauseId; k--) {
    if ((t[k].lower === 'he' || t[k].lower === 'she') && isSubject(t, k, ctx.isVerb)) {
      if (isVerbTrigger || objectOfVerb) add(out, ctx.subjects.before(t[k].start));
      break;
    }
  }
  // "his visit": the owner is the latest subject person.
  const owner = t[tr.first - 1];
  if (!isVerbTrigger && owner && (owner.lower === 'his' || owner.lower === 'her')) add(out, ctx.subjects.before(owner.start));
  return out.map((p) => p.id);
}

/** What the participant tests share about one trigger. */
interface Who {
  tr: Trigger;
  siblings: readonly Trigger[];
  ctx: ArgumentContext;
  excluded: ReadonlySet<number>;
  inQuote: boolean;
}

/** Words after which a person is compared with, not taking part: "will address the forum after Mr Lee". */
const COMPARED = wordSet('comparison-words');

/** A person on the trigger's side of any quotation mark, not named as a source nor compared with. */
function usable(w: Who, p: Placed<PersonFact>): boolean {
  // Over a title the name may not include: "after Mr Lee".
  let k = p.first - 1;
  while (k > 0 && p.first - k <= 2 && w.ctx.tokens[k].cap) k--;
  // "after Mr Lee" compares; "after Mr Smith's plane touched down" opens a clause of its own.
  const compared = k >= 0 && COMPARED.has(w.ctx.tokens[k].lower) && w.ctx.clauses.list[w.ctx.clauses.of[k]].first !== k;
  return w.ctx.quoted[p.first] === w.inQuote && !w.excluded.has(p.first) && !compared && !hosted(w.ctx.tokens, k);
}

/** Host phrases as words (data/lexicon/words/host-phrases.txt), longest first. */
const HOST_PHRASES = lazy(() => wordList('host-phrases').map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length));

/**
 * True when the words ending at token `k` (the last before a person's name and titles) are a host
 * phrase: "At the invitation of [President X], [Premier Y] arrived" — X invited, Y travelled.
 */
function hosted(t: readonly Token[], k: number): boolean {
  return HOST_PHRASES().some((words) => k - words.length + 1 >= 0 && words.every((word, i) => t[k - words.length + 1 + i].lower === word));
}

/** True when another trigger (a noun, with `nounsOnly`) or, with `comma`, a comma stands strictly between tokens a and b. */
function between(w: Who, a: number, b: number, comma: boolean, nounsOnly: boolean): boolean {
  for (const o of w.siblings) if (o !== w.tr && o.first > a && o.last < b && (!nounsOnly || o.rule.pos === 'noun')) return true;
  if (comma) for (let k = a + 1; k < b; k++) if (w.ctx.tokens[k].text === ',') return true;
  return false;
}

function add(out: PersonFact[], p: PersonFact | null): void {
  if (p && !out.some((q) => q.value === p.value)) out.push(p);
}

/** The first word of a clause, skipping the word that opens it ("when", "that", "and"). */
/** Words that open a clause before its first content word: "when", "that", "and", "who". */
const CLAUSE_OPENERS = wordSet('clause-openers');

function firstWord(t: readonly Token[], c: Clauses, id: number): number {
  for (let k = c.list[id].first; k < t.length; k++) {
    if (c.of[k] !== id || !t[k].word) continue;
    if (CLAUSE_OPENERS.has(t[k].lower)) continue;
    return k;
  }
  return -1;
}
