#!/usr/bin/env node
// Runs the JavaScript that `npm run build` compiles into dist/ (`npm ci` builds it): compiling the
// TypeScript at every start, as tsx does, cost over a second of CPU before anything happened.
// When dist/ is missing, or older than a source in lib/ (after an edit or a pull), the sources run
// through tsx instead, with a note, so that a stale build is never run in place of the code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli.js', import.meta.url);

/** Why dist/ cannot be run, or null when it is as new as every source in lib/. */
function staleness() {
  if (!existsSync(built)) return 'there is no build (dist/cli.js)';
  const builtAt = statSync(built).mtimeMs;
  const lib = fileURLToPath(new URL('../lib', import.meta.url));
  // A copy without lib/ (only dist/) has nothing newer to run.
  if (!existsSync(lib)) return null;
  const folders = [lib];
  while (folders.length > 0) {
    const folder = folders.pop();
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) folders.push(path);
      else if (entry.name.endsWith('.ts') && statSync(path).mtimeMs > builtAt) return `lib/ has changed since the build (${path.slice(lib.length + 1)})`;
    }
  }
  return null;
}

const stale = staleness();
let main;
if (stale === null) {
  ({ main } = await import(built.href));
} else {
  process.stderr.write(`crosscheck: note: ${stale}; running the TypeScript sources through tsx, which starts slower. 'npm run build' compiles them.\n`);
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../lib/cli.ts'));
}
await main(process.argv.slice(2));
