/**
 * Finds event triggers among the tokens of one sentence: lexicon forms whose part of speech and
 * neighbours fit. A rule declines (the next rule of the same form is tried) when the context says
 * the word is not this event: "a fire" is not "fired the coach", "an address" is no speech.
 */
import type { Fact } from '../../types.ts';
import type { EventLexicon, TriggerRule } from '../../text/events.ts';
import { isQuoteMark, type Placed, type Token } from '../../text/tokens.ts';
import { AUXILIARIES, COORDINATORS, DETERMINERS, MODALS, POSSESSIVES, PREPOSITIONS, SUBJECT_PRONOUNS, isContractedNegation } from '../../text/grammar.ts';
import { wordSet } from '../../text/words.ts';

/** A trigger found in a sentence: its token range and the rule that matched. */
export interface Trigger {
  first: number;
  last: number;
  rule: TriggerRule;
}

/** What the trigger finder needs to know about the sentence besides its words. */
export interface TriggerContext {
  /** Person facts laid over the tokens. */
  persons: readonly Placed<Fact>[];
  /** Place facts laid over the tokens. */
  places: readonly Placed<Fact>[];
  /** True for a headline: title case is not a name there. */
  heading: boolean;
}

const OBJECT_PRONOUNS = wordSet('object-pronouns');
const PASSIVE = wordSet('passive-auxiliaries');
const VERB_BEFORE = wordSet('verb-markers');

/** Every trigger of the sentence, left to right, not overlapping. */
export function findTriggers(tokens: readonly Token[], lexicon: EventLexicon, ctx: TriggerContext): Trigger[] {
  const out: Trigger[] = [];
  const taken = new Set<number>();
  for (const p of [...ctx.persons, ...ctx.places]) for (let k = p.first; k <= p.last; k++) taken.add(k);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || taken.has(i)) continue;
    const rules = lexicon.byFirst.get(t.lower);
    if (!rules) continue;
    // "the Trade Initiative Summit", "Summit Entertainment": a capital word inside a sentence is a name.
    if (t.cap && !ctx.heading && !startsClause(tokens, i)) continue;
    const found = rules.find((r) => matches(tokens, i, r) && fits(tokens, i, i + r.words.length - 1, r, lexicon, ctx, taken));
    if (!found) continue;
    out.push({ first: i, last: i + found.words.length - 1, rule: found });
    i += found.words.length - 1;
  }
  return out;
}

function matches(tokens: readonly Token[], i: number, rule: TriggerRule): boolean {
  for (let k = 0; k < rule.words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.lower !== rule.words[k]) return false;
  }
  return true;
}

/** True at the first word of the sentence, or after a quotation mark, colon or dash. */
function startsClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.word) return false;
    if (isQuoteMark(t) || /^[:—–(]$/.test(t.text)) return true;
  }
  return true;
}

/** Words that count a noun: "several visits", "two attacks". */
const QUANTIFIERS = wordSet('noun-quantifiers');

/** True for a word that marks a noun phrase: "the", "his", "Smith's", "several", "in", "2022". */
function nounMarker(t: Token): boolean {
  const l = t.lower;
  return DETERMINERS.has(l) || POSSESSIVES.has(l) || QUANTIFIERS.has(l) || (PREPOSITIONS.has(l) && l !== 'to') || /^\d/.test(t.text);
}

/**
 * A place where a noun stands: after a noun marker, possibly over up to three modifiers ("a deadly
 * attack", "the ministry chief's first foreign visit").
 */
export function nounContext(tokens: readonly Token[], i: number, reach = 4): boolean {
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    const t = tokens[k];
    if (nounMarker(t)) return true;
    const l = t.lower;
    if (!t.word || t.cap || isVerbish(l) || AUXILIARIES.has(l) || isContractedNegation(l) || l === 'not' || l === 'never' || l === 'to' || l.endsWith('ly')) return false;
    if (COORDINATORS.has(l) || SUBJECT_PRONOUNS.has(l)) return false;
  }
  return false;
}

/** A place where a verb stands: after "to", a modal or auxiliary, "not" or a subject pronoun. */
export function verbContext(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  return VERB_BEFORE.has(prev.lower) || MODALS.has(prev.lower) || AUXILIARIES.has(prev.lower) || isContractedNegation(prev.lower) || SUBJECT_PRONOUNS.has(prev.lower);
}

function isVerbish(lower: string): boolean {
  return PASSIVE.has(lower) || MODALS.has(lower) || lower === 'has' || lower === 'have' || lower === 'had';
}

function fits(tokens: readonly Token[], i: number, last: number, rule: TriggerRule, lexicon: EventLexicon, ctx: TriggerContext, taken: ReadonlySet<number>): boolean {
  for (let k = i; k <= last; k++) if (taken.has(k)) return false;
  const prev = tokens[i - 1];
  if (rule.pos === 'verb') {
    // "an address", "the land": a verb's base or -s form right after a determiner is a noun (one word
    // back only: "the team beat" is a verb after a noun phrase).
    if ((rule.form === 'base' || rule.form === 'present' || rule.form === 'gerund') && nounContext(tokens, i, 1)) return false;
    // "visit", "attack": a form that is a noun too is a verb only where a verb stands ("to visit",
    // "Smith visits"); "several presidential visits" is a noun.
    const ambiguous = last === i && lexicon.nounForms.has(tokens[i].lower) && !verbContext(tokens, i);
    if ((rule.form === 'base' || rule.form === 'present') && ambiguous && !(prev?.cap || prev?.lower === 'who')) return false;
    // "the informal meeting", "the shooting": a gerund that is a noun too is the noun, unless "were meeting".
    if (rule.form === 'gerund' && ambiguous) return false;
    // A bare base form needs a verb's place ("to bomb", "and attend", "Colts beat the Chiefs"):
    // "an FBI bomb technician" is a noun phrase.
    if (rule.form === 'base' && !ctx.heading && !verbContext(tokens, i) && !(prev && (COORDINATORS.has(prev.lower) || prev.lower.endsWith('ly')))) {
      const next = tokens[last + 1];
      const objectStarts = !next || !next.word || next.cap || DETERMINERS.has(next.lower) || POSSESSIVES.has(next.lower) || PREPOSITIONS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower) || next.lower === 'to';
      if (!objectStarts) return false;
      // "our email address.": a base form closing a noun phrase, with nothing after it.
      if ((!next || !next.word) && nounContext(tokens, i)) return false;
    }
  } else if (lexicon.verbForms.has(tokens[i].lower) && verbContext(tokens, i)) {
    // "he visits", "to attack": a form that is also a verb, where a verb stands ("return to talks" stays a noun).
    return false;
  }
  if (rule.notPrev && prev && rule.notPrev.has(prev.lower)) return false;
  const next = tokens[last + 1];
  if (rule.notNext && next && rule.notNext.has(next.lower)) return false;
  const window = objectWindow(tokens, last);
  if (rule.notObject && window.some((t) => rule.notObject!.has(t.lower))) return false;
  if (rule.next || rule.object) {
    const okNext = !!rule.next && nextFits(tokens, last + 1, rule.next, ctx);
    const okObject = !!rule.object && window.some((t) => rule.object!.has(t.lower));
    if (!okNext && !okObject) return false;
  }
  if (rule.requires === 'person-object' && !personObject(tokens, i, last, ctx)) return false;
  return true;
}

/** Up to three words after the trigger, stopping at punctuation. */
function objectWindow(tokens: readonly Token[], last: number): Token[] {
  const out: Token[] = [];
  for (let k = last + 1; k < tokens.length && out.length < 3; k++) {
    if (!tokens[k].word) break;
    out.push(tokens[k]);
  }
  return out;
}

function startsAt(list: readonly Placed<Fact>[], k: number): boolean {
  return list.some((p) => p.first === k);
}

function nextFits(tokens: readonly Token[], j: number, allowed: ReadonlySet<string>, ctx: TriggerContext): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (allowed.has(t.lower)) return true;
  // "reached the capital": a place right after the trigger, or after "the".
  const k = t.lower === 'the' ? j + 1 : j;
  if (allowed.has('@place') && startsAt(ctx.places, k)) return true;
  if (allowed.has('@person') && (startsAt(ctx.persons, k) || OBJECT_PRONOUNS.has(t.lower))) return true;
  return false;
}

/** "fired the coach", "fired him", "was fired": the object is a person, or the verb is passive. */
function personObject(tokens: readonly Token[], i: number, last: number, ctx: TriggerContext): boolean {
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  if ((p1 && PASSIVE.has(p1.lower)) || (p2 && PASSIVE.has(p2.lower) && p1.word && p1.lower.endsWith('ly'))) return true;
  const n = tokens[last + 1];
  if (!n) return false;
  if (startsAt(ctx.persons, last + 1) || OBJECT_PRONOUNS.has(n.lower)) return true;
  return DETERMINERS.has(n.lower) || POSSESSIVES.has(n.lower) || (n.word && n.cap);
}
