/**
 * The evaluation scripts and the benchmark read ../shared beside the project, which a clone does
 * not have: without it they say so in one line and exit 2, never with a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { ROOT } from '../helpers.ts';

describe('scripts: without ../shared', function () {
  this.timeout(60000);

  it('the benchmark pointed at a missing folder exits 2 with one line and no stack trace', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench.ts'), '--copies', '1', '--dir', '/no/such/shared/articles'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).to.equal(2);
    expect(r.stderr).to.match(/^bench: \/no\/such\/shared\/articles not found; this script reads the evaluation data in \.\.\/shared beside the project .*nothing was run\n$/);
    expect(r.stderr).not.to.match(/^\s+at /m);
  });

  it('every script that reads ../shared checks for it first', () => {
    // A script reads ../shared when it names the folder or uses the ECB+ helpers; same-output
    // compares what it finds and says what it skips, so it needs no check.
    const scripts = readdirSync(join(ROOT, 'scripts')).filter((f) => f.endsWith('.ts') && f !== 'same-output.ts' && f !== 'eval-common.ts');
    const unguarded = scripts.filter((f) => {
      const text = readFileSync(join(ROOT, 'scripts', f), 'utf8');
      const reads = /'shared'|\.\/lib\/ecbplus\.ts|runPipeline\(/.test(text);
      return reads && !/needShared\('/.test(text);
    });
    expect(unguarded).to.deep.equal([]);
  });
});
