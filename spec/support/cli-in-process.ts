/**
 * The CLI run inside the spec process: `main(args)` of lib/cli.ts with stdout and stderr captured,
 * the working directory and exit code of the run, and no terminal, as `cli()` of spec/helpers.ts
 * runs it in a child process. A child costs a Node start and a compile of lib/ through tsx (about
 * a second each, more on a busy machine); a spec that runs the CLI a dozen times to walk a
 * workflow (check → review → check) gets the same bytes and exit codes this way in a fraction of
 * the time. Specs about the process itself (exit codes reaching the shell, `--help`, a terminal)
 * keep spawning with `cli()`.
 */
import { main } from '../../lib/cli.ts';
import { type CliRun, ROOT } from '../helpers.ts';

let busy = false;

/**
 * Runs `crosscheck ...args` in this process with `cwd` as the working directory, as `cli()` would
 * in a child: NO_COLOR set, stdout and stderr not terminals (so no colour, no progress bar, and
 * the default table width), the exit code read from `process.exitCode`. Everything borrowed is
 * put back afterwards, even when the run throws. One run at a time.
 */
export async function cliInProcess(args: string[], cwd: string = ROOT): Promise<CliRun> {
  if (busy) throw new Error('cliInProcess: one run at a time; await the previous one (it borrows process.stdout, the working directory and the exit code)');
  busy = true;
  let stdout = '';
  let stderr = '';
  const restore: (() => void)[] = [];
  const dir = process.cwd();
  // process.exitCode cannot be redefined, only set: it is saved, cleared for the run, and set back.
  const exitCode = process.exitCode;
  let status: number;
  try {
    restore.push(
      borrow(process.stdout, 'write', writer((s) => (stdout += s))),
      borrow(process.stderr, 'write', writer((s) => (stderr += s))),
      // A child with piped stdio sees no terminal: no colour, no progress bar, yargs' and the table's default widths.
      borrow(process.stdout, 'isTTY', false),
      borrow(process.stderr, 'isTTY', false),
      borrow(process.stdout, 'columns', undefined),
      borrow(process.env, 'NO_COLOR', '1'),
    );
    process.exitCode = undefined;
    process.chdir(cwd);
    await main(args);
    status = Number(process.exitCode ?? 0);
  } finally {
    process.exitCode = exitCode;
    process.chdir(dir);
    for (const undo of restore.reverse()) undo();
    busy = false;
  }
  return { status, stdout, stderr };
}

/** A stream `write` that appends to a string and reports success, as a pipe that never fills. */
function writer(append: (s: string) => void): typeof process.stdout.write {
  return ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof process.stdout.write;
}

/** Sets `target[key]` as an own property and returns how to put back what was there (or nothing). */
function borrow(target: object, key: string, value: unknown): () => void {
  const before = Object.getOwnPropertyDescriptor(target, key);
  if (target === process.env) {
    // process.env turns every value into a string: `undefined` would become "undefined".
    if (value === undefined) delete process.env[key];
    else process.env[key] = String(value);
  } else Object.defineProperty(target, key, { value, configurable: true, writable: true, enumerable: true });
  return () => {
    if (target === process.env && before) process.env[key] = before.value as string;
    else if (before) Object.defineProperty(target, key, before);
    else delete (target as Record<string, unknown>)[key];
  };
}
