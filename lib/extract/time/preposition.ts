/**
 * Takes the governing preposition or hedge into a date's span, as the contract's examples show
 * ("on Tuesday", "in March", "In 2019", "around May 7"). "around"/"about" add the TIMEX3 mod
 * APPROX. Durations are left alone ("in two years" is not the duration's).
 */
import type { Candidate, Refiner } from './engine.ts';
import { alternation } from '../../text/words.ts';

const LEADS = alternation('time-lead-prepositions', 'time-approximators');
const LEAD = new RegExp(`(?:^|[^\\w-])(${LEADS})\\s{1,2}$`, 'i');
const STARTS_WITH_LEAD = new RegExp(`^(?:${LEADS}|from|between|early|late)\\s`, 'i');
const APPROXIMATE = new RegExp(`^(?:${alternation('time-approximators')})$`);

/** Extends date spans over the word that governs them. */
export const extendPrepositions: Refiner = (candidates, body) =>
  candidates.map((c): Candidate => {
    const r = c.reading;
    if (['duration', 'set', 'since'].includes(r.mode)) return c;
    if (STARTS_WITH_LEAD.test(body.slice(c.start, c.end))) return c;
    const from = Math.max(c.sentence.start, c.start - 16);
    const m = LEAD.exec(body.slice(from, c.start));
    if (!m) return c;
    const word = m[1].toLowerCase();
    if (word === 'at' && r.stated.hour === undefined) return c; // "at" governs clock times only
    const start = c.start - m[0].length + (/^[^\w-]/.test(m[0]) ? 1 : 0);
    const reading = APPROXIMATE.test(word) ? { ...r, mod: 'APPROX' as const } : r;
    return { ...c, start, reading };
  });
