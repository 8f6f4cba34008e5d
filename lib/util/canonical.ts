/**
 * Names of articles made from their contents, so that no stage can see a file name (issue 17).
 *
 * Every tie-break of the stages (which article's fact leads a finding, which article seeds a
 * group, which pair is met first) compares article ids. With file names as ids, renaming
 * `a.txt` to `z.txt` reordered those ties and could change verdicts. The pipeline therefore
 * analyses the articles under internal names made from a hash of their text, in the order of
 * those names, and puts the real ids back only in the finished report.
 */
import type { Article } from '../types.ts';
import { fingerprint } from './hash.ts';

/** Every internal name starts with this, then 16 hex digits of the text's hash. */
const MARK = '^';

/** An internal name inside a longer string (a message): the mark, the hash, a copy's number. */
const NAME_IN_TEXT = /\^[0-9a-f]{16}(?:\.\d+)?/g;

/** The articles under internal names, and the way back. */
export interface ContentNames {
  /** The articles renamed (id, path and file are the internal name), sorted by internal name. */
  articles: Article[];
  /** Internal name → the article as read. */
  real: ReadonlyMap<string, Article>;
}

/**
 * Renames the articles by content: `^` and 16 hex digits of the SHA-256 of the text. Articles with
 * the same text (copies) are told apart by their metadata, and only when that is the same too by
 * their ids; the second of them is `^<hash>.2`, and so on. The result is sorted by the new names,
 * so the order of the inputs and their file names no longer matter.
 */
export function nameByContent(articles: readonly Article[]): ContentNames {
  const keyed = articles.map((a) => ({ a, text: fingerprint([a.text], 16), meta: metadataKey(a) }));
  // Metadata and then the id only order copies of one text: the id is the last resort, for copies
  // identical in every respect, which are analysed alike whichever comes first.
  keyed.sort((x, y) => cmp(x.text, y.text) || cmp(x.meta, y.meta) || cmp(x.a.id, y.a.id));
  const real = new Map<string, Article>();
  const renamed: Article[] = [];
  let copy = 0;
  keyed.forEach((k, i) => {
    copy = i > 0 && keyed[i - 1].text === k.text ? copy + 1 : 1;
    const name = copy === 1 ? `${MARK}${k.text}` : `${MARK}${k.text}.${copy}`;
    real.set(name, k.a);
    renamed.push({ ...k.a, id: name, path: name, file: name });
  });
  return { articles: renamed, real };
}

/**
 * A copy of `value` (a report, or any part of one) with every internal name put back to the real
 * article id: in id fields and in the words of messages ("Reuters (^3f…)" → "Reuters (004_f06…)").
 * Object keys keep their order, so the bytes printed stay in the contract's order.
 */
export function showRealIds<T>(value: T, names: ContentNames): T {
  // "^<hash>.2" is the second copy of a text; when only "^<hash>" is a name, the ".2" is the
  // message's own (a full stop and a number right after the name) and stays.
  const id = (name: string): string => names.real.get(name)?.id ?? (names.real.get(name.slice(0, 17))?.id ?? name.slice(0, 17)) + name.slice(17);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.includes(MARK) ? v.replace(NAME_IN_TEXT, id) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = walk(x);
    return out;
  };
  return walk(value) as T;
}

/** Everything read with an article except its name: what tells two copies of one text apart. */
function metadataKey(a: Article): string {
  return JSON.stringify([a.format, a.published, a.publishedFrom, a.publishedWhy, a.outlet, a.title, a.url, a.preMasked]);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
