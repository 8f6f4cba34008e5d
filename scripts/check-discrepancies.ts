/**
 * Checks the gold of real discrepancies (data/gold/discrepancies/topic-NN.jsonl, guidelines in
 * data/gold/DISCREPANCIES.md) against the articles, and counts what it holds.
 *
 *   npm run check:discrepancies [-- --quiet] [--only topic-07]
 *
 * Checks, per line: it parses; `topic`, `fact`, `kind`, `about` are given; every group has an id,
 * an event of its topic and a value; every article file exists, belongs to the line's topic and to
 * the group's event in labels.tsv, and stands in the line once per quote; every quote has one to ten words and
 * stands in the article as written (runs of white space may differ); two or more articles in all;
 * every two groups are labelled once, with a known label and a reason. Exits 1 on any error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { needShared } from './lib/shared.ts';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'data', 'gold', 'discrepancies');
const ECB = join(ROOT, '..', 'shared', 'dev', 'ecbplus');

/** The labels a pair of value groups may take. */
export const PAIR_LABELS = ['error', 'dispute', 'update', 'compatible', 'different-events', 'unclear'] as const;
/** The kinds of fact. */
export const FACT_KINDS = ['date', 'place', 'count', 'measure', 'age', 'role', 'name', 'what'] as const;
/** Labels that count as a discrepancy. */
export const DISCREPANCY = new Set(['error', 'dispute', 'update']);

/** One article's statement of a value. */
export interface GoldArticle {
  file: string;
  quote: string;
}

/** Articles giving one value of one fact. */
export interface GoldGroup {
  id: string;
  event: string;
  value: string;
  articles: GoldArticle[];
}

/** A label on two value groups. */
export interface GoldPair {
  groups: [string, string];
  label: (typeof PAIR_LABELS)[number];
  why: string;
}

/** One fact of one topic, with its value groups and the labels of their pairs. */
export interface GoldFact {
  topic: number;
  fact: string;
  kind: (typeof FACT_KINDS)[number];
  about: string;
  groups: GoldGroup[];
  pairs: GoldPair[];
}

/** White space folded, for finding a quote in its article. */
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Reads every gold line, with its file and line number. */
export function readGold(dir = DIR): Array<{ where: string; fact: GoldFact | null; error?: string }> {
  const out: Array<{ where: string; fact: GoldFact | null; error?: string }> = [];
  if (!existsSync(dir)) return out;
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : '';
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl') && f.includes(only)).sort()) {
    readFileSync(join(dir, name), 'utf8').split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${name}:${i + 1}`;
      try {
        out.push({ where, fact: JSON.parse(line) as GoldFact });
      } catch (err) {
        out.push({ where, fact: null, error: `not JSON (${(err as Error).message})` });
      }
    });
  }
  return out;
}

function main(): void {
  needShared('check:discrepancies', join(ECB, 'labels.tsv'));
  const labels = new Map<string, { topic: number; event: string }>();
  for (const line of readFileSync(join(ECB, 'labels.tsv'), 'utf8').split('\n').slice(1)) {
    const [file, , topic, event] = line.split('\t');
    if (file && topic) labels.set(file, { topic: Number(topic), event });
  }
  const texts = new Map<string, string>();
  const textOf = (file: string): string | null => {
    if (!texts.has(file)) {
      const path = join(ECB, 'articles', `${file}.txt`);
      texts.set(file, existsSync(path) ? fold(readFileSync(path, 'utf8')) : '');
    }
    return texts.get(file) || null;
  };

  const errors: string[] = [];
  const counts = { facts: 0, groups: 0, agreements: 0, topics: new Set<number>(), byLabel: new Map<string, number>() };
  for (const { where, fact, error } of readGold()) {
    const bad = (msg: string): void => {
      errors.push(`${where}: ${msg}`);
    };
    if (fact === null) {
      bad(error ?? 'unreadable');
      continue;
    }
    for (const key of ['fact', 'about'] as const) if (typeof fact[key] !== 'string' || fact[key].trim() === '') bad(`"${key}" missing`);
    if (!Number.isInteger(fact.topic)) bad('"topic" must be a topic number');
    if (!FACT_KINDS.includes(fact.kind)) bad(`"kind" ${JSON.stringify(fact.kind)} is not one of ${FACT_KINDS.join(', ')}`);
    if (!Array.isArray(fact.groups) || fact.groups.length === 0) {
      bad('no groups');
      continue;
    }
    const ids = new Set<string>();
    const seen = new Set<string>();
    let articles = 0;
    for (const g of fact.groups) {
      if (!g.id || ids.has(g.id)) bad(`group id ${JSON.stringify(g.id)} missing or repeated`);
      ids.add(g.id);
      if (typeof g.value !== 'string' || g.value.trim() === '') bad(`group ${g.id}: no value`);
      if (!Array.isArray(g.articles) || g.articles.length === 0) {
        bad(`group ${g.id}: no articles`);
        continue;
      }
      for (const a of g.articles) {
        articles++;
        const label = labels.get(a.file);
        if (!label) {
          bad(`group ${g.id}: ${a.file} is no article of labels.tsv`);
          continue;
        }
        // An article may give two values ("police said 30,000; witnesses more than 50,000"): it
        // stands in both groups, each time with the words of that value.
        const key = `${a.file}\u0000${fold(a.quote ?? '')}`;
        if (seen.has(key)) bad(`group ${g.id}: ${a.file} stands in the line twice with the same quote`);
        seen.add(key);
        if (label.topic !== fact.topic) bad(`group ${g.id}: ${a.file} is of topic ${label.topic}, not ${fact.topic}`);
        if (label.event !== g.event) bad(`group ${g.id}: ${a.file} is of event ${label.event}, not ${g.event}`);
        const words = fold(a.quote ?? '').split(' ').filter(Boolean);
        if (words.length === 0 || words.length > 10) bad(`group ${g.id}: ${a.file}: the quote has ${words.length} words (1 to 10)`);
        const text = textOf(a.file);
        if (text === null) bad(`group ${g.id}: ${a.file}.txt not found`);
        else if (!text.includes(fold(a.quote ?? ''))) bad(`group ${g.id}: ${a.file}: quote not in the article: ${JSON.stringify(a.quote)}`);
      }
      counts.agreements += (g.articles.length * (g.articles.length - 1)) / 2;
    }
    if (articles < 2) bad('fewer than two articles state this fact');
    const labelled = new Set<string>();
    for (const p of fact.pairs ?? []) {
      const [x, y] = p.groups ?? [];
      if (!ids.has(x) || !ids.has(y) || x === y) {
        bad(`pair ${JSON.stringify(p.groups)}: not two groups of the line`);
        continue;
      }
      const key = [x, y].sort().join(' ');
      if (labelled.has(key)) bad(`pair ${x}-${y} labelled twice`);
      labelled.add(key);
      if (!PAIR_LABELS.includes(p.label)) bad(`pair ${x}-${y}: label ${JSON.stringify(p.label)} is not one of ${PAIR_LABELS.join(', ')}`);
      if (typeof p.why !== 'string' || p.why.trim() === '') bad(`pair ${x}-${y}: no "why"`);
      counts.byLabel.set(p.label, (counts.byLabel.get(p.label) ?? 0) + 1);
    }
    const groups = [...ids];
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) if (!labelled.has([groups[i], groups[j]].sort().join(' '))) bad(`pair ${groups[i]}-${groups[j]} has no label`);
    }
    counts.facts++;
    counts.groups += fact.groups.length;
    counts.topics.add(fact.topic);
  }
  const discrepancies = [...counts.byLabel].filter(([l]) => DISCREPANCY.has(l)).reduce((s, [, n]) => s + n, 0);
  if (!process.argv.includes('--quiet') || errors.length > 0) for (const e of errors) process.stdout.write(`${e}\n`);
  const labelled = PAIR_LABELS.map((l) => `${l} ${counts.byLabel.get(l) ?? 0}`).join(', ');
  process.stdout.write(
    `${counts.topics.size} topics, ${counts.facts} facts, ${counts.groups} value groups; pairs: ${labelled}; ` +
      `${discrepancies} discrepancies, ${counts.agreements} agreeing article pairs; ${errors.length} errors\n`,
  );
  process.exitCode = errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
