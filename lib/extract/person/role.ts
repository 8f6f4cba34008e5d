/**
 * Reading a role next to a name: before it ("Downing Street foreign policy aide Jan Kral",
 * "Peru's newly appointed defence minister, Tomas Berg") or after it, as an apposition
 * ("Ewa Nowak, an expert on Kenyan foreign policy at ...", "Wu Ming, spokesperson for
 * the embassy"). A role is a head from the title lexicon with the modifiers before it that say what
 * the role is ("foreign policy"); words that say when ("newly appointed") are dropped, a
 * nationality ("Peruvian", "Peru's") is kept apart, and so is an organisation ("Downing Street").
 */
import { canonicalRole } from '../../text/names.ts';
import type { PersonContext } from './context.ts';
import { joined, type Word } from '../../text/name-words.ts';
import { LazySet, wordSet } from '../../text/words.ts';

/** A role read next to a name. */
export interface RoleHit {
  /** The role in canonical form; null for a relation ("his counterpart"). */
  role: string | null;
  /** Country code of a nationality the phrase gives ("Peruvian", "Peru's"), or null. */
  nationality: string | null;
  /** Index of the first word of the phrase read (modifiers and nationality included). */
  from: number;
  /** Index of the last word of the phrase read. */
  to: number;
  /** The head is written as a title, capitalised ("President", "Foreign Minister"). */
  titled: boolean;
  /** The head is a relation, not a role ("counterpart", "wife"). */
  relational: boolean;
  /** The phrase starts a noun phrase: after "the", "his", a possessive, or at the sentence start. */
  np: boolean;
  /** An abbreviated title with its period ("Gen."). */
  abbreviated: boolean;
  /** The head as the lexicon writes it ("minister", "counterpart"). */
  head: string;
}

/** Determiners that open a noun phrase. */
const DETERMINERS = new LazySet(() => [...wordSet('articles', 'possessive-determiners'), 'this', 'that']);
/** Prepositions that may follow a role head in an apposition ("spokesperson for", "expert on"). */
const AFTER_HEAD = wordSet('role-head-prepositions');
/** Apposition heads whose topic is part of the role: "expert on Kenyan foreign policy". */
const TOPIC_HEADS = wordSet('topic-role-heads');
/** Heads that say nothing without their "of" phrase: "head of diplomacy". */
const OF_HEADS = new Set(['head', 'chief']);

/** A word as the lexicon writes it: lowercase, one spelling ("Defence" → "defense"). */
function lex(ctx: PersonContext, w: Word): string {
  const lower = w.base.toLowerCase();
  return ctx.titles.spellings.get(lower) ?? lower;
}

/** Words `a..b` as one lexicon phrase, or null when they are not joined by spaces alone. */
function phrase(ctx: PersonContext, a: number, b: number): string | null {
  const ws = ctx.words;
  if (a < 0 || b >= ws.length) return null;
  const parts: string[] = [];
  for (let k = a; k <= b; k++) {
    if (k > a && !joined(ws[k - 1], ws[k])) return null;
    parts.push(lex(ctx, ws[k]));
  }
  return parts.join(' ');
}

/** The country code of a country written as a word ("Peru", "UK"), or null. */
function countryOf(ctx: PersonContext, w: Word): string | null {
  const place = ctx.gaz.lookup(w.base)[0];
  return place && place.kind === 'country' ? place.country : null;
}

/** The role head ending at word `end`: [first word index, phrase], longest first, or null. */
function headEndingAt(ctx: PersonContext, end: number): [number, string] | null {
  const { roles, relational, maxRoleWords } = ctx.titles;
  for (let n = Math.min(maxRoleWords, end + 1); n >= 1; n--) {
    const p = phrase(ctx, end - n + 1, end);
    if (p !== null && (roles.has(p) || relational.has(p))) return [end - n + 1, p];
  }
  return null;
}

/**
 * The role whose head is word `end` or ends there, read leftwards over its modifiers: for
 * "Peru's newly appointed defence minister" ending at "minister", role "defense minister",
 * nationality RU. Null when no role ends at `end`.
 */
export function roleBefore(ctx: PersonContext, end: number): RoleHit | null {
  const ws = ctx.words;
  const t = ctx.titles;
  if (end < 0) return null;
  // "Gen. Smith", "Lt. Gen. Smith": an abbreviated title with its period, or capitalised without
  // it as British style writes it ("Insp Gaskin", "Supt Jones").
  if (ws[end].next === '.' || (ws[end].cap && !t.roles.has(ws[end].base.toLowerCase()) && t.abbreviations.has(`${ws[end].base.toLowerCase()}.`))) {
    const one = `${ws[end].base.toLowerCase()}.`;
    const two = end > 0 && ws[end - 1].next === '.' ? `${ws[end - 1].base.toLowerCase()}. ${one}` : null;
    const hit = (two && t.abbreviations.get(two)) ?? t.abbreviations.get(one);
    if (hit) {
      const from = two && t.abbreviations.get(two) ? end - 1 : end;
      return { role: canonicalRole(hit), nationality: null, from, to: end, titled: true, relational: false, np: true, abbreviated: true, head: hit };
    }
  }
  if (!t.roleEnds.has(lex(ctx, ws[end]))) return null;
  const head = headEndingAt(ctx, end);
  if (!head) return null;
  const [start, text] = head;
  const relational = t.relational.has(text);
  const mods: string[] = [];
  let nationality: string | null = null;
  let k = start - 1;
  let org = false;
  while (k >= 0 && joined(ws[k], ws[k + 1])) {
    const two = k >= 1 ? phrase(ctx, k - 1, k) : null;
    if (!org && two !== null && (t.modifiers.has(two) || t.drops.has(two))) {
      if (t.modifiers.has(two)) mods.unshift(two);
      k -= 2;
      continue;
    }
    const one = lex(ctx, ws[k]);
    if (!org && (t.modifiers.has(one) || t.ranks.has(one))) {
      mods.unshift(one);
      k--;
      continue;
    }
    if (!org && t.drops.has(one)) {
      k--;
      continue;
    }
    const demonym = ctx.gaz.demonym(ws[k].base);
    if (demonym) {
      nationality = demonym;
      k--;
      break;
    }
    // "Downing Street foreign policy aide", "Defence Council Secretary", "UK Foreign Secretary": the
    // organisation or country stays out of the role; a country gives the nationality.
    if (ws[k].cap && !DETERMINERS.has(one)) {
      nationality = countryOf(ctx, ws[k]) ?? nationality;
      org = true;
      k--;
      continue;
    }
    break;
  }
  // "Peru's ... minister": the possessive before the phrase.
  let np = k < 0;
  if (k >= 0 && ws[k].poss && /^\s+$/.test(ws[k + 1].gap)) {
    nationality = countryOf(ctx, ws[k]) ?? nationality;
    np = true;
  } else if (k >= 0 && DETERMINERS.has(ws[k].base.toLowerCase())) {
    np = true;
  } else if (nationality !== null) {
    np = true;
  }
  return {
    role: relational ? null : canonicalRole([...mods, text].join(' ')),
    nationality,
    from: k + 1,
    to: end,
    titled: ws[start].cap,
    relational,
    np,
    abbreviated: false,
    head: text,
  };
}

/**
 * A role with an "of" phrase ending at word `end`: "head of Peruvian diplomacy" → "head of
 * diplomacy", RU; "the president of Peru" → "president", RU. The "of" phrase stays in the role
 * only after heads that mean nothing without it ("head", "chief"); a nationality or country in it
 * gives the nationality. Null when no "of" phrase of up to four words ends at `end`.
 */
export function roleOfBefore(ctx: PersonContext, end: number): RoleHit | null {
  const ws = ctx.words;
  for (let m = end - 1; m >= 1 && m >= end - 4; m--) {
    if (ws[m].text !== 'of') continue;
    for (let k = m + 1; k <= end; k++) if (!/^\s+$/.test(ws[k].gap)) return null;
    const hit = roleBefore(ctx, m - 1);
    if (!hit || hit.relational || hit.role === null || !/^\s+$/.test(ws[m].gap)) return null;
    let nationality = hit.nationality;
    const tail: string[] = [];
    for (let k = m + 1; k <= end; k++) {
      const lower = ws[k].base.toLowerCase();
      const code = ctx.gaz.demonym(ws[k].base) ?? countryOf(ctx, ws[k]);
      if (code) nationality = code;
      else if (!DETERMINERS.has(lower) && !ws[k].cap) tail.push(lower);
    }
    const head = hit.role.split(' ').pop()!;
    const role = OF_HEADS.has(head) && tail.length > 0 ? canonicalRole(`${hit.role} of ${tail.join(' ')}`) : hit.role;
    // "head of Peruvian diplomacy, Pavel Dvorak": the "of" phrase makes the role definite.
    return { ...hit, role, nationality, to: end, np: true };
  }
  return null;
}

/**
 * The role an apposition gives, read from word `i` (the word after the comma): "an expert on
 * Kenyan foreign policy at ..." → "expert on chinese foreign policy"; "spokesperson for the
 * embassy" → "spokesperson"; "Peru's foreign minister" → "foreign minister", RU. Null when the
 * apposition has no role head within its first words.
 */
export function roleAfter(ctx: PersonContext, i: number): RoleHit | null {
  const ws = ctx.words;
  const t = ctx.titles;
  let k = i;
  let nationality: string | null = null;
  if (k < ws.length && DETERMINERS.has(ws[k].base.toLowerCase())) k++;
  // "Peru's foreign minister": a possessive country opens the phrase.
  if (k < ws.length && ws[k].poss) {
    nationality = countryOf(ctx, ws[k]);
    if (nationality === null) return null;
    k++;
  }
  const mods: string[] = [];
  for (let steps = 0; k < ws.length && steps < 6; steps++) {
    if (k > i && !/^\s+$/.test(ws[k].gap)) return null;
    const { roles, apposition, maxRoleWords } = t;
    let head: [number, string] | null = null;
    for (let n = Math.min(maxRoleWords, ws.length - k); n >= 1 && !head; n--) {
      const p = phrase(ctx, k, k + n - 1);
      if (p !== null && (roles.has(p) || apposition.has(p))) head = [k + n - 1, p];
    }
    if (head) {
      const [end, text] = head;
      const after = ws[end + 1];
      const closes = !after || !/^\s+$/.test(after.gap) || AFTER_HEAD.has(after.base.toLowerCase());
      if (closes) return withTail(ctx, i, end, [...mods, text], nationality);
    }
    const w = ws[k];
    const one = lex(ctx, w);
    const demonym = ctx.gaz.demonym(w.base);
    if (demonym) nationality = demonym;
    else if (t.modifiers.has(one) || t.ranks.has(one)) mods.push(one);
    else if (!t.drops.has(one) && !w.cap) return null;
    k++;
  }
  return null;
}

/** Adds the topic of "expert on ..." or the "of" phrase of "head of ..." to an apposition's role. */
function withTail(ctx: PersonContext, from: number, end: number, role: string[], nationality: string | null): RoleHit {
  const ws = ctx.words;
  const head = role[role.length - 1];
  const prep = ws[end + 1]?.base.toLowerCase();
  let to = end;
  const keep = (TOPIC_HEADS.has(head) && prep === 'on') || (OF_HEADS.has(head) && prep === 'of');
  if (keep && /^\s+$/.test(ws[end + 1].gap)) {
    const tail: string[] = [];
    for (let k = end + 2; k < ws.length && k <= end + 6 && /^\s+$/.test(ws[k].gap); k++) {
      const lower = ws[k].base.toLowerCase();
      if (AFTER_HEAD.has(lower)) break;
      const demonym = ctx.gaz.demonym(ws[k].base);
      if (DETERMINERS.has(lower)) continue;
      // "head of Peruvian diplomacy": the nationality stays apart; "expert on Kenyan policy" keeps its topic.
      if (demonym && prep === 'of') nationality = demonym;
      else tail.push(lower);
      to = k;
      if (ws[k].poss) break;
    }
    if (tail.length > 0) role = [...role, prep, ...tail];
  }
  return { role: canonicalRole(role.join(' ')), nationality, from, to, titled: false, relational: false, np: true, abbreviated: false, head };
}
