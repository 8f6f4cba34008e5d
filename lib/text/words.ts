/**
 * The one loader of language data: every word list, lexicon and table under `data/` that the text
 * layer, the cleaner, the segmenter and the extractors read comes through here.
 *
 * Files are read on first use, not at import, and kept: importing a module costs nothing, and a
 * run that never asks for a list never reads it. The word lists of `data/lexicon/words/` hold one
 * word or phrase a line, as written (case is kept: "January" is a name, "may" a modal); a line
 * starting with `#` is a comment and blank lines are skipped.
 */
import { readFileSync } from 'node:fs';

const DATA = new URL('../../data/', import.meta.url);

const texts = new Map<string, string>();

/** The text of `data/<path>` (such as `lexicon/events.json`), read once. */
export function dataText(path: string): string {
  let text = texts.get(path);
  if (text === undefined) {
    text = readFileSync(new URL(path, DATA), 'utf8');
    texts.set(path, text);
  }
  return text;
}

/** `data/<path>` parsed as JSON (parsed anew each call: callers compile it once and keep the result). */
export function dataJson<T>(path: string): T {
  return JSON.parse(dataText(path)) as T;
}

/** The trimmed lines of `data/<path>` that are neither blank nor `#` comments. */
export function dataLines(path: string): string[] {
  return dataText(path)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const tables = new Map<string, ReadonlyMap<string, string>>();

/**
 * The word table `data/lexicon/words/<name>.tsv`: one `word<TAB>value` a line ("spring\tSP",
 * "just over\tMORE_THAN"), in file order, as written (keys and values are trimmed; a key may hold
 * spaces, a value is the text after the first tab). A line starting with `#` is a comment and blank
 * lines are skipped. Values are strings: a caller wanting a number reads `Number(value)`. Throws,
 * naming the file and line, on a line with no tab or an empty key, and on a repeated key.
 */
export function wordTable(name: string): ReadonlyMap<string, string> {
  let table = tables.get(name);
  if (!table) {
    table = tableOf(dataText(`lexicon/words/${name}.tsv`), `data/lexicon/words/${name}.tsv`);
    tables.set(name, table);
  }
  return table;
}

/** The `word<TAB>value` lines of `text` as a map (see {@link wordTable}); `file` names it in errors. */
export function tableOf(text: string, file = 'table'): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const tab = raw.indexOf('\t');
    const key = tab < 0 ? '' : raw.slice(0, tab).trim();
    if (key === '') throw new Error(`${file}:${i + 1}: not a word<TAB>value line: ${JSON.stringify(raw)}`);
    if (out.has(key)) throw new Error(`${file}:${i + 1}: "${key}" repeated`);
    out.set(key, raw.slice(tab + 1).trim());
  });
  return out;
}

const lists = new Map<string, readonly string[]>();

/**
 * The word list `data/lexicon/words/<name>.txt`, in file order, as written. Throws when the file
 * is missing: a list named in code that has no file is a programmer error.
 */
export function wordList(name: string): readonly string[] {
  let list = lists.get(name);
  if (!list) {
    list = Object.freeze(dataLines(`lexicon/words/${name}.txt`));
    lists.set(name, list);
  }
  return list;
}

/**
 * A value made on first use and kept. Module-level lexicons are declared with it so that importing
 * a module reads no file: `const eventLexicon = lazy(() => compile(dataJson('lexicon/events.json')))`,
 * asked for as `eventLexicon().verbForms` — a plain call, cheap on the paths that run per token.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * A read-only set whose members are made on first use. It is a `ReadonlySet`, so code that tests
 * `DETERMINERS.has(w)` or spreads `[...PREPOSITIONS]` does not know the list comes from a file.
 */
export class LazySet<T = string> implements ReadonlySet<T> {
  private made: ReadonlySet<T> | null = null;

  /** `make` gives the members; it runs once, on the first question. */
  constructor(private readonly make: () => Iterable<T>) {}

  private get set(): ReadonlySet<T> {
    return (this.made ??= new Set(this.make()));
  }

  /** True when `value` is a member. */
  has(value: T): boolean {
    return this.set.has(value);
  }

  /** How many members. */
  get size(): number {
    return this.set.size;
  }

  /** Calls `fn` for each member, in order. */
  forEach(fn: (value: T, key: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    this.set.forEach((v) => fn.call(thisArg, v, v, this));
  }

  /** The members, in order. */
  values(): SetIterator<T> {
    return this.set.values() as SetIterator<T>;
  }

  /** The members, in order (a set's keys are its values). */
  keys(): SetIterator<T> {
    return this.set.keys() as SetIterator<T>;
  }

  /** `[member, member]` pairs, as for any set. */
  entries(): SetIterator<[T, T]> {
    return this.set.entries() as SetIterator<[T, T]>;
  }

  /** The members, in order. */
  [Symbol.iterator](): SetIterator<T> {
    return this.set[Symbol.iterator]() as SetIterator<T>;
  }
}

/**
 * The words of one or more lists of `data/lexicon/words/` as one set, read on first use:
 * `wordSet('articles', 'possessive-determiners')` is "the", "a", "an", "his", "her", ...
 */
export function wordSet(...names: string[]): ReadonlySet<string> {
  return new LazySet(() => names.flatMap((n) => wordList(n)));
}

/** The words of lists of `data/lexicon/words/`, lower-cased, as one set, read on first use. */
export function lowerWordSet(...names: string[]): ReadonlySet<string> {
  return new LazySet(() => names.flatMap((n) => wordList(n).map((w) => w.toLowerCase())));
}

/**
 * One `[section]` of a word list that holds several related lists ("saying-verbs" has `[speaker]`
 * and `[subject]`): the words from the section's head to the next head.
 */
export function wordSection(name: string, section: string): readonly string[] {
  const key = `${name}[${section}]`;
  let list = lists.get(key);
  if (!list) {
    const all = wordList(name);
    const at = all.indexOf(`[${section}]`);
    if (at < 0) throw new Error(`data/lexicon/words/${name}.txt has no [${section}] section`);
    const end = all.findIndex((w, i) => i > at && /^\[[a-z-]+\]$/.test(w));
    list = Object.freeze(all.slice(at + 1, end < 0 ? all.length : end));
    lists.set(key, list);
  }
  return list;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words of a list as a regex alternation, in file order, escaped: "Monday|Tuesday|...". File
 * order matters where one word is a prefix of another ("June" before "Jun"), so lists that feed an
 * alternation are written longest first. Spaces stay literal spaces.
 */
export function alternation(...names: string[]): string {
  return alternationOf(names.flatMap((n) => wordList(n)));
}

/** Words read from a file (a table's keys, a list's subset) as a regex alternation, in order, escaped. */
export function alternationOf(words: Iterable<string>): string {
  return [...words].map(escape).join('|');
}

/**
 * Like {@link alternation}, for lists of phrases inside patterns that allow a little space between
 * words: "more than" becomes `more\s{1,3}than` (bounded, so the pattern stays linear).
 */
export function phraseAlternation(...names: string[]): string {
  return phraseAlternationOf(names.flatMap((n) => wordList(n)));
}

/** Phrases read from a file (a table's keys) as in {@link phraseAlternation}, in order. */
export function phraseAlternationOf(phrases: Iterable<string>): string {
  return [...phrases].map((w) => w.split(' ').map(escape).join('\\s{1,3}')).join('|');
}
