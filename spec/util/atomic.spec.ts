/** Writing a file in place of another: links, modes, devices, folders and leftovers of killed writes. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { TEMP_MARK, unwritableReason, writeFileAtomic } from '../../lib/util/atomic.ts';
import { tempTree } from '../helpers.ts';

describe('util/atomic: writeFileAtomic and unwritableReason', () => {
  let tree: ReturnType<typeof tempTree>;
  beforeEach(() => {
    tree = tempTree({ 'old.json': 'old\n' });
  });
  afterEach(() => tree.cleanup());

  it('writes a new file and leaves no temporary file', () => {
    const p = join(tree.dir, 'new.json');
    writeFileAtomic(p, 'new\n');
    expect(readFileSync(p, 'utf8')).to.equal('new\n');
    expect(readdirSync(tree.dir).sort()).to.deep.equal(['new.json', 'old.json']);
  });

  it('writes through a symbolic link to its target, and the link stays a link', () => {
    const link = join(tree.dir, 'latest.json');
    symlinkSync('old.json', link);
    writeFileAtomic(link, 'new\n');
    expect(lstatSync(link).isSymbolicLink()).to.equal(true);
    expect(readFileSync(join(tree.dir, 'old.json'), 'utf8')).to.equal('new\n');
  });

  it('writes the target of a dangling link', () => {
    mkdirSync(join(tree.dir, 'out'));
    const link = join(tree.dir, 'latest.json');
    symlinkSync(join('out', 'report.json'), link);
    writeFileAtomic(link, 'new\n');
    expect(lstatSync(link).isSymbolicLink()).to.equal(true);
    expect(readFileSync(join(tree.dir, 'out', 'report.json'), 'utf8')).to.equal('new\n');
  });

  it('keeps the mode of the file it replaces (0600 stays 0600)', () => {
    const p = join(tree.dir, 'secret.json');
    writeFileSync(p, 'old\n', { mode: 0o600 });
    writeFileAtomic(p, 'new\n');
    expect(statSync(p).mode & 0o777).to.equal(0o600);
    expect(readFileSync(p, 'utf8')).to.equal('new\n');
  });

  it('writes a pipe in place, and /dev/null counts as writable', async () => {
    expect(unwritableReason('/dev/null')).to.equal(null);
    // A FIFO stands for any non-regular file (a device such as /dev/null): a temporary file renamed
    // over it would replace it with a regular file. Its reader copies what arrives to a file.
    const fifo = join(tree.dir, 'pipe');
    const got = join(tree.dir, 'got.txt');
    expect(spawnSync('mkfifo', [fifo]).status).to.equal(0);
    const reader = spawn('sh', ['-c', 'cat "$0" > "$1"', fifo, got]);
    const done = new Promise((r) => reader.on('exit', r));
    writeFileAtomic(fifo, 'through the pipe\n');
    await done;
    expect(statSync(fifo).isFIFO()).to.equal(true);
    expect(readFileSync(got, 'utf8')).to.equal('through the pipe\n');
  });

  it('refuses a folder, naming the path and not a temporary file', () => {
    expect(unwritableReason(tree.dir)).to.match(/^is a folder/);
    expect(() => writeFileAtomic(tree.dir, 'x')).to.throw(`${tree.dir}: is a folder`);
  });

  it('says when the folder is missing, before and at the write', () => {
    const p = join(tree.dir, 'no-such-folder', 'report.json');
    expect(unwritableReason(p)).to.equal(`the folder '${join(tree.dir, 'no-such-folder')}' does not exist; create it first`);
    let message = '';
    try {
      writeFileAtomic(p, 'x');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).to.equal(`${p}: cannot be written (its folder does not exist)`);
    expect(message).not.to.include(TEMP_MARK);
  });

  it('says when a part of the path is a file, not a folder', () => {
    expect(unwritableReason(join(tree.dir, 'old.json', 'report.json'))).to.match(/is not a folder/);
  });

  it('removes temporary files a killed process left, and keeps those of a live one', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const orphan = `.r.json${TEMP_MARK}${dead}.a1b2c3`;
    const live = `.r.json${TEMP_MARK}${process.pid}.d4e5f6`;
    const other = `.other.json${TEMP_MARK}${dead}.a1b2c3`;
    for (const name of [orphan, live, other]) writeFileSync(join(tree.dir, name), 'half');
    writeFileAtomic(join(tree.dir, 'r.json'), 'whole\n');
    expect(existsSync(join(tree.dir, orphan))).to.equal(false);
    expect(existsSync(join(tree.dir, live))).to.equal(true);
    // Only the leftovers of the file written are its business.
    expect(existsSync(join(tree.dir, other))).to.equal(true);
  });
});
