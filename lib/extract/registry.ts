/** The extractors a run uses by default, in the order they run. */
import type { Extractor } from './index.ts';

/** Every extractor, in order: later ones may use the facts of earlier ones. */
export const defaultExtractors: readonly Extractor[] = [];
