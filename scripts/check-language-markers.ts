/**
 * Checks the language shortcut of lib/load/language.ts (marker words, data/languages.json) against
 * the detector it skips: every text the marker words decide must be given the same language and
 * the same analysed/not-analysed by franc-min. Reads the ECB+ dev articles (when ../shared is
 * there), the seeds and the language fixtures of the specs.
 *
 *   node --import tsx scripts/check-language-markers.ts     # exit 1 on any disagreement
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../lib/load/language.ts';
import { ECB_ARTICLES } from './lib/shared.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dirs = [ECB_ARTICLES, join(ROOT, 'data', 'seeds'), join(ROOT, 'spec', 'fixtures', 'languages')].filter((d) => existsSync(d));
let texts = 0;
let marked = 0;
let disagree = 0;
let tMarked = 0;
let tDetector = 0;
for (const dir of dirs) {
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(txt|md)$/.test(name)) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    texts++;
    let t = performance.now();
    const fast = detectLanguage(text);
    tMarked += performance.now() - t;
    t = performance.now();
    const slow = detectLanguage(text, [], { markers: false });
    tDetector += performance.now() - t;
    if (fast.why === slow.why) continue;
    marked++;
    if (fast.code !== slow.code || fast.analysed !== slow.analysed) {
      disagree++;
      console.log(`${join(dir, name)}: markers say ${fast.code} (${fast.why}), the detector ${slow.code}, ${slow.analysed ? 'analysed' : 'not analysed'} (${slow.why})`);
    }
  }
}
console.log(`${texts} texts from ${dirs.length} folders; the marker words decided ${marked}, the detector would have decided ${disagree === 0 ? 'every one the same' : `${disagree} otherwise`}`);
console.log(`time: ${tMarked.toFixed(0)} ms with the marker words, ${tDetector.toFixed(0)} ms with the detector alone`);
process.exitCode = disagree === 0 ? 0 : 1;
