/**
 * No stage may use the call stack in proportion to its input: an argument spread of a list the
 * input makes ("push(...facts)", "Math.max(...days)") passes every element as an argument and
 * throws "Maximum call stack size exceeded" past about 100,000 of them; a function that calls
 * itself once per nested element or per item does the same on a deep enough input. Both abort the
 * whole run, so they are refused in lib/ outright; an exception needs a reason why its size is
 * bounded whatever the input.
 *
 * Read with the TypeScript compiler's own parser, so that comments and strings never count.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const LIB = resolve(import.meta.dirname, '..', '..', 'lib');

/**
 * Argument spreads whose list is bounded by the code, not the input: `file:line-text` (the
 * spread's own text) → why it is safe.
 */
const BOUNDED_SPREADS: ReadonlyMap<string, string> = new Map([]);

/**
 * Functions that call themselves with a depth bounded by the code, not the input:
 * `file:name` → why.
 */
const BOUNDED_RECURSION: ReadonlyMap<string, string> = new Map([
  ['clean/index.ts:compileTest', "nests as deep as a rule of data/boilerplate.json's 'any', which the project writes"],
  ['extract/time/words.ts:isoDuration', 'converts a century, decade or fortnight once into years or days, which convert no further'],
  ['text/source.ts:phraseAfter', 'calls itself at most PHRASE_NESTING deep'],
  ['review/store.ts:sortKeys', 'walks the review file, which the tool writes three levels deep; a hand-made deeper one fails as a usage error'],
  ['extract/time/resolve.ts:resolve', "reads a two-digit year ('67) once more as the fixed year it names; a fixed reading does not call it again"],
  ['util/canonical.ts:walk', "walks the report the pipeline built, whose nesting its types fix (a few levels), not the input's"],
]);

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  // A list of folders to visit, not a recursive walk: the rule this spec checks, kept by it too.
  const todo = [dir];
  while (todo.length > 0) {
    const d = todo.pop()!;
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) todo.push(path);
      else if (name.endsWith('.ts')) out.push(path);
    }
  }
  return out.sort();
}

const files = tsFiles(LIB).map((f) => ({ path: relative(LIB, f).split('\\').join('/'), source: ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true) }));

/** Every node of a file, visited with a list instead of recursion. */
function nodes(source: ts.SourceFile): ts.Node[] {
  const out: ts.Node[] = [];
  const todo: ts.Node[] = [source];
  while (todo.length > 0) {
    const n = todo.pop()!;
    out.push(n);
    n.forEachChild((c) => {
      todo.push(c);
    });
  }
  return out;
}

/** The name a function is called by: its declaration's, or the variable's it is assigned to. */
function functionName(n: ts.Node): string | null {
  if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isFunctionExpression(n)) && n.name && ts.isIdentifier(n.name)) return n.name.text;
  if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) return n.parent.name.text;
  return null;
}

describe('safety: no stack use in proportion to the input in lib/', () => {
  it('has no argument spread into a call ("push(...xs)", "Math.max(...xs)")', () => {
    const found: string[] = [];
    for (const { path, source } of files) {
      for (const n of nodes(source)) {
        if (!ts.isSpreadElement(n)) continue;
        if (!ts.isCallExpression(n.parent) && !ts.isNewExpression(n.parent)) continue;
        const line = source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        const key = `${path}:${n.parent.getText().replace(/\s+/g, ' ').slice(0, 80)}`;
        if (!BOUNDED_SPREADS.has(key)) found.push(`${path}:${line}: ${key.slice(path.length + 1)}`);
      }
    }
    expect(found, `argument spreads overflow the stack on a long list; use a loop (or add it to BOUNDED_SPREADS with a reason):\n${found.join('\n')}`).to.deep.equal([]);
  });

  it('has no function that calls itself (recursion as deep as the input)', () => {
    const found: string[] = [];
    for (const { path, source } of files) {
      for (const n of nodes(source)) {
        const name = functionName(n);
        if (name === null) continue;
        const body = (n as ts.FunctionLikeDeclaration).body;
        if (!body) continue;
        const calls = nodes(body as unknown as ts.SourceFile).some((c) => ts.isCallExpression(c) && ts.isIdentifier(c.expression) && c.expression.text === name);
        if (calls && !BOUNDED_RECURSION.has(`${path}:${name}`)) found.push(`${path}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${name}`);
      }
    }
    expect(found, `recursion overflows the stack on a deep input; use an explicit stack (or add it to BOUNDED_RECURSION with a reason):\n${found.join('\n')}`).to.deep.equal([]);
  });

  it('the checks can fail: they find a spread and a recursion written for the purpose', () => {
    const probe = ts.createSourceFile('probe.ts', 'const a = []; a.push(...b); function walk(n) { walk(n.child); }', ts.ScriptTarget.ES2022, true);
    const all = nodes(probe);
    expect(all.some((n) => ts.isSpreadElement(n) && ts.isCallExpression(n.parent))).to.equal(true);
    expect(all.some((n) => functionName(n) === 'walk')).to.equal(true);
  });
});
