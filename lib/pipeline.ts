/**
 * The only place the stages are ordered:
 * load → clean → segment → (publication date) → extract → mentions → cluster → align/judge → report.
 * Every stage is a pure function of what the stages before it produced.
 */
import { siteChrome } from './clean/chrome.ts';
import { clean } from './clean/index.ts';
import { cluster } from './cluster/index.ts';
import type { ArticleGrouping } from './cluster/articles.ts';
import { extractFacts, numberFacts, type Extractor } from './extract/index.ts';
import { defaultExtractors } from './extract/registry.ts';
import { inferPublished } from './extract/time/index.ts';
import { findings as findingsOf, formerIds, judgeDrafts } from './judge/index.ts';
import { articleClaims, writeClaims, type Candidate } from './judge/claims/index.ts';
import { documentTerms, useTerms } from './cluster/terms.ts';
import { watchLimits } from './util/limits.ts';
import type { Loaded } from './load/index.ts';
import { mentions } from './mentions/index.ts';
import { segment } from './segment/index.ts';
import { count, guard, MAX_FACTS, MAX_SENTENCE_CHARS, MAX_SENTENCES } from './load/limits.ts';
import { problem } from './load/read.ts';
import type { Analysis, Article, ArticleSummary, ClaimMaterial, Document, Fact, Finding, InputProblem, Mask, Report, Source, StoredResult, TermCounts } from './types.ts';
import { nameByContent, showRealIds } from './util/canonical.ts';
import { releaseViews } from './text/tokens.ts';
import { pushAll } from './util/lists.ts';
import { factsAbout, findingsAbout } from './util/focus.ts';

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

/**
 * Prepares articles read together: the lines they share as site chrome (see `siteChrome`) are
 * masked first, then each is prepared. What `analyze` does before extraction, for scripts that
 * measure the stages after it.
 */
export function prepareAll(articles: readonly Article[]): Document[] {
  const chrome = siteChrome(articles);
  return articles.map((a) => dated(cleanAndSegment(a, chrome.get(a.id) ?? [])));
}

/** Cleans and segments one article, its publication date as loaded. */
function cleanAndSegment(article: Article, chrome: readonly Mask[] = []): Document {
  const { body, masks } = clean(article, chrome);
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
 * What one article's analysis gave: its document and fact drafts, or the problem that refused it.
 * A pure function of the article (its text, metadata and publication date as loaded), the chrome
 * masked in it and the code and lexicons: the unit a cache or a worker holds, so the one type
 * a store keeps ({@link StoredResult}).
 */
export type ArticleResult = StoredResult;

/** One article to analyse, as {@link analyseArticle} takes it. */
export interface ArticleTask {
  /** The article under the name made from its text. */
  article: Article;
  /** The lines of site chrome to mask in it. */
  chrome: readonly Mask[];
  /** The path as given, for problems and progress. */
  path: string;
  /**
   * True: the result carries the article's material (claims, bag of terms, {@link ArticleResult}),
   * made with its analysis for a store to keep. Without a store the stages make what they need
   * of it, once, where they need it.
   */
  material?: boolean;
}

/**
 * Everything an analysis decides before any article is read: the articles under names made from
 * their text, in the order of those names, the chrome each shares with the others, and the inputs
 * listed but not analysed.
 */
export interface AnalysisPlan {
  /** The articles to analyse, in content order, one task each. */
  tasks: ArticleTask[];
  /** Inputs in a language without lexicons: listed, not analysed. */
  unread: Article[];
  /** The problems loading found. */
  problems: InputProblem[];
  /** The names made from content and the real article behind each. */
  names: ReturnType<typeof nameByContent>;
}

/**
 * Plans an analysis; see {@link AnalysisPlan}. Pure and cheap next to the analysis of the
 * articles: a cache or a worker pool runs the tasks, {@link assemble} does the rest.
 */
export function plan(loaded: Loaded): AnalysisPlan {
  // The stages see articles only under names made from their text, in the order of those names:
  // every tie-break of theirs is then one of content, and renaming a file or reordering the
  // inputs changes nothing but the ids shown (issue 17). Fact and event ids follow this order.
  // An input in a language without lexicons is listed, not analysed: it would give no facts, and
  // its function words ("de", "que", "и") would group it with every other page in that language.
  const unread = loaded.articles.filter((a) => a.language?.analysed === false);
  const names = nameByContent(loaded.articles.filter((a) => a.language?.analysed !== false));
  // Lines the inputs share that are not sentences of a story (a site's navigation, its date
  // banner) are masked before any article is read, so they decide neither events nor dates.
  const chrome = siteChrome(names.articles);
  const tasks = names.articles.map((article) => ({
    article,
    chrome: chrome.get(article.id) ?? [],
    // Problems and progress name the file as given, not the name made from its text.
    path: names.real.get(article.id)?.path ?? article.path,
  }));
  return { tasks, unread, problems: loaded.problems.slice(), names };
}

/**
 * Analyses one article of a plan: cleans, segments, dates and extracts it within the limits of
 * one input. One article past a limit, or one the engine cannot handle, is one problem; the
 * others go on. `onStep` hears each step as it starts ("extracting its facts").
 */
export function analyseArticle(task: ArticleTask, extractors: readonly Extractor[] = defaultExtractors, onStep?: (what: string) => void): ArticleResult {
  const step: Step = {
    what: 'reading it',
    set(what) {
      step.what = what;
      onStep?.(what);
    },
  };
  const done = guard(task.path, () => step.what, () => analyseOne(task, extractors, step));
  return done.ok ? done.value : done.problem;
}

/**
 * Runs every stage over the loaded articles and returns the report every formatter reads, with
 * the source (text, sentences, file, format) of each article beside it.
 */
export function analyze(loaded: Loaded, options: AnalyzeOptions = {}): Analysis {
  const extractors = options.extractors ?? defaultExtractors;
  const planned = plan(loaded);
  const total = planned.tasks.length;
  const results = planned.tasks.map((task, i) => {
    const result = analyseArticle(task, extractors, (what) => options.onProgress?.(i, total, `${what}: ${task.path}`));
    options.onProgress?.(i + 1, total);
    return result;
  });
  return assemble(planned, results, options);
}

/** Options of {@link assemble}. */
export interface AssembleOptions extends Pick<AnalyzeOptions, 'onProgress'> {
  /**
   * Term counts of the corpus the articles were picked from (`check --against <index>`): the
   * articles are grouped with the weights the whole corpus gives its terms. Without, the articles
   * are the corpus.
   */
  corpus?: TermCounts;
  /**
   * The articles' grouping by `clusterArticles` when the caller made it for exactly these articles
   * and `corpus` (`check --against <index>`'s last round): not made again.
   */
  grouping?: ArticleGrouping;
  /**
   * The articles a run is about (`check`'s new articles, by their real article): when given, the
   * report's facts are only theirs and those the findings about them cite, what `check` prints
   * (`narrowToSources`); the facts of the hundreds of articles they were compared with are neither
   * copied nor renamed. Findings, articles and events stay whole.
   */
  focus?: (article: Article) => boolean;
}

/**
 * The stages after the articles' own: numbering the facts, the news of each article, grouping
 * events, judging, and the report under the articles' real ids. `results` are the plan's tasks'
 * results in the plan's order, however they were computed.
 */
export function assemble(planned: AnalysisPlan, results: readonly ArticleResult[], options: AssembleOptions = {}): Analysis {
  const { names, unread } = planned;
  const problems = planned.problems.slice();
  const docs: Document[] = [];
  const drafts: Fact[] = [];
  const claims = new Map<string, ClaimMaterial>();
  for (const result of results) {
    if ('rule' in result) problems.push(result);
    else {
      docs.push(result.doc);
      pushAll(drafts, result.facts);
      if (result.material) {
        claims.set(result.doc.article.id, result.material.claims);
        // Analysed on another thread, or read back: its bag as its analysis made it.
        useTerms(result.doc, result.material.terms);
      }
    }
  }
  const total = planned.tasks.length;
  const stage = (what: string) => options.onProgress?.(total, total, what);
  const numbered = numberFacts(drafts);
  stage('finding the news of each article');
  // Whether each event mention is its article's news, decided once for the grouping and the judge.
  const found = mentions(docs, numbered);
  stage('grouping events');
  // The limits grouping and judging reach come out as the report's warnings.
  const { value: clustering, warnings: clusterWarnings } = watchLimits(() => cluster(docs, numbered, found, options.corpus, options.grouping));
  const facts = numbered.map((f) => ({ ...f, event: clustering.factEvent.get(f.id) ?? null }) as Fact);
  const { events, byArticle } = clustering;
  stage('judging the facts');
  const { value: judged, warnings: judgeWarnings } = watchLimits(() => judgeDrafts(docs, facts, clustering, found, claims));
  const warnings = [...clusterWarnings, ...judgeWarnings];
  const findings = findingsOf(judged, clustering.info);
  options.onProgress?.(total, total);
  const focus = options.focus;
  const inner = {
    articles: docs.map((d) => summarize(d.article, byArticle.get(d.article.id) ?? [])),
    events,
    facts: focus ? focusFacts(facts, findings, docs, (name) => focus(names.real.get(name)!)) : facts,
    findings,
  };
  // The real ids back, and lists of articles in the order of their ids, as the contract shows them.
  const shown = showRealIds(inner, names);
  const real = (name: string): Article => names.real.get(name)!;
  const byId = <T extends { id: string }>(list: T[]): T[] => list.sort((a, b) => cmp(a.id, b.id));
  const report: Report = {
    schemaVersion: 1,
    articles: byId(shown.articles.map((a, i) => ({ ...a, path: real(inner.articles[i].id).path })).concat(unread.map((a) => summarize(a, [])))),
    events: shown.events.map((e) => ({ ...e, articles: e.articles.sort(cmp) })),
    facts: shown.facts,
    findings: shown.findings.map(articlesInIdOrder),
    // in the order of the files named, whatever order the articles were analysed in
    problems: problems.sort((a, b) => cmp(numericKey(a.path), numericKey(b.path)) || cmp(a.rule, b.rule)),
    formerIds: formerIds(judged, (name) => real(name).id),
  };
  if (warnings.length > 0) report.warnings = warnings;
  // A source holds no other article's name: its text and sentences are the article's own.
  const sources = byId(docs.map((d) => ({ ...sourceOf(d), id: real(d.article.id).id, path: real(d.article.id).path, file: real(d.article.id).file })));
  return { report, sources };
}

/** The facts of the documents `keep` names and those the findings about them cite (see {@link AssembleOptions.focus}). */
function focusFacts(facts: readonly Fact[], findings: readonly Finding[], docs: readonly Document[], keep: (name: string) => boolean): Fact[] {
  const focus = new Set(docs.map((d) => d.article.id).filter(keep));
  return factsAbout(facts, findingsAbout(findings, focus), focus);
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

/** A path whose numbers sort as numbers: "feed.json#2" before "feed.json#10". */
function numericKey(path: string): string {
  return path.replace(/\d{1,12}/g, (d) => d.padStart(12, '0'));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
function analyseOne({ article, chrome, path, material }: ArticleTask, extractors: readonly Extractor[], step: Step): ArticleResult {
  step.set('cleaning and segmenting it');
  const segmented = cleanAndSegment(article, chrome);
  const refused = overLimits(segmented, path);
  if (refused) return refused;
  step.set('dating it');
  const doc = dated(segmented);
  step.set('extracting its facts');
  const facts = extractFacts(doc, extractors);
  // The tokens the extractors shared are done with: the later stages read facts, not tokens.
  releaseViews(doc);
  if (facts.length > MAX_FACTS) {
    return problem(path, 'input/too-many-facts', `gives ${count(facts.length)} facts, over the limit of ${count(MAX_FACTS)} for one article (a long news article gives a few hundred)`);
  }
  if (!material) return { doc, facts };
  step.set('reading its claims');
  // Made here, once per article, for a store to keep with its facts: a run that reads the article
  // from it groups and judges it without making them again. The claims as the store keeps them.
  const claims = articleClaims(doc, facts);
  return { doc, facts, material: { claims: { ...claims, claims: writeClaims(claims.claims as Candidate[]) }, terms: [...documentTerms(doc)] } };
}

/** The problem of a segmented article over the limits of its sentences, checked before any extraction. */
function overLimits({ sentences }: Document, path: string): InputProblem | null {
  if (sentences.length > MAX_SENTENCES) {
    return problem(path, 'input/too-many-sentences', `has ${count(sentences.length)} sentences, over the limit of ${count(MAX_SENTENCES)} for one article (a long news article has a few hundred)`);
  }
  for (const s of sentences) {
    if (s.end - s.start <= MAX_SENTENCE_CHARS) continue;
    return problem(
      path,
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
  const summary: ArticleSummary = { id: a.id, path: a.path, title: a.title, outlet: a.outlet, published: a.published, publishedFrom: a.publishedFrom, events };
  return a.language ? { ...summary, language: a.language.code, analysed: a.language.analysed } : summary;
}
