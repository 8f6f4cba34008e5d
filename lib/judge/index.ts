/** Judging: aligned slots → findings. (Thin for now: the events issue grows it.) */
import type { CrossEvent, Document, Fact, Finding } from '../types.ts';

/** Judges the facts of all documents; one file per slot kind will join here. */
export function judge(_docs: readonly Document[], _facts: readonly Fact[], _events: readonly CrossEvent[]): Finding[] {
  return [];
}
