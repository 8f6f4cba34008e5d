/**
 * The ECB+ dev corpus beside the project (`../shared/dev/ecbplus/`): its labels and each topic's
 * article files, read the one way the evaluation scripts analyse a topic (files sorted by name).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The corpus folder. */
export const ECB = join(import.meta.dirname, '..', '..', '..', 'shared', 'dev', 'ecbplus');

/** One article of labels.tsv: its file id, its event and its topic. */
export interface Labelled {
  file: string;
  event: string;
  topic: number;
}

/** The articles of labels.tsv, in file order (blank lines skipped). */
export function ecbLabels(): Labelled[] {
  return readFileSync(join(ECB, 'labels.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'))
    .map((l) => ({ file: l[0], event: l[3], topic: Number(l[2]) }));
}

/** The topics of the corpus, in number order. */
export function ecbTopics(labels: readonly Labelled[] = ecbLabels()): number[] {
  return [...new Set(labels.map((l) => l.topic))].sort((a, b) => a - b);
}

/** The article files of one topic, sorted: what each evaluation analyses as one corpus. */
export function topicFiles(topic: number, labels: readonly Labelled[] = ecbLabels()): string[] {
  return labels.filter((l) => l.topic === topic).map((l) => join(ECB, 'articles', `${l.file}.txt`)).sort();
}
