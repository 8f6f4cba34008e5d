/**
 * Synthetic reports for the formatter and review specs: they do not depend on the judge, so the
 * formats can be pinned while the judge is still being written.
 */
import type { Claim, Finding, Report, Source } from '../../lib/types.ts';

/** Article texts by id; every claim's span is `text.slice(start, end)`. */
export const TEXTS: ReadonlyMap<string, string> = new Map([
  ['alpha', 'Putin visits China.\nPresident Vladimir Putin arrived in Beijing on Tuesday for talks.\nHe met 3 ministers.\n'],
  ['beta', 'Putin landed in Beijing on Thursday, officials said.\r\nHe met 4 ministers, a “record”.\r\n'],
  // Hostile text: markup, quotes, commas, colons, percent signs and line breaks inside a span.
  ['gamma', 'Hostile <script>alert(1)</script> text: "onerror=alert(2) 100% of\n5,000 people, on: Friday & more.\n'],
]);

function claim(article: string, span: string, value: string | null, fact: string, event: string | null = 'E1'): Claim {
  const text = TEXTS.get(article)!;
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`fixture: "${span}" is not in ${article}`);
  return { article, fact, text: span, start, end: start + span.length, value, event };
}

/** A finding with sensible defaults; any field can be overridden. */
export function finding(over: Partial<Finding> = {}): Finding {
  return {
    id: 'f0000000',
    evidence: 'ev000000',
    verdict: 'conflict',
    rule: 'time/date-mismatch',
    slot: 'arrival in Beijing: date',
    message: 'Tuesday (2023-10-17) and Thursday (2024-05-16) are different dates',
    confidence: 0.8,
    claims: [claim('alpha', 'arrived in Beijing on Tuesday', '2023-10-17', 'F1'), claim('beta', 'landed in Beijing on Thursday', '2024-05-16', 'F4')],
    review: null,
    ...over,
  };
}

/**
 * The sources of the three fixture articles, as `analyze` gives them beside a report: their texts,
 * no sentences (so html shows the line around a span), read from the `.txt` files the report names.
 */
export const SOURCES: readonly Source[] = [
  ['alpha', 'articles/alpha.txt'],
  ['beta', 'articles/beta.txt'],
  ['gamma', 'articles/gam ma,:%.txt'],
].map(([id, path]) => ({ id, path, file: path, format: 'txt', text: TEXTS.get(id)!, sentences: [] }));

/** A report around the given findings, with the three fixture articles. */
export function report(findings: Finding[]): Report {
  return {
    schemaVersion: 1,
    articles: [
      { id: 'alpha', path: 'articles/alpha.txt', title: 'Putin visits China', outlet: 'Wire', published: '2023-10-17', publishedFrom: 'metadata', events: ['E1'] },
      { id: 'beta', path: 'articles/beta.txt', title: null, outlet: null, published: '2024-05-16', publishedFrom: 'text', events: ['E1'] },
      { id: 'gamma', path: 'articles/gam ma,:%.txt', title: 'Hostile <b>title</b>', outlet: null, published: null, publishedFrom: 'unknown', events: ['E2'] },
    ],
    events: [
      { id: 'E1', label: 'Putin arrives in Beijing', start: '2023-10-17', end: '2024-05-16', articles: ['alpha', 'beta'] },
      { id: 'E2', label: 'A hostile <event>', start: null, end: null, articles: ['gamma'] },
    ],
    facts: [],
    findings,
    problems: [],
  };
}

/** The standard synthetic report: one finding of every verdict, and one with hostile text. */
export function sampleReport(): Report {
  return report([
    finding({ id: 'c0ffee01', evidence: 'ev01' }),
    finding({
      id: 'c0ffee02',
      evidence: 'ev02',
      verdict: 'agreement',
      rule: 'place/same',
      slot: 'arrival: place',
      message: 'Both say Beijing',
      claims: [claim('alpha', 'Beijing', 'Beijing', 'F2'), claim('beta', 'Beijing', 'Beijing', 'F5')],
    }),
    finding({
      id: 'c0ffee03',
      evidence: 'ev03',
      verdict: 'unresolved',
      rule: 'quantity/count-mismatch',
      slot: 'ministers met: count',
      message: '3 ministers and 4 ministers; one may count differently',
      confidence: 0.4,
      claims: [claim('alpha', 'met 3 ministers', '3', 'F3'), claim('beta', 'met 4 ministers, a “record”', '4', 'F6')],
    }),
    finding({
      id: 'c0ffee04',
      evidence: 'ev04',
      verdict: 'conflict',
      rule: 'quantity/count-mismatch',
      slot: 'people <present>: count',
      message: 'Counts differ: 100% of 5,000 & "more" <b>',
      claims: [
        claim('gamma', '<script>alert(1)</script> text: "onerror=alert(2) 100% of\n5,000 people', '5000', 'F7', 'E2'),
        claim('alpha', 'met 3 ministers', '3', 'F3', 'E2'),
      ],
    }),
    finding({
      id: 'c0ffee05',
      evidence: 'ev05',
      verdict: 'different-events',
      rule: 'time/different-events',
      slot: 'visit: date',
      message: 'Tuesday and Friday are two different visits',
      claims: [claim('alpha', 'Tuesday', '2023-10-17', 'F1', null), claim('gamma', 'on: Friday', '2024-05-17', 'F8', null)],
    }),
  ]);
}
