/**
 * Writing a file the tool produces (a report for `--output`, the review file) so that a reader sees
 * the old content or the new, never half of either, and so that what the path *is* survives the
 * write: a symbolic link stays a link (its target is written), a file keeps its mode, and a device
 * or a pipe (`/dev/null`, a FIFO) is written in place rather than replaced by a regular file.
 */
import { closeSync, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, readdirSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, accessSync, constants, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * What marks a temporary file of ours: `.<name>.crosscheck-tmp.<pid>.<random>` beside the file
 * written. The pid says whose it is, so a later write can remove the ones a killed process left.
 */
export const TEMP_MARK = '.crosscheck-tmp.';

/** Most links followed before a path counts as a loop (the limit Linux itself uses). */
const MAX_LINKS = 40;

/**
 * The path a write to `path` really changes: symbolic links followed to their target, also a
 * dangling one (`report.json -> out/report.json` with no `out/report.json` yet writes that file).
 * A path that does not exist is returned resolved, with its folder's links followed when it has one.
 * Throws an Error naming `path` on a loop of links.
 */
export function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch (err) {
    if (code(err) === 'ELOOP') throw new Error(`${path}: is a loop of symbolic links`);
    if (code(err) !== 'ENOENT' && code(err) !== 'ENOTDIR') throw err;
  }
  let p = resolve(path);
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let st: Stats;
    try {
      st = lstatSync(p);
    } catch {
      // Nothing there yet: the file is created in its folder as the folder really is.
      try {
        return join(realpathSync(dirname(p)), basename(p));
      } catch {
        return p;
      }
    }
    if (!st.isSymbolicLink()) return p;
    p = resolve(dirname(p), readlinkSync(p));
  }
  throw new Error(`${path}: is a loop of symbolic links`);
}

/**
 * Why `path` cannot be written, or null when it can: checked before a long run, so that a missing
 * folder or a folder given as the file is said at once and not after the analysis. The reason is
 * a phrase to follow the user's path ("the folder 'out' does not exist").
 */
export function unwritableReason(path: string): string | null {
  let target: string;
  try {
    target = realTarget(path);
  } catch (err) {
    return (err as Error).message.replace(`${path}: `, '');
  }
  const st = statOrNull(target);
  if (st?.isDirectory()) return 'is a folder; name a file (in it or elsewhere)';
  if (st && !st.isFile()) return canWrite(target) ? null : 'cannot be written (permission denied)';
  const dir = dirname(target);
  const folder = statOrNull(dir);
  if (!folder) return `the folder '${dirname(path)}' does not exist; create it first`;
  if (!folder.isDirectory()) return `'${dirname(path)}' is not a folder`;
  if (st && !canWrite(target)) return 'is read-only (permission denied)';
  // A regular file is replaced by a rename, which needs the folder to be writable, not only the file.
  if (!canWrite(dir)) return `cannot be written: the folder '${dirname(path)}' is not writable (permission denied)`;
  return null;
}

/**
 * Writes `content` to `path`. A regular file (or a new one) is written atomically: to a temporary
 * file beside it (same folder, so the rename never crosses file systems), flushed, given the old
 * file's mode (and owner, where allowed), then renamed over it. A symbolic link is followed and its
 * target written; a device or a pipe is written in place; a folder is refused. Temporary files that
 * a killed process left beside the file are removed first. Errors name `path`, not the temporary file.
 */
export function writeFileAtomic(path: string, content: string): void {
  const target = realTarget(path);
  const st = statOrNull(target);
  if (st?.isDirectory()) throw new Error(`${path}: is a folder; name a file`);
  if (st && !st.isFile()) {
    // "/dev/null", a FIFO: a rename would put a regular file in place of the device.
    attempt(path, () => writeFileSync(target, content));
    return;
  }
  const dir = dirname(target);
  removeOrphans(dir, basename(target));
  const tmp = join(dir, `.${basename(target)}${TEMP_MARK}${process.pid}.${randomBytes(6).toString('hex')}`);
  const fd = attempt(path, () => openSync(tmp, 'wx', st ? st.mode & 0o7777 : 0o666));
  try {
    if (st) {
      // openSync's mode passes through the umask; the old file's mode is set as it was (0600 stays 0600).
      fchmodSync(fd, st.mode & 0o7777);
      try {
        fchownSync(fd, st.uid, st.gid);
      } catch {
        // Only root may give a file away; anyone else's rewrite becomes theirs, as with any editor.
      }
    }
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
  } catch (err) {
    closeQuietly(fd);
    unlinkQuietly(tmp);
    throw failure(path, err);
  }
  try {
    renameSync(tmp, target);
  } catch (err) {
    unlinkQuietly(tmp);
    throw failure(path, err);
  }
}

/**
 * Removes `.<name>.crosscheck-tmp.<pid>.*` files beside `name` whose process is gone (killed during
 * a write). A file of a live process, or of this one, is left: it may be a write in progress.
 */
export function removeOrphans(dir: string, name: string): string[] {
  const prefix = `.${name}${TEMP_MARK}`;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    // ".report.json.crosscheck-tmp.4242.a1b2c3" → pid 4242
    const pid = Number(entry.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
    if (unlinkQuietly(join(dir, entry))) removed.push(entry);
  }
  return removed.sort();
}

/** Whether a process with this id runs (on this machine): signal 0 tests without sending. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return code(err) === 'EPERM';
  }
}

function attempt<T>(path: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw failure(path, err);
  }
}

/** An fs error restated for the user's path: "out/report.json: cannot be written (no space left on the device)". */
function failure(path: string, err: unknown): Error {
  // not a word list: errno codes of node:fs
  const why: Record<string, string> = {
    ENOENT: 'its folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
    EDQUOT: 'over the disk quota',
  };
  const c = code(err);
  return new Error(`${path}: cannot be written (${(c && why[c]) ?? (err as Error)?.message ?? String(err)})`);
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

function unlinkQuietly(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}

function code(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException)?.code;
}
