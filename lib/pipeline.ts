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
import { count, guard, MAX_FACTS, MAX_SENTENCE_CHARS, MAX_SENTENCES } from './load/limits.ts';
import { problem } from './load/read.ts';
import type { Analysis, Article, ArticleSummary, Document, Fact, InputProblem, Report, Source } from './types.ts';
import { releaseViews } from './text/tokens.ts';
import { pushAll } from './util/lists.ts';

/** Options of one analysis. */
export interface AnalyzeOptions {
  /** The extractors to run, in order; default all. */
  extractors?: readonly Extractor[];
  /**
   * Called after each article is analysed, for progress bars, and with `stage` as each step
   * starts ("extracting its facts: a.txt", "grouping events"), so that one long article shows
   * progress too; a last call without a stage ends the analysis.
   */
  onProgress?: (done: number, total: number, stage?: string) => void;
}

/**
 * Cleans and segments one article. When no manifest, metadata or `--published` gave a
 * publication date, it is read from the text (a "Published:" line or dateline) or inferred from
 * the text's own full dates; `publishedFrom` says which, `publishedWhy` quotes the evidence.
 */
export function prepare(article: Article): Document {
  return dated(cleanAndSegment(article));
}

/** Cleans and segments one article, its publication date as loaded. */
function cleanAndSegment(article: Article): Document {
  const { body, masks } = clean(article);
  return { article, body, masks, sentences: segment(body) };
}

/** The document with its publication date read or inferred when loading gave none; see {@link prepare}. */
function dated({ article, body, masks, sentences }: Document): Document {
  let withDate = article;
  if (article.published === null) {
    const found = inferPublished(body, sentences);
    withDate = found.published === null
      ? { ...article, publishedFrom: 'unknown', publishedWhy: found.why || null }
      : { ...article, published: found.published, publishedFrom: found.from, publishedWhy: found.why };
  }
  return { article: withDate, body, masks, sentences };
}

/**
 * Runs every stage over the loaded articles and returns the report every formatter reads, with
 * the source (text, sentences, file, format) of each article beside it.
 */
export function analyze(loaded: Loaded, options: AnalyzeOptions = {}): Analysis {
  const extractors = options.extractors ?? defaultExtractors;
  const docs: Document[] = [];
  const drafts: Fact[] = [];
  const problems = loaded.problems.slice();
  // Articles in id order whatever the order of the inputs: fact ids, event ids and bytes follow from it.
  const articles = [...loaded.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = articles.length;
  const stage = (what: string) => options.onProgress?.(total, total, what);
  articles.forEach((article, i) => {
    // One article past a limit, or one the engine cannot handle, is one problem; the others go on.
    const step: Step = {
      what: 'reading it',
      set(what) {
        step.what = what;
        options.onProgress?.(i, total, `${what}: ${article.path}`);
      },
    };
    const done = guard(article.path, () => step.what, () => analyseOne(article, extractors, step));
    const result = done.ok ? done.value : done.problem;
    if ('rule' in result) problems.push(result);
    else {
      docs.push(result.doc);
      pushAll(drafts, result.facts);
    }
    options.onProgress?.(i + 1, total);
  });
  const numbered = numberFacts(drafts);
  stage('finding the news of each article');
  // Whether each event mention is its article's news, decided once for the grouping and the judge.
  const found = mentions(docs, numbered);
  stage('grouping events');
  const clustering = cluster(docs, numbered, found);
  const facts = numbered.map((f) => ({ ...f, event: clustering.factEvent.get(f.id) ?? null }) as Fact);
  const { events, byArticle } = clustering;
  stage('judging the facts');
  const findings = judge(docs, facts, clustering, found);
  options.onProgress?.(total, total);
  const report: Report = {
    schemaVersion: 1,
    articles: docs.map((d) => summarize(d.article, byArticle.get(d.article.id) ?? [])),
    events,
    facts,
    findings,
    problems,
  };
  return { report, sources: docs.map(sourceOf) };
}

/** The step of an article's analysis under way: named in progress lines and in the message of an error. */
interface Step {
  what: string;
  set(what: string): void;
}

/**
 * Cleans, segments and extracts one article within the limits of one input: an article with a
 * sentence over {@link MAX_SENTENCE_CHARS} characters, over {@link MAX_SENTENCES} sentences or
 * over {@link MAX_FACTS} facts is refused with the reason. `step` follows the stage, for progress
 * and for the message of an error none of these foresaw.
 */
function analyseOne(article: Article, extractors: readonly Extractor[], step: Step): { doc: Document; facts: Fact[] } | InputProblem {
  step.set('cleaning and segmenting it');
  const segmented = cleanAndSegment(article);
  const refused = overLimits(segmented);
  if (refused) return refused;
  step.set('dating it');
  const doc = dated(segmented);
  step.set('extracting its facts');
  const facts = extractFacts(doc, extractors);
  // The tokens the extractors shared are done with: the later stages read facts, not tokens.
  releaseViews(doc);
  if (facts.length > MAX_FACTS) {
    return problem(article.path, 'input/too-many-facts', `gives ${count(facts.length)} facts, over the limit of ${count(MAX_FACTS)} for one article (a long news article gives a few hundred)`);
  }
  return { doc, facts };
}

/** The problem of a segmented article over the limits of its sentences, checked before any extraction. */
function overLimits({ article, sentences }: Document): InputProblem | null {
  if (sentences.length > MAX_SENTENCES) {
    return problem(article.path, 'input/too-many-sentences', `has ${count(sentences.length)} sentences, over the limit of ${count(MAX_SENTENCES)} for one article (a long news article has a few hundred)`);
  }
  for (const s of sentences) {
    if (s.end - s.start <= MAX_SENTENCE_CHARS) continue;
    return problem(
      article.path,
      'input/long-sentence',
      `has a sentence of ${count(s.end - s.start)} characters (at offset ${s.start}), over the limit of ${count(MAX_SENTENCE_CHARS)}: text with no sentence ends is not an article`,
    );
  }
  return null;
}

/** What the formatters need of an analysed article besides the report; see {@link Source}. */
function sourceOf({ article: a, sentences }: Document): Source {
  return { id: a.id, path: a.path, file: a.file, format: a.format, text: a.text, sentences };
}

function summarize(a: Article, events: string[]): ArticleSummary {
  return { id: a.id, path: a.path, title: a.title, outlet: a.outlet, published: a.published, publishedFrom: a.publishedFrom, events };
}
