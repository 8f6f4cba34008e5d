/**
 * One test shared by the event and quote extractors: is this lower-case word a verb form the
 * lexicons know ("met", "told", "held", "take place")? Clause cutting and subject finding use it to
 * tell "Lee met Smith" (a verb between two names) from "ministry spokesman John Smith" (a title).
 */
import { attributionLexicon } from './attribution.ts';
import { eventLexicon } from './events.ts';
import { modalityLexicon } from './modality.ts';

/** True for a verb form of the event, attribution or modality lexicons. */
export function isVerb(lower: string): boolean {
  return eventLexicon().verbForms.has(lower) || attributionLexicon().forms.has(lower) || modalityLexicon().governors.has(lower) || modalityLexicon().occurrence.has(lower);
}
