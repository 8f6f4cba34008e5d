/**
 * Whether two claims of one event speak of the same thing (they are compared at all), and
 * whether a clash of two claims is about one statement (it can be called a conflict).
 */
import { vagueCount, type Candidate } from './claims/index.ts';
import { compatible, contextSimilarity, similarity, wordOverlap } from './compare.ts';

/** Contexts at least this similar make two vague numbers ("3 people") the same count. */
export const SAME_COUNT_CONTEXT = 0.5;

/**
 * Whether a clash of two claims of one event is about one statement: numbers in sentences alike
 * (half their bigrams shared: "sentenced to seven life terms" and "to four life terms" may be two
 * counts of one sentence hearing), quotations mostly the same words (one changed word in a long
 * quotation, not two excerpts of a speech).
 */
export function alignedClosely(a: Candidate, b: Candidate, memo: Map<string, number>): boolean {
  // The words right around the two numbers, not the whole sentence: "killed 10 people" and
  // "5 people were hurt" share a long sentence about one quake, not one count.
  if (a.attribute === 'number' || a.attribute === 'age' || a.attribute === 'duration') return nearSimilarity(a, b, memo) >= SAME_COUNT_CONTEXT;
  if (a.cmp.kind === 'quote' && b.cmp.kind === 'quote') return Math.min(a.cmp.words.length, b.cmp.words.length) >= 6 && wordOverlap(a.cmp.words, b.cmp.words) >= 0.8;
  return true;
}

/** Mean bigram similarity of the words just before and just after two claims. */
function nearSimilarity(a: Candidate, b: Candidate, memo: Map<string, number>): number {
  const side = (x: string, y: string): number => similarity(x, y, memo);
  const [al, ar] = a.sides ?? ['', ''];
  const [bl, br] = b.sides ?? ['', ''];
  return (side(al.slice(-30), bl.slice(-30)) + side(ar.slice(0, 30), br.slice(0, 30))) / 2;
}

/** Whether two claims of one event speak of the same thing. */
export function aligned(a: Candidate, b: Candidate, memo: Map<string, number>): boolean {
  if (a.attribute === 'number') return vagueCount(a) ? contextSimilarity(a, b, memo) >= SAME_COUNT_CONTEXT : a.type === b.type;
  if (a.attribute === 'quote') return compatible(a.cmp, b.cmp) !== null;
  // The date of an arrest of one person, not of anyone's arrest in the story.
  if (a.attribute === 'date' && a.who.length > 0 && b.who.length > 0) return a.who.some((w) => b.who.includes(w));
  return true;
}
