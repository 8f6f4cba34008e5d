/**
 * Reading one input file into text, or saying plainly why it cannot be an article.
 *
 * Every check here answers with an {@link InputProblem} rather than throwing, so that one bad file
 * never stops the others from being reported.
 */
import { readFileSync, statSync } from 'node:fs';
import type { InputProblem } from '../types.ts';

/** Largest input file read, in bytes (8 MiB): far above any news article, small enough to refuse a dump. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** The text of a file, or the problem that kept it from being read. */
export type ReadResult = { ok: true; text: string } | { ok: false; problem: InputProblem };

/** Builds a problem; `rule` names the check that failed. */
export function problem(path: string, rule: string, reason: string): InputProblem {
  return { path, rule, reason };
}

/**
 * Reads a file as UTF-8 (or BOM-marked UTF-16) text, refusing what cannot be an article: missing, a folder, over
 * {@link MAX_FILE_BYTES}, empty or only white space, binary (a NUL byte or many control bytes),
 * or not valid UTF-8. A leading BOM is dropped, as the contract's offsets require.
 */
export function readText(path: string, maxBytes: number = MAX_FILE_BYTES): ReadResult {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return fail(path, 'input/not-a-file', 'is a folder where a file was expected');
    size = st.size;
  } catch (err) {
    return fail(path, 'input/missing', describeFsError(err));
  }
  if (size > maxBytes) {
    return fail(path, 'input/too-large', `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one input file`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return fail(path, 'input/unreadable', describeFsError(err));
  }
  return decodeText(path, bytes);
}

/**
 * Decodes bytes already read (exported for JSON articles and specs): UTF-8, or UTF-16 when the
 * bytes start with its byte-order mark (Windows editors save "Unicode" text so).
 */
export function decodeText(path: string, bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return fail(path, 'input/empty', 'is empty (0 bytes)');
  const utf16 = utf16ByBom(bytes);
  if (utf16) return decodeUtf16(path, bytes, utf16);
  if (looksBinary(bytes)) {
    if (looksUtf16(bytes)) return fail(path, 'input/encoding', 'looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a BOM)');
    return fail(path, 'input/binary', 'is a binary file, not text');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fail(path, 'input/encoding', `is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`);
  }
  // "\uFEFF" at the start is a BOM, not text: offsets are counted without it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail(path, 'input/empty', 'has no text (only white space)');
  return { ok: true, text };
}

/** The UTF-16 byte order its BOM announces: FF FE is little-endian, FE FF big-endian; else null. */
function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 text after its BOM; offsets are into the decoded text, as for UTF-8 without its BOM. */
function decodeUtf16(path: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): ReadResult {
  const name = encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)';
  if (bytes.length % 2 !== 0) return fail(path, 'input/encoding', `starts with a ${name} byte-order mark but has an odd number of bytes; save it as UTF-8`);
  let text: string;
  try {
    // ignoreBOM: keep "\uFEFF" in the result, so that it is dropped below exactly once.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail(path, 'input/encoding', `starts with a ${name} byte-order mark but is not valid ${name}; save it as UTF-8`);
  }
  text = text.slice(1);
  // A NUL is no text character in any encoding: a file with one is binary after all.
  if (text.includes('\u0000')) return fail(path, 'input/binary', `is a binary file, not text (read as ${name})`);
  if (text.trim() === '') return fail(path, 'input/empty', 'has no text (only white space)');
  return { ok: true, text };
}

/**
 * UTF-16 without a BOM: English text in it has a NUL in every other byte, the same parity each
 * time. Binary formats have NULs too, but not that regularly (at least 90% of the pairs of the
 * first 8 KiB, all on one side).
 */
function looksUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.floor(Math.min(bytes.length, 8192) / 2);
  if (pairs < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    const a = bytes[2 * i];
    const b = bytes[2 * i + 1];
    if (a === 0 && b !== 0) even++;
    else if (b === 0 && a !== 0) odd++;
  }
  return Math.max(even, odd) >= pairs * 0.9;
}

function fail(path: string, rule: string, reason: string): ReadResult {
  return { ok: false, problem: problem(path, rule, reason) };
}

/**
 * A NUL byte never occurs in text; other C0 control bytes (but tab, line feed, form feed and
 * carriage return) are rare, so more than 1% of them in the first 8 KiB means binary.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return control > n / 100;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const dec = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefixes would be wrong (a prefix may cut a sequence); walk sequences instead.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      dec.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder where a file was expected';
  return `cannot be read (${code ?? String(err)})`;
}

/** "8 MiB", "312 KiB": sizes for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} bytes`;
}
