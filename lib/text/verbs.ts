/**
 * One test shared by the event and quote extractors: is this lower-case word a verb form the
 * lexicons know ("met", "told", "held", "take place")? Clause cutting and subject finding use it to
 * tell "Lee met Smith" (a verb between two names) from "ministry spokesman John Smith" (a title).
 */
import { ATTRIBUTION } from './attribution.ts';
import { EVENTS } from './events.ts';
import { MODALITY } from './modality.ts';

/** True for a verb form of the event, attribution or modality lexicons. */
export function isVerb(lower: string): boolean {
  return EVENTS.verbForms.has(lower) || ATTRIBUTION.forms.has(lower) || MODALITY.governors.has(lower) || MODALITY.occurrence.has(lower);
}
