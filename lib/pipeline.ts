/**
 * The only place the stages are ordered:
 * load → clean → segment → (publication date) → extract → mentions → cluster → align/judge → report.
 * Every stage is a pure function of what the stages before it produced.
 */
import { clean } from './clean/index.ts';
import { cluster } from './cluster/index.ts';
import { extractFacts, numberFacts, type Extractor } from './extract/index.ts';
import { defaultExtractors } from './extract/registry.ts';
import { inferPublished } from './extract/time/index.ts';
import { judge } from './judge/index.ts';
import type { Loaded } from './load/index.ts';
import { mentions } from './mentions/index.ts';
import { segment } from './segment/index.ts';
import type { Analysis, Article, ArticleSummary, Document, Fact, Report, Source } from './types.ts';
import { releaseViews } from './text/tokens.ts';
import { pushAll } from './util/lists.ts';

/** Options of one analysis. */
export interface AnalyzeOptions {
  /** The extractors to run, in order; default all. */
  extractors?: readonly Extractor[];
  /** Called after each article is analysed, for progress bars. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Cleans and segments one article. When no manifest, metadata or `--published` gave a
 * publication date, it is read from the text (a "Published:" line or dateline) or inferred from
 * the text's own full dates; `publishedFrom` says which, `publishedWhy` quotes the evidence.
 */
export function prepare(article: Article): Document {
  const { body, masks } = clean(article);
  const sentences = segment(body);
  let dated = article;
  if (article.published === null) {
    const found = inferPublished(body, sentences);
    dated = found.published === null
      ? { ...article, publishedFrom: 'unknown', publishedWhy: found.why || null }
      : { ...article, published: found.published, publishedFrom: found.from, publishedWhy: found.why };
  }
  return { article: dated, body, masks, sentences };
}

/**
 * Runs every stage over the loaded articles and returns the report every formatter reads, with
 * the source (text, sentences, file, format) of each article beside it.
 */
export function analyze(loaded: Loaded, options: AnalyzeOptions = {}): Analysis {
  const extractors = options.extractors ?? defaultExtractors;
  const docs: Document[] = [];
  const drafts: Fact[] = [];
  // Articles in id order whatever the order of the inputs: fact ids, event ids and bytes follow from it.
  const articles = [...loaded.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  articles.forEach((article, i) => {
    const doc = prepare(article);
    docs.push(doc);
    pushAll(drafts, extractFacts(doc, extractors));
    // The tokens the extractors shared are done with: the later stages read facts, not tokens.
    releaseViews(doc);
    options.onProgress?.(i + 1, articles.length);
  });
  const numbered = numberFacts(drafts);
  // Whether each event mention is its article's news, decided once for the grouping and the judge.
  const found = mentions(docs, numbered);
  const clustering = cluster(docs, numbered, found);
  const facts = numbered.map((f) => ({ ...f, event: clustering.factEvent.get(f.id) ?? null }) as Fact);
  const { events, byArticle } = clustering;
  const findings = judge(docs, facts, clustering, found);
  const report: Report = {
    schemaVersion: 1,
    articles: docs.map((d) => summarize(d.article, byArticle.get(d.article.id) ?? [])),
    events,
    facts,
    findings,
    problems: loaded.problems,
  };
  return { report, sources: docs.map(sourceOf) };
}

/** What the formatters need of an analysed article besides the report; see {@link Source}. */
function sourceOf({ article: a, sentences }: Document): Source {
  return { id: a.id, path: a.path, file: a.file, format: a.format, text: a.text, sentences };
}

function summarize(a: Article, events: string[]): ArticleSummary {
  return { id: a.id, path: a.path, title: a.title, outlet: a.outlet, published: a.published, publishedFrom: a.publishedFrom, events };
}
