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

/**
 * Article texts of the issue-14 fixture: a death toll that rose over three days (an `update`) and
 * a magnitude two named sources give differently (a dispute: a `conflict` of rule `judge/dispute`).
 */
export const UPDATE_TEXTS: ReadonlyMap<string, string> = new Map([
  ['delta', 'At least 12 people died in the floods on Monday night, police said.\nThe quake measured 5.9, the survey said.\n'],
  ['epsilon', 'The death toll rose to 31 on Tuesday, the health ministry said.\nThe quake measured 5.9, the survey said.\n'],
  ['zeta', 'By Thursday 40 people had died, police said. The quake had a magnitude of 6.1, according to the observatory.\n'],
]);

function updateClaim(article: string, span: string, value: string, fact: string, extra: Partial<Claim>): Claim {
  const text = UPDATE_TEXTS.get(article)!;
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`fixture: "${span}" is not in ${article}`);
  return { article, fact, text: span, start, end: start + span.length, value, event: 'E3', ...extra };
}

/** The sources of the issue-14 fixture's articles (`.txt`, no sentences). */
export const UPDATE_SOURCES: readonly Source[] = ['delta', 'epsilon', 'zeta'].map((id) => ({
  id,
  path: `news/${id}.txt`,
  file: `news/${id}.txt`,
  format: 'txt',
  text: UPDATE_TEXTS.get(id)!,
  sentences: [],
}));

/**
 * A report with the issue-14 extension in every place it can be: an `update` finding (timeline,
 * value groups, claims with `source` and `asOf`), a dispute (`conflict`, rule `judge/dispute`,
 * claims with sources, groups) and an agreement with no new field at all. The update's keys are
 * built in an order other than the JSON's (groups and timeline before review, asOf before source),
 * as a judge might build them.
 */
export function updateReport(): Report {
  const update = {
    id: 'u0da7e01',
    evidence: 'evu1',
    verdict: 'update',
    rule: 'judge/update',
    slot: 'floods: deaths',
    message: 'The death toll rose from at least 12 (Monday night) to 31 (Tuesday) and 40 (Thursday)',
    confidence: 0.7,
    claims: [
      updateClaim('delta', 'At least 12 people died', 'at least 12', 'F20', { asOf: '2024-05-13', source: 'police' }),
      updateClaim('epsilon', 'The death toll rose to 31', '31', 'F21', { asOf: '2024-05-14', source: 'the health ministry' }),
      updateClaim('zeta', '40 people had died', '40', 'F22', { asOf: '2024-05-16', source: 'police' }),
    ],
    groups: [
      { value: 'at least 12', articles: ['delta'] },
      { value: '31', articles: ['epsilon'] },
      { value: '40', articles: ['zeta'] },
    ],
    timeline: [
      { value: 'at least 12', asOf: '2024-05-13', articles: ['delta'] },
      { value: '31', asOf: '2024-05-14', articles: ['epsilon'] },
      { value: '40', asOf: '2024-05-16', articles: ['zeta'] },
    ],
    review: null,
  } as Finding;
  const dispute: Finding = {
    id: 'd15b7e01',
    evidence: 'evd1',
    verdict: 'conflict',
    rule: 'judge/dispute',
    slot: 'quake: magnitude',
    message: 'The survey says 5.9 and the observatory 6.1',
    confidence: 0.8,
    claims: [
      updateClaim('delta', 'measured 5.9', '5.9', 'F23', { source: 'the survey' }),
      updateClaim('epsilon', 'measured 5.9', '5.9', 'F24', { source: 'the survey' }),
      updateClaim('zeta', 'a magnitude of 6.1', '6.1', 'F25', { source: 'the observatory' }),
    ],
    review: null,
    groups: [
      { value: '5.9', articles: ['delta', 'epsilon'] },
      { value: '6.1', articles: ['zeta'] },
    ],
  };
  const agreement: Finding = {
    id: 'a9ee0001',
    evidence: 'eva1',
    verdict: 'agreement',
    rule: 'place/same',
    slot: 'floods: place',
    message: 'Both say the floods',
    confidence: 0.9,
    claims: [updateClaim('delta', 'the floods', 'floods', 'F26', {}), updateClaim('zeta', 'people had died', 'died', 'F27', {})],
    review: null,
  };
  return {
    schemaVersion: 1,
    articles: [
      { id: 'delta', path: 'news/delta.txt', title: 'Floods', outlet: 'Wire', published: '2024-05-14', publishedFrom: 'metadata', events: ['E3'] },
      { id: 'epsilon', path: 'news/epsilon.txt', title: null, outlet: null, published: '2024-05-15', publishedFrom: 'metadata', events: ['E3'] },
      { id: 'zeta', path: 'news/zeta.txt', title: null, outlet: 'Daily', published: '2024-05-17', publishedFrom: 'metadata', events: ['E3'] },
    ],
    events: [{ id: 'E3', label: 'Floods and a quake', start: '2024-05-13', end: '2024-05-16', articles: ['delta', 'epsilon', 'zeta'] }],
    facts: [],
    findings: [agreement, update, dispute],
    problems: [],
  };
}
