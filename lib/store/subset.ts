/**
 * `check <new..> --against <index>`: the new articles with those of an index that may report the
 * same events, found by their blocking keys (`blocks.ts`), as one plan for `pipeline.assemble`.
 * Only the new articles are analysed; the others' results are read from the index.
 */
import { fileOfPath, idFromPath } from '../load/article.ts';
import type { AnalysisPlan, ArticleResult } from '../pipeline.ts';
import type { Article, FactStore, IndexedArticle, TermCounts } from '../types.ts';
import { bagTerms, blockingKeys } from './blocks.ts';

/**
 * At most this many indexed articles join the new ones: those sharing most blocking keys with
 * them first, then a fixed sample of the others. An index of at most this many articles thus
 * joins whole, and `check` finds what it finds against the folder of the articles (the events are
 * grouped over the same articles). Past it, the events are grouped over a part of the corpus, and
 * may be grouped otherwise: the grouping weighs a word by how few articles use it, and among only
 * the articles of one topic the topic's own words ("fire", the town's name) weigh little. On the
 * 772 ECB+ dev articles, the 136 sharing keys with a new one grouped its story as 10 + 13 articles
 * where the whole corpus gives 22; filled with the sample to 436 they gave the 22, to 400 not
 * always. The sample is there to keep the weights nearer to those of the corpus.
 */
export const MAX_CANDIDATES = 1000;

/** The plan of the new articles and their candidates, with every result, ready for `assemble`. */
export interface Subset {
  /** The new articles' plan with the candidates' tasks added, in content order. */
  plan: AnalysisPlan;
  /** One result per task of {@link plan}. */
  results: ArticleResult[];
  /** The indexed articles that joined, in path order. */
  joined: IndexedArticle[];
  /** Paths of chosen indexed articles whose analysis is missing or damaged in the index: left out. */
  unreadable: string[];
  /**
   * Term counts of the index and the new articles together, for `assemble`: the articles are
   * grouped as among all of them. Null when the index holds articles without their terms.
   */
  corpus: TermCounts | null;
  /** How many indexed articles were indexed before their terms were kept (they must be indexed again). */
  termless: number;
}

/**
 * Adds to the plan of the new articles (and their results) at most `limit` indexed articles
 * (`Infinity`: all): those sharing blocking keys with them, most shared first, then others in the
 * order of their keys (hashes: a sample that depends on no name or order; see
 * {@link MAX_CANDIDATES}). An indexed article whose text is that of a new one (the new file was
 * indexed before, or is a copy of one that was) does not join: the new one stands for it; nor does
 * one `skip` refuses (an older version of a new file).
 */
export async function withCandidates(
  planned: AnalysisPlan,
  results: readonly ArticleResult[],
  index: FactStore,
  limit: number = MAX_CANDIDATES,
  skip: (row: IndexedArticle) => boolean = () => false,
): Promise<Subset> {
  const blocks = new Set<string>();
  for (const r of results) if (!('rule' in r)) for (const b of blockingKeys(r.doc, r.facts)) blocks.add(b);
  const rows = new Map<string, IndexedArticle>();
  // Older versions of the new files: the new ones take their place in the corpus's counts too.
  const replaced: string[] = [];
  let termless = 0;
  for (const row of await index.articles()) {
    if (skip(row)) replaced.push(row.path);
    // An analysed article (it has blocking keys) indexed before terms were kept.
    else if (row.terms === undefined && row.blocks.length > 0) termless++;
    if (!rows.has(row.key)) rows.set(row.key, row);
  }
  // A few more than asked: an indexed copy of a new article is met among the first and left out.
  const most = Math.min(limit + planned.tasks.length, rows.size);
  const keys = await index.candidates([...blocks].sort(), most);
  // Without the corpus's counts (an index made before they were kept), a fixed sample of the
  // others fills the candidates, to keep the weights nearer to those of the corpus.
  if (termless > 0) {
    const chosen = new Set(keys);
    for (const key of [...rows.keys()].sort()) {
      if (keys.length >= most) break;
      if (chosen.has(key)) continue;
      chosen.add(key);
      keys.push(key);
    }
  }
  const stored = await index.getResults(keys);
  // Names are "^" and 16 hex digits of the text's hash, then ".2" for a second copy: the text's part.
  const textOf = (name: string) => name.slice(0, 17);
  const texts = new Set(planned.tasks.map((t) => textOf(t.article.id)));
  const entries = planned.tasks.map((task, i) => ({ task, result: results[i] }));
  const real = new Map<string, Article>(planned.names.real);
  const joined: IndexedArticle[] = [];
  const unreadable: string[] = [];
  const asked = new Set<string>();
  for (const key of keys) {
    if (joined.length >= limit) break;
    const row = rows.get(key);
    const result = stored.get(key);
    if (row && !result) unreadable.push(row.path);
    // Refused articles take no part; a key without a record, or a record without its result, neither.
    if (!row || !result || 'rule' in result || skip(row)) continue;
    const article = result.doc.article;
    if (texts.has(textOf(article.id))) continue;
    texts.add(textOf(article.id));
    const file = fileOfPath(row.path);
    real.set(article.id, { ...article, id: row.id ?? idFromPath(file), path: row.path, file });
    entries.push({ task: { article, chrome: [], path: row.path }, result });
    joined.push(row);
    for (const t of row.terms ?? bagTerms(result.doc)) asked.add(t);
  }
  entries.sort((a, b) => (a.task.article.id < b.task.article.id ? -1 : a.task.article.id > b.task.article.id ? 1 : 0));
  const plan: AnalysisPlan = {
    ...planned,
    tasks: entries.map((e) => e.task),
    names: { articles: entries.map((e) => e.task.article), real },
  };
  const corpus = termless > 0 ? null : await corpusCounts(results, asked, index, replaced);
  return {
    plan,
    results: entries.map((e) => e.result),
    joined: joined.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    unreadable: unreadable.sort(),
    corpus,
    termless,
  };
}

/**
 * The term counts of the corpus the new articles join: the index's (but for the older versions
 * of the new files, `replaced`) and the new articles' own, for every term of the new articles and
 * of the indexed ones in `asked`: what the report of a folder of all of them would count.
 */
async function corpusCounts(results: readonly ArticleResult[], asked: Set<string>, index: FactStore, replaced: readonly string[]): Promise<TermCounts> {
  const own = new Map<string, number>();
  let articles = 0;
  for (const r of results) {
    if ('rule' in r) continue;
    articles++;
    for (const t of bagTerms(r.doc)) {
      own.set(t, (own.get(t) ?? 0) + 1);
      asked.add(t);
    }
  }
  const counted = await index.termCounts([...asked].sort(), [...replaced].sort());
  const df = new Map(counted.df);
  for (const [t, n] of own) df.set(t, (df.get(t) ?? 0) + n);
  return { articles: counted.articles + articles, df };
}

/** The record of an analysed article for the index: its path, key, id, blocking keys and terms. */
export function indexRow(path: string, id: string, key: string, result: ArticleResult): IndexedArticle {
  if ('rule' in result) return { path, key, id, blocks: [] };
  return { path, key, id, blocks: blockingKeys(result.doc, result.facts), terms: bagTerms(result.doc) };
}
