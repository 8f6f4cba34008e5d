/**
 * The language of an input, detected with franc-min (trigram profiles, offline), and whether
 * crosscheck analyses it. Which languages are analysed and how sure the detector must be are data
 * (`data/languages.json`), so that a language whose lexicons are added is one code more there.
 */
import { francAll } from 'franc-min';
import { dataJson, lazy, wordSet } from '../text/words.ts';
import type { Language, Range } from '../types.ts';

/** `data/languages.json` as written. */
interface LanguageData {
  analysed: string[];
  keepWithin: number;
  minLetters: number;
  sampleChars: number;
  /** Analysed language → the word list (data/lexicon/words) of its marker words. */
  markers: Record<string, string>;
  markerShare: number;
  markerMinWords: number;
}

const settings = lazy(() => {
  const d = dataJson<LanguageData>('languages.json');
  const markersOk = Array.isArray(d.analysed) && typeof d.markers === 'object' && d.markers !== null && Object.keys(d.markers).every((code) => d.analysed.includes(code));
  if (!Array.isArray(d.analysed) || d.analysed.length === 0 || !(d.keepWithin > 0 && d.keepWithin <= 1) || !(d.minLetters >= 0) || !(d.sampleChars > 0) || !markersOk || !(d.markerShare > 0 && d.markerShare <= 1) || !(d.markerMinWords > 0)) {
    throw new Error('data/languages.json: expected {"analysed": ["eng"], "keepWithin": 0.8, "minLetters": 20, "sampleChars": 6000, "markers": {"eng": "english-markers"}, "markerShare": 0.1, "markerMinWords": 50}');
  }
  const markers = Object.entries(d.markers).map(([code, list]) => ({ code, words: wordSet(list) }));
  return { ...d, analysed: new Set(d.analysed), markers };
});

/** English names of language codes ("por" → "Portuguese"), from the runtime's ICU data. */
const names = lazy(() => new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' }));

/**
 * The language of `text` (its `preMasked` ranges, front matter, left out) and whether it is
 * analysed. Text too short to tell is taken as analysed: a one-line English headline must not be
 * dropped because a detector guessed. `markers: false` asks the detector even where the marker
 * words would decide ({@link markedLanguage}), for checking that they decide as it does.
 */
export function detectLanguage(text: string, preMasked: readonly Range[] = [], options: { markers?: boolean } = {}): Language {
  const s = settings();
  const sample = withoutRanges(text, preMasked).slice(0, s.sampleChars);
  const letters = countLetters(sample);
  const first = [...s.analysed][0];
  if (letters < s.minLetters) return { code: 'und', name: 'undetermined', analysed: true, why: `${letters} letters, too few to tell` };
  const marked = options.markers === false ? null : markedLanguage(sample, s.markers, s.markerShare, s.markerMinWords);
  if (marked !== null) return marked;
  const ranked = francAll(sample, { minLength: s.minLetters });
  const [best, bestScore] = ranked[0];
  if (best === 'und') return { code: 'und', name: 'undetermined', analysed: true, why: 'the detector could not tell' };
  if (s.analysed.has(best)) return { code: best, name: nameOf(best), analysed: true, why: 'ranked first' };
  // "Lindqvist, Okonkwo and Marquez sign Geneva accord" ranks German first, English close behind.
  const close = ranked.find(([code, score]) => s.analysed.has(code) && score >= s.keepWithin * bestScore);
  if (close) return { code: close[0], name: nameOf(close[0]), analysed: true, why: `${close[1].toFixed(2)} of the best score (${nameOf(best)})` };
  const kept = ranked.find(([code]) => code === first);
  const score = kept ? kept[1].toFixed(2) : '0';
  return { code: best, name: nameOf(best), analysed: false, why: `${nameOf(first)} scores ${score} of the best` };
}

/** Runs of letters: the words of a sample, for {@link markedLanguage}. */
const LETTER_RUNS = /\p{L}+/gu;

/**
 * The analysed language whose marker words ("the", "of", "said": data/lexicon/words) make up at
 * least `share` of a sample of at least `minWords` words, or null. A shortcut past the detector,
 * which compares every text with 82 trigram profiles (about 1 ms an article, an eighth of a cold
 * run): a news article in English is a tenth or more of such words ("the" alone is one word in
 * sixteen), a text in another language none of them; anything short or in between goes to the
 * detector as before.
 */
function markedLanguage(sample: string, markers: readonly { code: string; words: ReadonlySet<string> }[], share: number, minWords: number): Language | null {
  if (markers.length === 0) return null;
  const counts = new Array<number>(markers.length).fill(0);
  let words = 0;
  for (const m of sample.matchAll(LETTER_RUNS)) {
    words++;
    const w = m[0].toLowerCase();
    markers.forEach((k, i) => {
      if (k.words.has(w)) counts[i]++;
    });
  }
  if (words < minWords) return null;
  const i = counts.findIndex((n) => n >= share * words);
  if (i < 0) return null;
  const { code } = markers[i];
  return { code, name: nameOf(code), analysed: true, why: `${counts[i]} of its ${words} words are common ${nameOf(code)} words` };
}

/** The names of the analysed languages, for messages ("English"). */
export function analysedLanguages(): string[] {
  return [...settings().analysed].map(nameOf);
}

function nameOf(code: string): string {
  try {
    return names().of(code) ?? code;
  } catch {
    return code;
  }
}

function withoutRanges(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start > at) parts.push(text.slice(at, r.start));
    at = Math.max(at, r.end);
  }
  parts.push(text.slice(at));
  return parts.join(' ');
}

function countLetters(text: string): number {
  // "\p{L}" counts letters of every script: Cyrillic and Turkish pages count as fully as English.
  // The letters are kept in one string and counted by code point (a letter outside the BMP is two
  // code units, one letter), rather than one match object a letter (a fifth of a gigabyte of
  // garbage over the 772 dev articles).
  const letters = text.replace(NOT_LETTERS, '');
  let n = 0;
  for (let i = 0; i < letters.length; i++) if ((letters.charCodeAt(i) & 0xfc00) !== 0xdc00) n++;
  return n;
}

/** Runs of anything but letters. */
const NOT_LETTERS = /\P{L}+/gu;
