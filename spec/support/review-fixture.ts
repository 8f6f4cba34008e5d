/**
 * A small synthetic report for the review page: findings of every verdict with real offsets into
 * short texts, one of them hostile (`<script>`, `"onerror=`). The review specs and the screenshot
 * script use it while the judge produces no findings of its own; nothing here depends on extractors.
 */
import { createHash } from 'node:crypto';
import type { ArticleSummary, Claim, Fact, Finding, Report, Source, TimeFact, Verdict } from '../../lib/types.ts';

/** The hostile article's text: markup that must only ever be shown as text. */
export const HOSTILE_TEXT =
  'The mayor said <script>alert(1)</script> was pasted into the page, and "onerror=alert(2) too. ' +
  'About 300 people came to the hall on Thursday evening, organisers said.\n';

/** The fixture's articles: id → [published, outlet, text]. */
const ARTICLES: Record<string, [string, string, string]> = {
  wire: [
    '2024-05-16',
    'Wire',
    'Russian President Vladimir Putin landed in Beijing early on Thursday for talks with Xi Jinping.\n' +
      'The two leaders will hold informal talks over tea on Thursday evening, an aide said.\n' +
      'About 400 people attended the welcome ceremony.\n',
  ],
  rewrite: [
    '2024-05-16',
    'Rewrite',
    'Russian President Vladimir Putin landed in Beijing early on Wednesday for talks with Xi Jinping.\n' +
      'Putin arrived for a two-day state visit, the Kremlin said.\n',
  ],
  forum: [
    '2023-10-17',
    'Forum desk',
    'Putin arrived in Beijing on Tuesday for the Belt and Road forum.\nAbout 400 people attended the welcome ceremony.\n',
  ],
  hostile: ['2024-05-16', 'Hostile <b>outlet</b>', HOSTILE_TEXT],
};

/** Everything the review server needs: the report and the sources of its articles. */
export interface Fixture {
  report: Report;
  sources: Source[];
}

/** Builds the fixture report. Deterministic: the same report every call. */
export function fixtureReport(): Fixture {
  const texts = new Map(Object.entries(ARTICLES).map(([id, [, , text]]) => [id, text]));
  const facts: Fact[] = [];
  const fact = (article: string, text: string, value: string, chain?: string, nth = 0): Claim => {
    const body = texts.get(article)!;
    let start = -1;
    for (let i = 0; i <= nth; i++) start = body.indexOf(text, start + 1);
    if (start < 0) throw new Error(`fixture: '${text}' is not in ${article}`);
    const id = `F${facts.length + 1}`;
    const base = { id, article, text, start, end: start + text.length, sentence: 0, extractor: 'fixture', event: 'E1' };
    if (chain !== undefined) {
      const time: TimeFact = { ...base, kind: 'time', value, timex: 'DATE', stated: {}, implied: {}, anchor: null, rule: 'weekday/past-tense', chain };
      facts.push(time);
    } else facts.push({ ...base, kind: 'quantity', value, unit: null, counted: 'people', qualifier: 'about' });
    return { article, fact: id, text, start, end: start + text.length, value, event: article === 'forum' ? 'E2' : 'E1' };
  };
  const finding = (verdict: Verdict, rule: string, slot: string, message: string, claims: Claim[]): Finding => {
    const evidence = hash(claims.map((c) => `${c.article}\u0000${c.text}\u0000${c.value}`).join('\u0001'));
    return { id: hash(`${rule}\u0000${slot}\u0000${evidence}`), evidence, verdict, rule, slot, message, confidence: 0.8, claims, review: null };
  };
  const findings = [
    finding('conflict', 'time/weekday-mismatch', 'arrival in Beijing: date', 'Thursday (2024-05-16) and Wednesday (2024-05-15) for the same arrival', [
      fact('wire', 'landed in Beijing early on Thursday', '2024-05-16', 'Thursday + published 2024-05-16 → 2024-05-16'),
      fact('rewrite', 'landed in Beijing early on Wednesday', '2024-05-15', 'Wednesday + published 2024-05-16, past tense → 2024-05-15'),
    ]),
    finding('unresolved', 'quantity/count', 'welcome ceremony: attendance', 'About 400 and about 300 people: the texts do not say they are the same gathering', [
      fact('wire', 'About 400 people', '400'),
      fact('hostile', 'About 300 people', '300'),
    ]),
    finding('different-events', 'time/different-visits', 'arrival in Beijing: date', 'Tuesday (2023-10-17, Belt and Road forum) and Thursday (2024-05-16, state visit) are two different visits', [
      fact('forum', 'arrived in Beijing on Tuesday', '2023-10-17', 'Tuesday + published 2023-10-17 → 2023-10-17'),
      fact('wire', 'landed in Beijing early on Thursday', '2024-05-16', 'Thursday + published 2024-05-16 → 2024-05-16'),
    ]),
    finding('agreement', 'time/same-date', 'tea talks: date', 'Both place the tea talks on Thursday evening, 2024-05-16', [
      fact('wire', 'on Thursday evening', '2024-05-16', 'Thursday + published 2024-05-16 → 2024-05-16'),
      fact('hostile', 'on Thursday evening', '2024-05-16', 'Thursday + published 2024-05-16 → 2024-05-16'),
    ]),
  ];
  const articles: ArticleSummary[] = Object.entries(ARTICLES).map(([id, [published, outlet]]) => ({
    id,
    path: `fixture/${id}.txt`,
    title: null,
    outlet,
    published,
    publishedFrom: 'metadata',
    events: id === 'forum' ? ['E2'] : ['E1'],
  }));
  const report: Report = {
    schemaVersion: 1,
    articles,
    events: [
      { id: 'E1', label: 'Putin arrives in Beijing for a state visit', start: '2024-05-16', end: '2024-05-17', articles: ['hostile', 'rewrite', 'wire'] },
      { id: 'E2', label: 'Putin arrives for the Belt and Road forum', start: '2023-10-17', end: '2023-10-18', articles: ['forum'] },
    ],
    facts,
    findings,
    problems: [],
  };
  const sources: Source[] = articles.map((a) => ({ id: a.id, path: a.path, file: a.path, format: 'txt', text: texts.get(a.id)!, sentences: [] }));
  return { report, sources };
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 12);
}
