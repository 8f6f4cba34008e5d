/**
 * The yardstick of issue 18: one bare pass, on one core, of what any reader of news text would
 * run anyway — wink-nlp's sentences, tokens, parts of speech and entities, and chrono-node's date
 * parse — over every `.txt` file of a folder. `npm run bench` runs it beside a cold `report` on the
 * same files and prints the ratio of the two times.
 *
 *   node --import tsx scripts/bare-pass.ts DIR     prints {seconds, files, sentences, tokens, entities, dates}
 *
 * `seconds` runs from this module's first line (wink-nlp, its model and chrono are loaded after
 * it, so their loading counts, as it does in a cold `report`) to the end of the pass; Node's own
 * start and tsx's are left out.
 */
const started = performance.now();

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Model } from 'wink-nlp';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node --import tsx scripts/bare-pass.ts DIR\n');
  process.exit(2);
}

// Required here, not imported above: static imports would load before the clock starts.
const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
const model = require('wink-eng-lite-web-model') as Model;
const chrono = require('chrono-node') as typeof import('chrono-node');

const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;
// A fixed reference day, so that the pass does the same work on every run.
const reference = new Date(Date.UTC(2020, 0, 1));
const totals = { files: 0, sentences: 0, tokens: 0, entities: 0, dates: 0 };
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, name), 'utf8');
  const doc = nlp.readDoc(text);
  totals.files++;
  totals.sentences += doc.sentences().length();
  totals.tokens += (doc.tokens().out(its.pos) as string[]).length;
  totals.entities += doc.entities().out(its.detail).length;
  totals.dates += chrono.parse(text, reference).length;
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ seconds: +seconds.toFixed(2), ...totals })}\n`);
