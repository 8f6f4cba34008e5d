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
import { findings as findingsOf, formerIds, judgeDrafts } from './judge/index.ts';
import type { Loaded } from './load/index.ts';
import { mentions } from './mentions/index.ts';
import { segment } from './segment/index.ts';
import type { Analysis, Article, ArticleSummary, Document, Fact, Finding, Report, Source } from './types.ts';
import { nameByContent, showRealIds } from './util/canonical.ts';
import { releaseViews } from './text/tokens.ts';

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
  // The stages see articles only under names made from their text, in the order of those names:
  // every tie-break of theirs is then one of content, and renaming a file or reordering the
  // inputs changes nothing but the ids shown (issue 17). Fact and event ids follow this order.
  const names = nameByContent(loaded.articles);
  const articles = names.articles;
  articles.forEach((article, i) => {
    const doc = prepare(article);
    docs.push(doc);
    drafts.push(...extractFacts(doc, extractors));
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
  const judged = judgeDrafts(docs, facts, clustering, found);
  const findings = findingsOf(judged, clustering.info);
  const inner = {
    articles: docs.map((d) => summarize(d.article, byArticle.get(d.article.id) ?? [])),
    events,
    facts,
    findings,
  };
  // The real ids back, and lists of articles in the order of their ids, as the contract shows them.
  const shown = showRealIds(inner, names);
  const real = (name: string): Article => names.real.get(name)!;
  const byId = <T extends { id: string }>(list: T[]): T[] => list.sort((a, b) => cmp(a.id, b.id));
  const report: Report = {
    schemaVersion: 1,
    articles: byId(shown.articles.map((a, i) => ({ ...a, path: real(inner.articles[i].id).path }))),
    events: shown.events.map((e) => ({ ...e, articles: e.articles.sort(cmp) })),
    facts: shown.facts,
    findings: shown.findings.map(articlesInIdOrder),
    problems: loaded.problems,
    formerIds: formerIds(judged, (name) => real(name).id),
  };
  // A source holds no other article's name: its text and sentences are the article's own.
  const sources = byId(docs.map((d) => ({ ...sourceOf(d), id: real(d.article.id).id, path: real(d.article.id).path, file: real(d.article.id).file })));
  return { report, sources };
}

/** A finding's value groups and timeline steps list their articles in id order; claims keep the content order they were judged in. */
function articlesInIdOrder(f: Finding): Finding {
  if (!f.groups && !f.timeline) return f;
  return {
    ...f,
    ...(f.groups ? { groups: f.groups.map((g) => ({ ...g, articles: [...g.articles].sort(cmp) })) } : {}),
    ...(f.timeline ? { timeline: f.timeline.map((t) => ({ ...t, articles: [...t.articles].sort(cmp) })) } : {}),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the formatters need of an analysed article besides the report; see {@link Source}. */
function sourceOf({ article: a, sentences }: Document): Source {
  return { id: a.id, path: a.path, file: a.file, format: a.format, text: a.text, sentences };
}

function summarize(a: Article, events: string[]): ArticleSummary {
  return { id: a.id, path: a.path, title: a.title, outlet: a.outlet, published: a.published, publishedFrom: a.publishedFrom, events };
}
