/**
 * A reader that closes the pipe early ("crosscheck facts … | head -c 10") ends the run quietly:
 * no stack trace of a write to a closed pipe, and the run's own exit code.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.ts';

describe('cli: a closed output pipe', function () {
  this.timeout(60000);
  it('"facts --format json | head -c 10" ends with exit 0 and no EPIPE trace', () => {
    const bin = join(ROOT, 'bin', 'crosscheck.js');
    // the shell's own pipe, as a user types it; PIPESTATUS gives crosscheck's exit code
    const script = `"${process.execPath}" "${bin}" facts data/seeds --manifest data/seeds/manifest.json --format json | head -c 10 > /dev/null; echo "exit \${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).to.not.match(/EPIPE|Unhandled 'error'/);
    expect(r.stdout.trim()).to.equal('exit 0');
  });
});
