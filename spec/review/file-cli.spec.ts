/**
 * A review file that cannot be read whole stops a run before the analysis (exit 2, the file and the
 * reason named) and is left as it is, rather than silently read in part.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { tempTree } from '../helpers.ts';
import { cliInProcess } from '../support/cli-in-process.ts';

const DECISION = '{"decision": "not-a-conflict", "at": "2026-01-01T00:00:00Z", "evidence": "e", "articles": ["a"]}';

describe('review file through the CLI', function () {
  this.timeout(60000);
  let tree: ReturnType<typeof tempTree>;
  beforeEach(() => {
    tree = tempTree({ 'articles/a.txt': 'Two ships collided off the coast on Friday, the coast guard said.\n' });
  });
  afterEach(() => tree.cleanup());

  const cases: [string, string, RegExp][] = [
    ['two "decisions" objects', `{"version": 1, "decisions": {"f1": ${DECISION}}, "decisions": {}}`, /the key "decisions" is written twice at the top level; a JSON reader keeps only the last, so merge them into one/],
    ['a newer version', '{"version": 3, "decisions": {}}', /"version" is 3 \(written by a newer crosscheck\?\); this crosscheck reads version 1/],
  ];
  for (const [name, text, reason] of cases) {
    for (const command of [['report', 'articles'], ['review', 'articles', '--decide', 'f1', '--as', 'not-a-conflict']]) {
      it(`${command[0]}: ${name} is exit 2 naming the file and the reason, and the file stays as it was`, async () => {
        const p = join(tree.dir, 'crosscheck.review.json');
        writeFileSync(p, text);
        const r = await cliInProcess([...command, '--published', '2024-05-17'], tree.dir);
        expect(r.status).to.equal(2);
        expect(r.stdout).to.equal('');
        expect(r.stderr).to.include(`${p}: not a crosscheck review file: `).and.match(reason);
        expect(readFileSync(p, 'utf8')).to.equal(text);
      });
    }
  }
});
