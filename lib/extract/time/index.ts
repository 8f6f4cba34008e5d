/**
 * The time-expression extractor and normalizer.
 *
 * Stages: parsers (one concern per file) read matches into readings → the engine turns them into
 * body offsets and keeps the longest of overlaps → refiners join weekday+date, date+time, parts,
 * ranges and prepositions → each reading is resolved against the publication date, the clause's
 * tense or an earlier date of the article → TimeFacts with their date chains.
 */
export { extractTimes, type ExtractTimesInput } from './extract.ts';
export { weekdayMismatches, type WeekdayMismatch } from './mismatch.ts';
export { inferPublished, type InferredPublished } from './published.ts';
