/**
 * Converts the AQUAINT TimeML documents (../shared/dev/aquaint/*.tml) into the project's time gold
 * format (see data/gold/GUIDELINES.md): data/gold/aquaint/time.jsonl, one line per document with
 * the creation date as `published` and every TIMEX3 of `<TEXT>` with offsets into the plain text
 * that scripts/lib/aquaint.ts derives (tags removed, entities decoded).
 *
 *   node --import tsx scripts/convert-aquaint.ts
 *
 * Values and mods are copied as the annotators wrote them; nothing is corrected.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './eval-common.ts';
import { readAquaint } from './lib/aquaint.ts';

const docs = readAquaint();
if (docs.length === 0) {
  console.error('convert-aquaint: ../shared/dev/aquaint/ is absent or empty; nothing written');
  process.exit(2);
}
const lines = docs.map((d) =>
  JSON.stringify({
    article: d.id,
    source: 'aquaint',
    published: d.dct,
    publishedWhy: 'dct',
    times: d.times.map((t) => ({ text: t.text, start: t.start, end: t.end, type: t.type, value: t.value, ...(t.mod ? { mod: t.mod } : {}) })),
  }),
);
writeFileSync(join(ROOT, 'data', 'gold', 'aquaint', 'time.jsonl'), `${lines.join('\n')}\n`);
console.log(`convert-aquaint: ${docs.length} documents, ${docs.reduce((n, d) => n + d.times.length, 0)} TIMEX3`);
