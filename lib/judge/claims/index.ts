/**
 * Claims: what one article says about one slot (event family + attribute), with the value in a
 * form that can be compared, the sentence around it for alignment, and whether the value can be
 * trusted. One builder per attribute (`date.ts`, `duration.ts`, `place.ts`, `number.ts`,
 * `role.ts`, `quote.ts`, `loose.ts`), each declining (returning nothing) for facts it cannot
 * place; all make their claims with the one constructor of `make.ts`.
 */
import type { EventFact } from '../../types.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { bareWeekdayOfAnchor } from './date.ts';
import { eventClaims } from './event.ts';
import { looseClaims } from './loose.ts';
import { recordClaims } from './record.ts';
import { spanClaim } from './span.ts';
import { nameClaim } from './name.ts';
import { sidesOf } from './make.ts';
import { quantityClaim } from './number.ts';
import { quoteClaim } from './quote.ts';
import { roleClaim } from './role.ts';
import { pushAll } from '../../util/lists.ts';

export type { Attribute, Candidate, ClaimInput, Comparable } from './types.ts';
export { vagueCount } from './number.ts';
export { quoteWords } from './quote.ts';

/**
 * Every claim of every document, in article then offset order. A time linked to several mentions
 * ("will address the forum and meet the president on Wednesday") is a claim of each: the date of
 * the address and the date of the meeting are both stated.
 */
export function buildClaims(input: ClaimInput): Candidate[] {
  const kept = [...collect(input), ...[...input.docs.values()].sort((a, b) => (a.article.id < b.article.id ? -1 : 1)).flatMap((d) => recordClaims(input, d))];
  const claims = [...kept, ...looseClaims(input, kept)];
  for (const c of claims) {
    const f = c.fact === '' ? undefined : input.index.byId.get(c.fact);
    const doc = input.docs.get(c.article);
    if (f && doc) {
      if (f.kind === 'time') {
        c.weekday = f.stated.weekday;
        const bare = f.stated.day === undefined && f.stated.month === undefined && f.anchor !== null;
        c.bareWeekday = bare ? (f.stated.weekday ?? bareWeekdayOfAnchor(f, input.index)) : undefined;
        if (f.anchor?.kind === 'published') c.fromPublished = f.anchor.date;
      }
      c.sides = sidesOf(doc, f.sentence, f.start, f.end);
      c.at = f.start - (doc.sentences[f.sentence]?.start ?? 0);
    }
  }
  return claims;
}

/** The claims of every builder, article by article, fact by fact. */
function collect(input: ClaimInput): Candidate[] {
  const out: Candidate[] = [];
  for (const doc of [...input.docs.values()].sort((a, b) => (a.article.id < b.article.id ? -1 : 1))) {
    for (const f of input.index.byArticle.get(doc.article.id) ?? []) {
      if (f.kind === 'event') pushAll(out, eventClaims(input, doc, f));
      else if (f.kind === 'quantity') pushIf(out, quantityClaim(input, doc, f));
      else if (f.kind === 'person') {
        pushIf(out, roleClaim(input, doc, f));
        pushIf(out, nameClaim(input, doc, f));
      }
      else if (f.kind === 'quote') pushIf(out, quoteClaim(input, doc, f));
      else if (f.kind === 'place') pushIf(out, nameClaim(input, doc, f));
      else if (f.kind === 'time') pushIf(out, spanClaim(input, doc, f));
    }
  }
  return out;
}

function pushIf<T>(list: T[], x: T | null): void {
  if (x !== null) list.push(x);
}
