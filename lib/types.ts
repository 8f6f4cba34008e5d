/**
 * Every shared data type of crosscheck, and no logic beyond the verdict table's lookups.
 *
 * One position form throughout: UTF-16 code-unit offsets into {@link Article.text}, end exclusive.
 * Line and column are derived only by reporters (see `lib/report/position.ts`).
 */

/** An ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** A closed interval of day numbers (days since 1970-01-01). */
export interface DayInterval {
  from: number;
  to: number;
  /** The coarsest grain of the two ends: `day`, `week`, `month`, `season`, `year`, `decade`. */
  grain: 'day' | 'week' | 'month' | 'season' | 'year' | 'decade';
}

/** A range of an article's text: UTF-16 offsets, end exclusive. */
export interface Range {
  /** First code unit of the range. */
  start: number;
  /** One past the last code unit of the range. */
  end: number;
}

/** A range in a named article: the one position form used by evidence everywhere. */
export interface Span extends Range {
  /** The article id. */
  article: string;
}

/** Where an article's publication date came from. */
export type PublishedFrom = 'metadata' | 'text' | 'inferred' | 'unknown';

/** The input format an article was read from. */
export type ArticleFormat = 'txt' | 'md' | 'html' | 'json';

/** One news article as read from disk, before any analysis. */
export interface Article {
  /** File name without extension, or the JSON `id`; unique within one run. */
  id: string;
  /** The path the article was read from, as given (for JSON lines: `file.jsonl#3`). */
  path: string;
  /** The file the article came from (without the `#n` of JSON lines). */
  file: string;
  /** The format it was read from. */
  format: ArticleFormat;
  /**
   * The text every offset points into: for `.txt` the file's content without a BOM; for `.md` the
   * whole file including front matter (masked later); for HTML the extracted article text.
   */
  text: string;
  /** Headline, from metadata or front matter; null when none was given. */
  title: string | null;
  /** Publishing outlet; null when unknown. */
  outlet: string | null;
  /** Source URL; null when unknown. */
  url: string | null;
  /** Publication date; null when no source gives it. */
  published: IsoDate | null;
  /** Where {@link published} came from. */
  publishedFrom: PublishedFrom;
  /** Why the publication date is what it is ("manifest", "front matter", "dateline 'May 16, 2024'"). */
  publishedWhy: string | null;
  /** Ranges of {@link text} that are not article body (front matter); masked before analysis. */
  preMasked: Range[];
  /** Its language as loading detected it; absent for an article made in code, which is analysed. */
  language?: Language;
}

/** The language of an input and whether crosscheck analyses it (`data/languages.json`). */
export interface Language {
  /** ISO 639-3 code as the detector gives it ("eng", "por"), or "und" when too short to tell. */
  code: string;
  /** Its English name ("Portuguese"), or the code when the runtime knows none. */
  name: string;
  /** Whether its facts are extracted: only languages with lexicons are; an "und" input is read. */
  analysed: boolean;
  /** Why, in a few words ("English scores 0.55 of the best"), for warnings and debugging. */
  why: string;
}

/**
 * A limit the run reached: a block too large to compare all of its items with each other, and
 * what was therefore not compared. A warning, not a problem: it changes no exit code.
 */
export interface RunWarning {
  /** A rule id, such as `limit/accounts`. */
  rule: string;
  /** One sentence naming what was not compared. */
  message: string;
}

/** A problem with one input: it is named with the reason and the run goes on without it. */
export interface InputProblem {
  /** The file (or argument) concerned. */
  path: string;
  /** A rule id, such as `input/empty` or `input/binary`. */
  rule: string;
  /** One sentence saying what is wrong and, where it helps, how to fix it. */
  reason: string;
}

/** A range of the text that cleaning masked, with the rule that masked it. */
export interface Mask extends Range {
  /** The boilerplate rule id from `data/boilerplate.json`, e.g. `boilerplate/donation-appeal`. */
  rule: string;
}

/** A sentence of an article's body. */
export interface Sentence extends Range {
  /** Index of this sentence within its article. */
  index: number;
  /** Index of the paragraph (block separated by a line break) it belongs to. */
  paragraph: number;
  /** True for a line that reads as a headline or a heading (no closing punctuation). */
  heading: boolean;
}

/** An article after cleaning and segmentation: the unit every extractor works on. */
export interface Document {
  /** The article as read. */
  article: Article;
  /** The article text with boilerplate replaced by spaces: same length, same offsets. */
  body: string;
  /** What cleaning masked. */
  masks: Mask[];
  /** Sentences of {@link body}, in order. */
  sentences: Sentence[];
}

/** The kinds of fact, as in the JSON contract. */
export type FactKind = 'time' | 'quantity' | 'person' | 'place' | 'quote' | 'event';

/** What every fact has: where it stands and what made it. */
export interface FactBase extends Range {
  /** Stable within one report: `F1`, `F2`, ... in order of the articles' contents (a hash of the text, never the file name), then offset. */
  id: string;
  /** The article id. */
  article: string;
  /** The exact text of the span: `article.text.slice(start, end)`. */
  text: string;
  /** Index of the sentence holding the span. */
  sentence: number;
  /** The extractor that made the fact, such as `time/chrono`. */
  extractor: string;
  /** The event the fact belongs to, or null. */
  event: string | null;
}

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * TIMEX3 `mod`: how the value is qualified ("early March" → START, "about 3 p.m." → APPROX, "more
 * than a week" → MORE_THAN, "at least 2030" → ON_OR_AFTER).
 */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/** A date field and whether the text stated it or the tool implied it. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
}

/**
 * What a time value was counted from: the article's publication date ("Thursday" + published
 * 2024-05-16), or another time fact of the same article ("the day before" + 'on Tuesday'), by its
 * id (the runner's temporary id while extracting, `F12` once the facts are numbered).
 */
export type TimeAnchor = { kind: 'published'; date: IsoDate } | { kind: 'fact'; fact: string };

/** A time expression with its normalized value and how it was reached. */
export interface TimeFact extends FactBase {
  kind: 'time';
  /** TIMEX3-style value: `2024-05-16`, `2023-03`, `2013`, `2024-W20`, `P2D`; null when unresolved. */
  value: string | null;
  /** TIMEX3 type. */
  timex: TimexType;
  /** TIMEX3 `mod`, when the text qualifies the value; absent otherwise. */
  mod?: TimexMod;
  /**
   * The time zone the text gives with a clock time: an IANA name ("Tokyo time" → Asia/Tokyo,
   * "ET" → America/New_York, "GMT" → UTC), an offset as written ("+05:00"), or `local` ("local
   * time": the zone of the event's place); absent when none is given.
   */
  zone?: string;
  /** For ranges: the last day or month covered (`2024-05-31`); else absent. */
  endValue?: string;
  /** Parts the text stated. */
  stated: DateParts;
  /** Parts the tool implied from the anchor. */
  implied: DateParts;
  /**
   * What the value was counted from: the publication date, or another time fact of the article;
   * null when the text states it in full. The JSON prints it as `published 2024-05-16` or the
   * fact's id (`F12`).
   */
  anchor: TimeAnchor | null;
  /** The rule that resolved it, e.g. `weekday/past-tense`. */
  rule: string;
  /** The date chain, human-readable: "Thursday + published 2024-05-16 → 2024-05-16". */
  chain: string;
  /**
   * Present (true) when the value was counted from a publication date inferred from the text,
   * which is only the earliest the article can be: the value is the earliest too.
   */
  earliest?: true;
}

/** A number with what it counts. */
export interface QuantityFact extends FactBase {
  kind: 'quantity';
  /** The number as a decimal string, e.g. `240000000000`. */
  value: string;
  /** Unit or currency (`USD`, `percent`, `years`), or null. */
  unit: string | null;
  /** The head noun it counts (`member states`), or null. */
  counted: string | null;
  /** `about`, `more than`, `at least`, `up to`, `at most`, `between` (a range), `record`, or null. */
  qualifier: string | null;
  /**
   * The upper end of a range, as a decimal string, when the text gives one ("between 200 and 400
   * people" → value `200`, high `400`, qualifier `between`); absent for a single value.
   */
  high?: string;
  /**
   * True when the value restates the quantity just before it in another unit, in brackets
   * ("20 km (12 miles)": the 12 miles); absent otherwise.
   */
  conversion?: true;
}

/** A person, with role where the text gives one. */
export interface PersonFact extends FactBase {
  kind: 'person';
  /** The canonical full name. */
  value: string;
  /** Title or role ("defence minister"), or null. */
  role: string | null;
}

/** A place. */
export interface PlaceFact extends FactBase {
  kind: 'place';
  /** The canonical place name. */
  value: string;
}

/** A quotation with its speaker. */
export interface QuoteFact extends FactBase {
  kind: 'quote';
  /** The quoted words, without the quote marks. */
  value: string;
  /** The speaker's canonical name, or null. */
  speaker: string | null;
}

/** Whether the text says an event happened. */
export type EventStatus = 'happened' | 'scheduled' | 'hedged' | 'negated' | 'reported';

/** An event mention: a trigger word with its participants, place and time. */
export interface EventFact extends FactBase {
  kind: 'event';
  /** The normalized event type, e.g. `arrive`. */
  value: string;
  /** Whether it happened, is expected, hedged, negated or only reported. */
  status: EventStatus;
  /** Ids of facts naming who took part. */
  who: string[];
  /** Id of the place fact where it happened, or null. */
  where: string | null;
  /** Id of the time fact of when it happened, or null. */
  when: string | null;
}

/** One extracted fact: a discriminated union on `kind`. */
export type Fact = TimeFact | QuantityFact | PersonFact | PlaceFact | QuoteFact | EventFact;

/** A real-world event found across the articles. */
export interface CrossEvent {
  /** `E1`, `E2`, ... in order of first date, then label. */
  id: string;
  /** A short human-readable label. */
  label: string;
  /** ISO date, month or year of its start, or null. */
  start: string | null;
  /** ISO date, month or year of its end, or null. */
  end: string | null;
  /** Ids of the articles that report it. */
  articles: string[];
}

/**
 * Every verdict, most severe first: the one table of their order, their SARIF level and whether
 * `--fail-on` can name them. Reports, the gate, the review page and the CLI read it, so the order a
 * reader sees findings in and the order the gate fails them in cannot drift apart.
 */
export const VERDICTS = [
  /** The sources state different values for the same fact of the same event: act on it. */
  { verdict: 'conflict', severity: 0, sarifLevel: 'error', failOn: true },
  /** They differ, but the texts do not settle whether it is the same fact: an editor must look. */
  { verdict: 'unresolved', severity: 1, sarifLevel: 'warning', failOn: true },
  /**
   * The figure changed between reports ("rose to 40"): each value held when it was given; the
   * finding lists them in time order (extension of the contract, issue 14).
   */
  { verdict: 'update', severity: 2, sarifLevel: 'note', failOn: false },
  /** They differ because they are about two real-world events: worth knowing, not wrong. */
  { verdict: 'different-events', severity: 3, sarifLevel: 'note', failOn: false },
  /** They say the same: no problem at all. */
  { verdict: 'agreement', severity: 4, sarifLevel: 'none', failOn: false },
] as const;

/** The verdict on one aligned slot: one of {@link VERDICTS}. */
export type Verdict = (typeof VERDICTS)[number]['verdict'];

/** Verdicts in {@link VERDICTS} order: what a reader must act on first. */
export const VERDICT_ORDER: readonly Verdict[] = VERDICTS.map((v) => v.verdict);

/** A verdict's severity: 0 for the most severe (conflict); sorts findings most severe first. */
export function verdictRank(verdict: Verdict): number {
  return SEVERITY[verdict];
}

const SEVERITY = Object.fromEntries(VERDICTS.map((v) => [v.verdict, v.severity])) as Readonly<Record<Verdict, number>>;

/** One source's claim within a finding. */
export interface Claim extends Range {
  /** The article id. */
  article: string;
  /** The fact id; empty for a number no extractor made a fact of, compared as written. */
  fact: string;
  /** The text of the claim's span. */
  text: string;
  /** The normalized value. */
  value: string | null;
  /** The event the claim belongs to, or null. */
  event: string | null;
  /** How the value was reached: the date chain, the qualifier (extension of the contract). */
  why?: string;
  /**
   * Who the text says gave the value: "police", "the health ministry", "Gov. Ana Ruiz"
   * (extension of the contract, issue 14); absent when the text names no one.
   */
  source?: string;
  /**
   * When the value held: an ISO date (or date and time) the text states with it ("as of Tuesday"),
   * else the article's publication date; absent when neither is known (extension, issue 14).
   */
  asOf?: string;
}

/** One value of a figure, as an `update` finding lists them: in time order (extension, issue 14). */
export interface TimelineStep {
  /** The value as the sources give it: "at least 10", "31". */
  value: string;
  /** When it held (see {@link Claim.asOf}); null when no time is known and the order comes from revision words. */
  asOf: string | null;
  /** The articles that give it. */
  articles: string[];
}

/** The sources that give one value of a finding: the odd value stands out (extension, issue 14). */
export interface ValueGroup {
  /** The value as shown: "5.9", "Monday 4 June". */
  value: string;
  /** The articles that give it, in id order. */
  articles: string[];
}

/** What an editor can decide about a finding. */
export type ReviewDecisionKind = 'confirmed-conflict' | 'different-events' | 'not-a-conflict' | 'needs-follow-up';

/** An editor's decision on a finding, from the review file. */
export interface ReviewDecision {
  decision: ReviewDecisionKind;
  note: string | null;
  reviewer: string | null;
  /** ISO timestamp. */
  at: string;
  /** True when the finding's evidence changed since the decision. */
  changed?: boolean;
}

/** A finding: a verdict on one slot, with evidence from every source. */
export interface Finding {
  /** Stable fingerprint: same inputs, same id, across runs, machines, input order and file names (see `aboutKey` in `lib/judge/passes.ts`). */
  id: string;
  /**
   * Fingerprint of the evidence (each claim's article, span text and value): a review decision
   * records it, and a finding whose evidence differs from the recorded one is shown as changed.
   */
  evidence: string;
  verdict: Verdict;
  /**
   * The judge rule that decided, e.g. `judge/one-event`, `judge/two-events-weekday`,
   * `judge/weekday-mismatch` (`lib/judge/rules/`); a softened one-event verdict keeps
   * `judge/one-event` and says the softening in its message.
   */
  rule: string;
  /** The slot: event + attribute, e.g. "arrival in Lyon: date". */
  slot: string;
  /** One sentence, with the date chain where time decided it. */
  message: string;
  /** 0..1. */
  confidence: number;
  claims: Claim[];
  /** The values side by side with the articles giving each, most sources first (extension, issue 14). */
  groups?: ValueGroup[];
  /** For an `update`: the values in time order, earliest first (extension, issue 14). */
  timeline?: TimelineStep[];
  /** The editor's decision, or null. */
  review: ReviewDecision | null;
}

/** Everything a run produced: what every reporter formats. */
export interface Report {
  schemaVersion: 1;
  articles: ArticleSummary[];
  events: CrossEvent[];
  facts: Fact[];
  findings: Finding[];
  /** Inputs that could not be read as articles (extension of the contract). */
  problems: InputProblem[];
  /** Limits the run reached, naming what was not compared (`lib/util/limits.ts`); absent when none. */
  warnings?: RunWarning[];
  /**
   * Finding id → the id and evidence the finding had before ids were made of contents (issue 17),
   * for the review store to find decisions recorded under them. Never printed; absent when unknown.
   */
  formerIds?: ReadonlyMap<string, FormerId>;
}

/** What a finding was called before its id was made of contents instead of file names (issue 17). */
export interface FormerId {
  /** The id it had: a fingerprint of its articles' file names and sentence numbers. */
  id: string;
  /** The evidence fingerprint it had, with file names in it. */
  evidence: string;
}

/** An article as the report lists it. */
export interface ArticleSummary {
  id: string;
  path: string;
  title: string | null;
  outlet: string | null;
  published: IsoDate | null;
  publishedFrom: PublishedFrom;
  events: string[];
  /** The language detected (ISO 639-3, "und" when too short to tell); absent when none was detected. */
  language?: string;
  /** False for an input in a language crosscheck does not analyse: it has no facts and no events. */
  analysed?: boolean;
}

/**
 * One analysed article as the formatters see it, beside the report: the text every offset of the
 * report points into, its sentences, and the file and format it was read from. Formatters look
 * a claim's article up here instead of parsing paths or segmenting again; it is kept out of
 * {@link Report} so the contract's JSON stays as it is.
 */
export interface Source {
  /** The article id, as in the report. */
  id: string;
  /** The path as the report shows it (for JSON articles: `file.jsonl#3`). */
  path: string;
  /** The file the article came from: {@link path} without the `#n` of a JSON part. */
  file: string;
  /** The format it was read from: only `txt` and `md` texts are the file itself, offset for offset. */
  format: ArticleFormat;
  /** The article text every offset points into. */
  text: string;
  /** Its sentences, in order, as the analysis segmented them. */
  sentences: readonly Sentence[];
}

/** What one run of the pipeline gives: the report, and the source of each of its articles in the same order. */
export interface Analysis {
  report: Report;
  sources: Source[];
}

/** One editor's decision as the review file stores it, keyed by finding id. */
export interface ReviewEntry {
  decision: ReviewDecisionKind;
  /** Why, in the editor's words; null when none was given. */
  note: string | null;
  /** Who decided; null when unknown. */
  reviewer: string | null;
  /** ISO timestamp of the decision. */
  at: string;
  /** The finding's {@link Finding.evidence} when it was decided: a different one marks it changed. */
  evidence: string;
  /** The finding's slot when it was decided, so a stale entry still says what it was about. */
  slot?: string;
  /**
   * Ids of the articles the finding's claims came from, sorted: `--prune` removes the entry only
   * when all of them are among its inputs. Absent in entries recorded before it was kept.
   */
  articles?: string[];
  /** Fields the tool does not know (a ticket number added by hand), kept as read and written back. */
  extra?: Record<string, unknown>;
}

/** The review file (`crosscheck.review.json`): editors' decisions by finding id. */
export interface ReviewFile {
  version: 1;
  decisions: Record<string, ReviewEntry>;
  /** Top-level fields the tool does not know, kept as read and written back. */
  extra?: Record<string, unknown>;
}

/** Facts of a run by id, and each article's facts in offset order (made by the mentions stage). */
export interface FactIndex {
  /** Every fact by its id. */
  byId: Map<string, Fact>;
  /** Each article's facts, in offset order. */
  byArticle: Map<string, Fact[]>;
}

/**
 * What a mention's time says of it, against its article's publication date (see
 * `lib/mentions/index.ts`, which decides it, for who reads which state and why):
 * - `current`: a day within the window of the publication date ("arrived on Tuesday" + published
 *   2023-10-17 → 2023-10-17);
 * - `weekday`: a weekday the tool could not count from any date ("on Thursday", no publication date);
 * - `near`: days meeting the window that are no single day within it ("this week", a span reaching past it);
 * - `undated`: no time is linked to the mention;
 * - `unresolved`: a time that gives no days, no weekday and no month ("recently", a duration);
 * - `doubtful`: days counted from a publication date inferred from the text, only the earliest it can be;
 * - `month-only`: a month named without a day and no trusted days for it ("last met in March");
 * - `unplaced`: trusted days, but no publication date to place them against;
 * - `other-occasion`: days outside the window, or coarser than a week ("in 2013", "in March 2023").
 */
export type DateStatus = 'current' | 'weekday' | 'near' | 'undated' | 'unresolved' | 'doubtful' | 'month-only' | 'unplaced' | 'other-occasion';

/**
 * Whether a mention is its article's current news: what its words say first — `earlier` ("last
 * visited", "his previous visit"), `retold` (its time is that of such an earlier occasion in the
 * same article) — else what its time says ({@link DateStatus}).
 */
export type NewsStatus = 'earlier' | 'retold' | DateStatus;

/** The news status of one event mention, decided once by the mentions stage. */
export interface News {
  /** The one decision: words first, then the time. */
  status: NewsStatus;
  /** What the time alone says, also for a mention its words or its time make an earlier occasion. */
  dated: DateStatus;
  /** Why, in words an editor reads: "its words make it an earlier occasion ('last visited')". */
  reason: string;
}

/** An event mention with what the later stages need of its linked facts. */
export interface Mention {
  /** The event fact. */
  fact: EventFact;
  /** The family of its type: types that describe one occasion in other words share it. */
  family: string;
  /** Canonical names of the participants, sorted, each once. */
  who: string[];
  /** The place fact linked as where it happened, or null. */
  place: PlaceFact | null;
  /** The time fact linked as when it happened, or null. */
  time: TimeFact | null;
  /** The days the time covers, when resolved and trustworthy. */
  interval: DayInterval | null;
  /** Why the time cannot be trusted, when it was resolved but rests on a guess. */
  doubt: string | null;
  /** Whether it is the article's current news, and why. */
  news: News;
}

/** What the mentions stage hands to the cluster and judge stages. */
export interface Mentions {
  /** The facts it read, indexed. */
  index: FactIndex;
  /** Each article's event mentions, in offset order. */
  byArticle: Map<string, Mention[]>;
  /** Each event mention by the id of its event fact. */
  byFact: Map<string, Mention>;
}

/** What the judge needs to know of an event beyond the contract's fields. */
export interface EventInfo {
  /** The event as the report lists it. */
  event: CrossEvent;
  /** True for the main event of at least one article. */
  main: boolean;
  /** Distinctive words of its articles or sentences, best first: what sets the occasion apart. */
  terms: string[];
  /** The days it covers, when some trustworthy date gives them. */
  interval: DayInterval | null;
  /** How the dates were found: "'on Tuesday' in 004 (2023-10-17)". */
  datedBy: string | null;
  /** Families of its mentions, most frequent first. */
  families: string[];
  /** Participants named in its mentions. */
  who: string[];
}

/** What the cluster stage found: events, each article's events (main first), each fact's event. */
export interface Clustering {
  /** The events, as the report lists them. */
  events: CrossEvent[];
  /** Article id → its event ids, main event first. */
  byArticle: Map<string, string[]>;
  /** Fact id → event id. */
  factEvent: Map<string, string>;
  /** Event id → what the judge needs of it. */
  info: Map<string, EventInfo>;
}

/**
 * One article's claims, made with its extraction (`articleClaims` in `lib/judge/claims`): what the
 * judge compares of the article, slot by slot. A claim depends on the article alone but for the
 * event it is about and the numbers of its facts, which the grouping of a run gives; so they are
 * made once, kept with the article's analysis, and tied to each run's events by `bindClaims`.
 */
export interface ClaimMaterial {
  /** How many facts the article has: its facts are numbered F1… in their order, in the article alone. */
  facts: number;
  /**
   * The claims of its facts, then its records, then its loose values: as made (`Candidate`s of
   * lib/judge/claims), or, where a store keeps them, as JSON text (`lib/judge/claims/kept.ts`
   * writes and reads it, numbers such as Infinity included). Never changed once made.
   */
  claims: readonly object[] | string;
  /** How many claims of its facts come first. */
  own: number;
  /** How many record claims come after them; the rest are loose. */
  records: number;
}

/**
 * What the later stages read of one article besides its document and facts, made with its
 * analysis and kept with it, so that a run that reads thousands of articles from an index (`check`)
 * or a cache makes none of it again: its claims and its bag of terms.
 */
export interface ArticleMaterial {
  /**
   * The code version (`codeVersion`) of the crosscheck that made it, set when a store keeps it.
   * Material of other code (an index older than the tool) is made again, never read.
   */
  code?: string;
  /** Its claims. */
  claims: ClaimMaterial;
  /** Its bag of terms (`documentTerms` in `lib/cluster/terms.ts`): each term and its weight, in the bag's order. */
  terms: Array<[string, number]>;
}

/**
 * One article's analysis as a store keeps it: the document, the fact drafts and the material made
 * with them (`pipeline.analyseArticle`), or the problem that refused the article. Plain JSON data.
 * An entry of an older crosscheck has no material: the stages make it.
 */
export type StoredResult = { doc: Document; facts: Fact[]; material?: ArticleMaterial } | InputProblem;

/** An article of an index: where it was read, the key of its analysis, and the keys it is found by. */
export interface IndexedArticle {
  /** The path as given when it was indexed. */
  path: string;
  /** The key of its analysis: a hash of its text, metadata, publication date, chrome, code and lexicons. */
  key: string;
  /** Blocking keys ("date:2024-05-16", "person:jane doe", "place:tokyo", "term:earthquake"). */
  blocks: string[];
  /**
   * The article's id as loaded (a front matter's or a JSON object's `id`), which reports show;
   * absent, the file name without its extension. Added for `check --against <index>`.
   */
  id?: string;
  /**
   * The distinct terms of its bag of words (`lib/cluster/terms.ts`), sorted: what the event
   * grouping counts in how many articles each term occurs. Absent for an article refused at
   * analysis, and for one indexed before terms were kept (it then counts in no statistics).
   * Given to `putArticles`; `articles()` leaves it out.
   */
  terms?: string[];
}

/**
 * Document frequencies over an index's articles: how many articles hold a term bag, and in how
 * many of them each asked term occurs (a term in none is absent). They let the grouping of a few
 * articles weigh terms as the grouping of the whole corpus does.
 */
export interface TermCounts {
  /** Indexed articles with a term bag (each path once). */
  articles: number;
  /** Term → number of those articles whose bag holds it; only terms asked for, only those > 0. */
  df: Map<string, number>;
  /** Indexed articles that were analysed (they have blocks) but have no term bag: indexed by an older crosscheck. */
  termless: number;
}

/**
 * Where per-article analyses persist between runs (issue 18): an unchanged article is never
 * analysed twice. One interface, two homes: files in a folder (the default, no server) and a
 * PostgreSQL server (`--store postgres://…`). Every method may be called by two processes at
 * once; a write is whole or absent, never half seen. An entry that fails its checksum or does
 * not parse is reported missing (and so rebuilt), never returned.
 */
export interface FactStore {
  /** Where it lives, for messages: a folder, or the server URL without its password. */
  readonly location: string;
  /** The stored analyses of those keys that are present and intact. */
  getResults(keys: readonly string[]): Promise<Map<string, StoredResult>>;
  /** Stores analyses; a key already present is left as it is (same key, same analysis). */
  putResults(entries: readonly { key: string; result: StoredResult }[]): Promise<void>;
  /** Adds or replaces (by path) articles of the index, each whole: path, key, blocks in order, and `id` when given. */
  putArticles(rows: readonly IndexedArticle[]): Promise<void>;
  /**
   * Every article of the index, in path order, without its `terms` (hundreds an article: what is
   * asked of them is their sum, {@link termCounts}).
   */
  articles(): Promise<IndexedArticle[]>;
  /**
   * Keys of the indexed articles sharing at least one of `blocks`, at most `limit` (`Infinity`:
   * all; 0 or less: none). Ranked by the number of distinct blocks of `blocks` a key shares, most
   * first, then by key (code-unit order). A key is one analysis, so it is one candidate however
   * many paths carry it; the blocks of all its paths are pooled (a block counts once, whichever
   * path carries it). A block asked twice counts once.
   */
  candidates(blocks: readonly string[], limit: number): Promise<string[]>;
  /**
   * {@link TermCounts} of `terms` over the indexed articles with a term bag, leaving out those at
   * the paths of `except` (older versions of articles the caller brings anew). Computed from the
   * articles as they are stored, so a replaced article counts with its new terms only, whatever
   * writers ran at once.
   */
  termCounts(terms: readonly string[], except?: readonly string[]): Promise<TermCounts>;
  /** Releases files and connections. */
  close(): Promise<void>;
}
