/**
 * `check <new..> --against <index>`: the new articles with those of an index that may report the
 * same events, found by their blocking keys (`blocks.ts`), as one plan for `pipeline.assemble`.
 * Only the new articles are analysed; the others' results are read from the index.
 */
import { fileOfPath, idFromPath } from '../load/article.ts';
import type { AnalysisPlan, ArticleResult, ArticleTask } from '../pipeline.ts';
import { articleMemo, groupArticles, type ArticleGrouping, type ArticleMemo } from '../cluster/articles.ts';
import { watchLimits } from '../util/limits.ts';
import { documentTerms } from '../cluster/terms.ts';
import { draftId, numberFacts } from '../extract/index.ts';
import type { Article, Document, Fact, FactStore, IndexedArticle, StoredResult, TermCounts } from '../types.ts';
import { pushAll } from '../util/lists.ts';
import { revive } from './analyse.ts';
import { bagTerms, blockingKeys } from './blocks.ts';

/**
 * How many indexed articles join the new ones at first (those sharing most blocking keys with
 * them), and at most how many more each round that completes their groups. The grouping weighs a
 * term by how few articles of the whole index use it (the index keeps every article's terms), so
 * a few candidates are grouped as the whole corpus groups them, when they hold the new articles'
 * groups whole: the rounds bring the members that share keys only with other members. On ten dev
 * articles checked against the ECB+ dev set without them, 100 gave the events and findings of a
 * report over the whole folder for all ten (50: nine); against the dev set × 8 (groups of up to
 * 168 articles), the events of 8 and the findings of 9 of the ten for any of 50 to 200: the two
 * that differ are grouped in the whole corpus with articles that share none of their blocking
 * keys (scripts/bench-check.ts).
 */
export const MAX_CANDIDATES = 100;

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
  /**
   * The grouping of exactly these articles with {@link corpus}, made by the last round (null when
   * there was none): `assemble` takes it rather than make it again.
   */
  grouping: ArticleGrouping | null;
  /** How many indexed articles were indexed before their terms were kept (they must be indexed again). */
  termless: number;
}

/** Options of {@link withCandidates}. */
export interface CandidateOptions {
  /** The version of the running code (`codeVersion`): indexed claims other code made are made again. */
  code: string;
  /** At most how many indexed articles join at first, and each round; default {@link MAX_CANDIDATES}, `Infinity` for all. */
  limit?: number;
  /** Records left out: older versions of the new files, whose place the new ones take. */
  skip?: (row: IndexedArticle) => boolean;
}

/** Rounds of {@link withCandidates}'s closing of the new articles' groups, at most. */
const MAX_ROUNDS = 4;

/**
 * Adds to the plan of the new articles (and their results) the indexed articles that may share
 * their events, with the corpus's term counts to group them by. First at most `limit` (`Infinity`:
 * all) sharing blocking keys with them, most shared first; then, round by round, those sharing
 * blocking keys with the indexed articles the new ones are grouped with, at most `limit` more a
 * round, until a round brings none or changes none of their groups: an article of the group that
 * shares no key with the new one joins so, and so do the closer partners of one that joined the
 * group only for lack of them. An
 * indexed article whose text is that of a new one (the new file was indexed before, or is a copy
 * of one that was) does not join: the new one stands for it; nor does one `skip` refuses (an older
 * version of a new file, whose place the new one also takes in the counts).
 *
 * An index holding articles without their terms (made by an older crosscheck) gives no counts:
 * then the candidates are filled to `limit` with a fixed sample of the others (in the order of
 * their keys, hashes: a sample that depends on no name or order), to keep the weights of the
 * grouping among them nearer to those of the corpus; see {@link MAX_CANDIDATES}.
 */
export async function withCandidates(planned: AnalysisPlan, results: readonly ArticleResult[], index: FactStore, options: CandidateOptions): Promise<Subset> {
  const { code, limit = MAX_CANDIDATES, skip = () => false } = options;
  const blocks = new Set<string>();
  for (const r of results) if (!('rule' in r)) for (const b of blockingKeys(r.doc, r.facts)) blocks.add(b);
  const rows = new Map<string, IndexedArticle>();
  const replaced: string[] = [];
  for (const row of await index.articles()) {
    if (skip(row)) replaced.push(row.path);
    if (!rows.has(row.key)) rows.set(row.key, row);
  }
  const counts = new CorpusCounts(results, index, [...replaced].sort());
  const { termless } = await counts.of([]);

  // Names are "^" and 16 hex digits of the text's hash, then ".2" for a second copy: the text's part.
  const textOf = (name: string) => name.slice(0, 17);
  const texts = new Set(planned.tasks.map((t) => textOf(t.article.id)));
  const entries = planned.tasks.map((task, i) => ({ task, result: results[i] }));
  const real = new Map<string, Article>(planned.names.real);
  // Each joined record with the name its article goes by in the plan.
  const joined: Array<IndexedArticle & { name: string }> = [];
  const unreadable: string[] = [];
  const tried = new Set<string>();
  /** Joins the articles of `keys` (in their order) not tried before, at most `most`; how many joined. */
  const join = async (keys: readonly string[], most: number): Promise<number> => {
    const fresh = keys.filter((k) => !tried.has(k));
    let n = 0;
    // Read as many as may still join, and more only when some of them did not.
    for (let at = 0; at < fresh.length && n < most; ) {
      const batch = fresh.slice(at, at + most - n);
      at += batch.length;
      n += admit(batch, await index.getResults(batch));
    }
    return n;
  };
  /** Adds the articles of `keys` whose results `stored` holds and that may join; how many did. */
  const admit = (keys: readonly string[], stored: Map<string, StoredResult>): number => {
    let n = 0;
    for (const key of keys) {
      tried.add(key);
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
      entries.push({ task: { article, chrome: [], path: row.path }, result: revive(result, row.path, code) });
      joined.push({ ...row, name: article.id });
      n++;
    }
    return n;
  };

  // A few more than asked: an indexed copy of a new article is met among the first and left out.
  const most = Math.min(limit + planned.tasks.length, rows.size);
  const keys = await index.candidates([...blocks].sort(), most);
  if (termless > 0) {
    const chosen = new Set(keys);
    for (const key of [...rows.keys()].sort()) {
      if (keys.length >= most) break;
      if (chosen.has(key)) continue;
      chosen.add(key);
      keys.push(key);
    }
  }
  await join(keys, limit);
  let corpus: TermCounts | null = null;
  let grouping: ArticleGrouping | null = null;
  if (termless === 0) {
    const news = new Set(planned.tasks.map((t) => t.article.id));
    const docs = () => entries.flatMap((e) => ('rule' in e.result ? [] : [e.result.doc]));
    corpus = await counts.of(docs());
    // What the grouping made of each article, kept from round to round.
    const memo = articleMemo();
    // With no limit, or the whole index joined, nothing can be missing.
    let around = Number.isFinite(limit) && tried.size < rows.size ? groupedWith(inOrder(entries), news, corpus, memo) : null;
    for (let round = 0; around !== null && round < MAX_ROUNDS; round++) {
      const near = new Set(blocks);
      for (const row of joined) if (around.ids.has(row.name)) for (const b of row.blocks) near.add(b);
      const more = await index.candidates([...near].sort(), tried.size + limit);
      if ((await join(more, limit)) === 0) break;
      corpus = await counts.of(docs());
      const next = groupedWith(inOrder(entries), news, corpus, memo);
      // Stable: what joined this round changed no group of the new articles.
      const stable = next.ids.size === around.ids.size && [...next.ids].every((id) => around!.ids.has(id));
      around = next;
      if (stable) break;
    }
    // The last round grouped the articles that joined, with the counts they are grouped by.
    grouping = around?.grouping ?? null;
  }
  inOrder(entries);
  const plan: AnalysisPlan = {
    ...planned,
    tasks: entries.map((e) => e.task),
    names: { articles: entries.map((e) => e.task.article), real },
  };
  return {
    plan,
    results: entries.map((e) => e.result),
    joined: joined.map(({ name: _name, ...row }) => row).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    unreadable: unreadable.sort(),
    corpus,
    grouping,
    termless,
  };
}

/**
 * The ids of the articles grouped (by `clusterArticles`, with the corpus's counts) with any of
 * `news`: whose blocking keys may find the articles still missing from those groups; and the
 * grouping itself. The results in article id order, as `assemble` numbers their facts, so that
 * the grouping is the one it would make.
 */
function groupedWith(results: readonly ArticleResult[], news: ReadonlySet<string>, corpus: TermCounts, memo: ArticleMemo): { ids: Set<string>; grouping: ArticleGrouping } {
  const docs: Document[] = [];
  const drafts: Fact[] = [];
  let unique = true;
  for (const r of results) {
    if ('rule' in r) continue;
    docs.push(r.doc);
    pushAll(drafts, r.facts);
    unique &&= new Set(r.facts.map((f) => f.id)).size === r.facts.length && new Set(r.facts.map((f) => draftId(f.kind, f.start, f.end))).size === r.facts.length;
  }
  // The grouping reads each article's facts alone, in offset order (ties by id), and follows their
  // links. With ids and spans unique in each article, it reads them alike under their draft ids as
  // under the ids the run gives them; and the same fact objects, round after round, let `memo`
  // keep what it made of them.
  const facts = unique ? drafts : numberFacts(drafts);
  const ids = new Set<string>();
  const { value: groups, warnings } = watchLimits(() => groupArticles(docs, facts, undefined, corpus, memo));
  for (const g of groups.members) {
    if (g.some((id) => news.has(id))) for (const id of g) if (!news.has(id)) ids.add(id);
  }
  return { ids, grouping: { groups, warnings } };
}

/** The entries sorted in place by article id, as the plan lists its tasks; their results. */
function inOrder(entries: Array<{ task: ArticleTask; result: ArticleResult }>): ArticleResult[] {
  entries.sort((a, b) => (a.task.article.id < b.task.article.id ? -1 : a.task.article.id > b.task.article.id ? 1 : 0));
  return entries.map((e) => e.result);
}

/**
 * The term counts of the corpus the new articles join: the index's (but for the older versions
 * of the new files, `replaced`) and the new articles' own, for the terms of the documents asked
 * about: what the report of a folder of all of them would count.
 */
class CorpusCounts {
  private readonly own = new Map<string, number>();
  private readonly articles: number;

  constructor(
    results: readonly ArticleResult[],
    private readonly index: FactStore,
    private readonly replaced: readonly string[],
  ) {
    let articles = 0;
    for (const r of results) {
      if ('rule' in r) continue;
      articles++;
      for (const t of bagTerms(r.doc)) this.own.set(t, (this.own.get(t) ?? 0) + 1);
    }
    this.articles = articles;
  }

  /** The counts of every term of `docs`. */
  async of(docs: readonly Document[]): Promise<TermCounts> {
    const asked = new Set<string>();
    for (const d of docs) for (const t of documentTerms(d).keys()) asked.add(t);
    const counted = await this.index.termCounts([...asked].sort(), this.replaced);
    const df = new Map(counted.df);
    for (const [t, n] of this.own) df.set(t, (df.get(t) ?? 0) + n);
    return { articles: counted.articles + this.articles, df, termless: counted.termless };
  }
}

/** The record of an analysed article for the index: its path, key, id, blocking keys and terms. */
export function indexRow(path: string, id: string, key: string, result: ArticleResult): IndexedArticle {
  if ('rule' in result) return { path, key, id, blocks: [] };
  return { path, key, id, blocks: blockingKeys(result.doc, result.facts), terms: bagTerms(result.doc) };
}
