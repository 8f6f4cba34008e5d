import { expect } from 'chai';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, MAX_FILE_BYTES, readText } from '../../lib/load/read.ts';
import { tempTree } from '../helpers.ts';

describe('load/read: what cannot be an article is refused with a reason', () => {
  const bad: [string, Uint8Array, string, RegExp][] = [
    ['empty file', new Uint8Array(0), 'input/empty', /empty/],
    ['only white space', Buffer.from(' \n\t\n'), 'input/empty', /no text/],
    ['a NUL byte', Buffer.from('abc\u0000def'), 'input/binary', /binary/],
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'input/binary', /binary/],
    ['many control bytes', Buffer.from('a\u0001b\u0002c\u0003d\u0004'.repeat(10)), 'input/binary', /binary/],
    ['Latin-1 bytes', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'input/encoding', /not valid UTF-8.*offset 3/],
    ['a truncated UTF-8 sequence', Buffer.from([0x61, 0x62, 0xe2, 0x80]), 'input/encoding', /offset 2/],
    ['UTF-16 without a BOM', Buffer.from('Ships collided.', 'utf16le'), 'input/encoding', /looks like UTF-16 text without a byte-order mark/],
    ['UTF-16 with a BOM and an odd byte', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ships', 'utf16le'), Buffer.from([0x41])]), 'input/encoding', /UTF-16 \(little-endian\).*odd number of bytes/],
    ['UTF-16 with a BOM and a lone surrogate', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]), 'input/encoding', /not valid UTF-16/],
    ['UTF-16 with a BOM holding a NUL', Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00, 0x00]), 'input/binary', /binary.*UTF-16 \(big-endian\)/],
  ];
  for (const [name, bytes, rule, reason] of bad) {
    it(`refuses ${name}`, () => {
      const r = decodeText('x.txt', bytes);
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(r.problem.rule).to.equal(rule);
        expect(r.problem.path).to.equal('x.txt');
        expect(r.problem.reason).to.match(reason);
      }
    });
  }

  const good: [string, Uint8Array, string][] = [
    ['plain ASCII', Buffer.from('A short article.'), 'A short article.'],
    ['UTF-8 with a BOM (dropped)', Buffer.from('\uFEFFCafé opens.'), 'Café opens.'],
    ['curly quotes and a tab', Buffer.from('“Yes,”\the said.'), '“Yes,”\the said.'],
    // "Unicode" as Windows Notepad saves it: little-endian with a BOM, which is not part of the text.
    ['UTF-16 little-endian with a BOM', Buffer.from('\uFEFFCafé opens “today”.', 'utf16le'), 'Café opens “today”.'],
    ['UTF-16 big-endian with a BOM', Buffer.from('\uFEFFCafé opens.', 'utf16le').swap16(), 'Café opens.'],
  ];
  for (const [name, bytes, text] of good) {
    it(`reads ${name}`, () => {
      const r = decodeText('x.txt', bytes);
      expect(r).to.deep.equal({ ok: true, text });
    });
  }

  it('refuses a missing file and a file over the size limit, naming each', () => {
    const t = tempTree({ 'ok.txt': 'fine' });
    try {
      const missing = readText(join(t.dir, 'nope.txt'));
      expect(missing.ok).to.equal(false);
      if (!missing.ok) expect(missing.problem.rule).to.equal('input/missing');
      const huge = join(t.dir, 'huge.txt');
      writeFileSync(huge, 'x');
      truncateSync(huge, MAX_FILE_BYTES + 1);
      const big = readText(huge);
      expect(big.ok).to.equal(false);
      if (!big.ok) {
        expect(big.problem.rule).to.equal('input/too-large');
        expect(big.problem.reason).to.match(/over the 8 MiB limit/);
      }
    } finally {
      t.cleanup();
    }
  });
});
