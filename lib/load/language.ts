/**
 * The language of an input, detected with franc-min (trigram profiles, offline), and whether
 * crosscheck analyses it. Which languages are analysed and how sure the detector must be are data
 * (`data/languages.json`), so that a language whose lexicons are added is one code more there.
 */
import { francAll } from 'franc-min';
import { dataJson, lazy } from '../text/words.ts';
import type { Language, Range } from '../types.ts';

/** `data/languages.json` as written. */
interface LanguageData {
  analysed: string[];
  keepWithin: number;
  minLetters: number;
  sampleChars: number;
}

const settings = lazy(() => {
  const d = dataJson<LanguageData>('languages.json');
  if (!Array.isArray(d.analysed) || d.analysed.length === 0 || !(d.keepWithin > 0 && d.keepWithin <= 1) || !(d.minLetters >= 0) || !(d.sampleChars > 0)) {
    throw new Error('data/languages.json: expected {"analysed": ["eng"], "keepWithin": 0.8, "minLetters": 20, "sampleChars": 6000}');
  }
  return { ...d, analysed: new Set(d.analysed) };
});

/** English names of language codes ("por" → "Portuguese"), from the runtime's ICU data. */
const names = lazy(() => new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' }));

/**
 * The language of `text` (its `preMasked` ranges, front matter, left out) and whether it is
 * analysed. Text too short to tell is taken as analysed: a one-line English headline must not be
 * dropped because a detector guessed.
 */
export function detectLanguage(text: string, preMasked: readonly Range[] = []): Language {
  const s = settings();
  const sample = withoutRanges(text, preMasked).slice(0, s.sampleChars);
  const letters = countLetters(sample);
  const first = [...s.analysed][0];
  if (letters < s.minLetters) return { code: 'und', name: 'undetermined', analysed: true, why: `${letters} letters, too few to tell` };
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
