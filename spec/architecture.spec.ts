/**
 * The shape of lib/, checked on every run: imports follow the pipeline's order, no module takes
 * part in an import cycle, extractors import only the text layer, the types and their runner, and
 * no word list is written in code outside the text layer's loader (language knowledge lives in
 * data/, read through one loader).
 *
 * Read with the TypeScript compiler's own parser, so that comments and strings never pass for
 * imports or lists.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const LIB = resolve(import.meta.dirname, '..', 'lib');

/**
 * The layers of lib/, lowest first: a module may import from its own layer or a lower one. The
 * order is the pipeline's (load → clean → segment → extract → mentions → cluster → judge →
 * report), with what every stage shares below it (types, utilities, the calendar, the text layer).
 * `segment` sits below `clean` because cleaning asks where sentences would break. `store` (where
 * analyses persist, issue 18) sits above the pipeline whose results it keeps, below what reports.
 */
export const LAYERS: ReadonlyArray<readonly string[]> = [
  ['types.ts', 'util'],
  ['calendar'],
  ['text', 'normalize'],
  ['load'],
  ['segment'],
  ['clean'],
  ['extract'],
  ['mentions'],
  ['cluster'],
  ['judge'],
  ['pipeline.ts'],
  ['workers'],
  ['gate.ts', 'report', 'review', 'store'],
  ['server'],
  ['cli.ts'],
];

/** Modules allowed to hold word lists: the text layer's loader. */
const WORD_LIST_HOMES = new Set(['text/words.ts']);

/** Lists of at least this many words written in code count as a word list. */
const MIN_WORDS = 5;

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** lib-relative path → parsed source. */
const sources = new Map(tsFiles(LIB).map((f) => [relative(LIB, f).split('\\').join('/'), ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true)]));

/** The lib-relative modules one module imports (static, re-exports, dynamic `import()`), type-only imports included. */
function importsOf(path: string, file: ts.SourceFile): string[] {
  const out: string[] = [];
  const add = (spec: string): void => {
    if (!spec.startsWith('.')) return;
    const target = relative(LIB, resolve(dirname(join(LIB, path)), spec)).split('\\').join('/');
    if (target.endsWith('.ts') && !target.startsWith('..')) out.push(target);
  };
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) add(n.moduleSpecifier.text);
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) add(n.arguments[0].text);
    ts.forEachChild(n, visit);
  };
  visit(file);
  return out;
}

const graph = new Map([...sources].map(([p, f]) => [p, importsOf(p, f)]));

/** The layer of a module: the index in LAYERS of its top folder (or file); -1 when unlisted. */
function layerOf(path: string): number {
  const top = path.split('/')[0];
  return LAYERS.findIndex((l) => l.includes(top));
}

/** Strongly connected components of more than one module (or a module importing itself). */
function cycles(g: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  // Iterative Tarjan: no recursion depth to run out of, whatever the graph.
  for (const root of [...g.keys()].sort()) {
    if (index.has(root)) continue;
    const work: Array<[string, number]> = [[root, 0]];
    while (work.length > 0) {
      const top = work[work.length - 1];
      const [v, i] = top;
      if (i === 0) {
        index.set(v, counter);
        low.set(v, counter++);
        stack.push(v);
        on.add(v);
      }
      const next = (g.get(v) ?? [])[i];
      if (next !== undefined) {
        top[1]++;
        if (!g.has(next)) continue;
        if (!index.has(next)) work.push([next, 0]);
        else if (on.has(next)) low.set(v, Math.min(low.get(v)!, index.get(next)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          on.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1 || (g.get(v) ?? []).includes(v)) out.push(comp.sort());
      }
    }
  }
  return out;
}

/**
 * A string that reads as a word or short phrase of prose ("the", "according to", "Mr."); not a
 * code identifier written in CamelCase ("ISOFormatParser").
 */
const WORDISH = /^(?!.*\p{Ll}\p{Lu})[\p{L}][\p{L}'’. -]{0,40}$/u;

/**
 * A list of code's own vocabulary (HTML tag names, column headers, the kinds of a type) is no
 * language knowledge: a comment holding this marker on the line above says so, with the reason,
 * where a reviewer sees it.
 */
const NOT_A_WORD_LIST = 'not a word list:';

/** The branches of every alternation group in a regex source that are plain words ("Monday", "times?"). */
function wordAlternations(source: string): string[][] {
  const out: string[][] = [];
  // Innermost groups first: a group's text without nested parentheses.
  for (const m of source.matchAll(/\((?:\?:|\?<\w+>)?([^()]*)\)/g)) {
    const branches = m[1].split('|');
    const words = branches.filter((b) => /^[\p{L}][\p{L}'’ -]*\??$/u.test(b.replace(/\\s\+?|\\ /g, ' ')));
    if (branches.length >= MIN_WORDS && words.length >= MIN_WORDS) out.push(words);
  }
  // A whole pattern that is one alternation: /^(?:a|b|c|d|e)$/ is caught above; /a|b|c|d|e/ here.
  const top = source.replace(/^\^|\$$/g, '');
  if (!/[()]/.test(top)) {
    const branches = top.split('|');
    if (branches.length >= MIN_WORDS && branches.every((b) => /^(?:\\b)?[\p{L}][\p{L}'’ -]*\??(?:\\b)?$/u.test(b))) out.push(branches);
  }
  return out;
}

/** Word lists written in one module: arrays or sets of words, split strings, regex alternations. */
function wordLists(file: ts.SourceFile): Array<{ line: number; words: string[] }> {
  const out: Array<{ line: number; words: string[] }> = [];
  const at = (n: ts.Node): number => file.getLineAndCharacterOfPosition(n.getStart(file)).line + 1;
  const lines = file.text.split('\n');
  const marked = (n: ts.Node): boolean => {
    const line = at(n) - 1;
    return [line - 1, line].some((i) => i >= 0 && (lines[i] ?? '').includes(NOT_A_WORD_LIST));
  };
  const visit = (n: ts.Node): void => {
    if (marked(n)) return;
    if (ts.isArrayLiteralExpression(n)) {
      const words = n.elements.filter((e): e is ts.StringLiteral => ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)).map((e) => e.text);
      if (words.length >= MIN_WORDS && words.length === n.elements.length && words.every((w) => WORDISH.test(w))) out.push({ line: at(n), words });
    }
    // { spring: 'SP', summer: 'SU', ... }: a table from words to values, every value a literal.
    // An object typed by a named interface is a value of that type (settings), not a table:
    // `const CLAUSE: TokenScheme = { name: ..., letters: ... }`; a `Record<...>` is a table.
    const declared = n.parent !== undefined && ts.isVariableDeclaration(n.parent) && n.parent.type !== undefined && ts.isTypeReferenceNode(n.parent.type) && !/^(?:Record|Readonly)$/.test(n.parent.type.typeName.getText(file));
    if (ts.isObjectLiteralExpression(n) && n.properties.length >= MIN_WORDS && !declared) {
      const keys: string[] = [];
      for (const p of n.properties) {
        if (!ts.isPropertyAssignment(p)) break;
        const literal = (e: ts.Expression): boolean =>
          ts.isStringLiteral(e) || ts.isNumericLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword ||
          (ts.isArrayLiteralExpression(e) && e.elements.every((x) => ts.isStringLiteral(x) || ts.isNumericLiteral(x))) ||
          (ts.isPrefixUnaryExpression(e) && ts.isNumericLiteral(e.operand));
        if (!literal(p.initializer)) break;
        const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : null;
        if (key === null) break;
        keys.push(key);
      }
      if (keys.length === n.properties.length && keys.every((k) => WORDISH.test(k))) out.push({ line: at(n), words: keys });
    }
    // 'a b c d e'.split(' ')
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'split') {
      const target = n.expression.expression;
      if (ts.isStringLiteral(target) || ts.isNoSubstitutionTemplateLiteral(target)) {
        const words = target.text.split(/[\s,|]+/).filter(Boolean);
        if (words.length >= MIN_WORDS && words.every((w) => WORDISH.test(w))) out.push({ line: at(n), words });
      }
    }
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = (n as ts.LiteralExpression).text;
      const source = text.slice(1, text.lastIndexOf('/'));
      for (const words of wordAlternations(source)) out.push({ line: at(n), words });
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return out;
}

describe('architecture of lib/', () => {
  it('places every module in a layer', () => {
    const unplaced = [...sources.keys()].filter((p) => layerOf(p) < 0);
    expect(unplaced, 'modules whose top folder is in no layer of LAYERS').to.deep.equal([]);
  });

  it('imports only from the same layer or a lower one (pipeline order)', () => {
    const against: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) if (layerOf(to) > layerOf(from)) against.push(`${from} → ${to}`);
    }
    expect(against, 'imports against the pipeline order').to.deep.equal([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph), 'modules that import each other, directly or through others').to.deep.equal([]);
  });

  it('lets an extractor import only the text layer, the types, utilities, the calendar and its runner', () => {
    const allowed = (to: string, own: string): boolean =>
      to.startsWith(`extract/${own}/`) || /^extract\/[^/]+\.ts$/.test(to) || ['text', 'util', 'calendar', 'normalize'].includes(to.split('/')[0]) || to === 'types.ts';
    const against: string[] = [];
    for (const [from, targets] of graph) {
      const m = /^extract\/([^/]+)\//.exec(from);
      if (!m) continue;
      for (const to of targets) if (!allowed(to, m[1])) against.push(`${from} → ${to}`);
    }
    expect(against, 'extractor imports beyond the text layer, the types and the runner').to.deep.equal([]);
  });

  it(`writes no word list of ${MIN_WORDS} or more words in code outside the text layer's loader`, () => {
    const found: string[] = [];
    for (const [path, file] of sources) {
      if (WORD_LIST_HOMES.has(path)) continue;
      for (const l of wordLists(file)) found.push(`${path}:${l.line} ${l.words.slice(0, 6).join(' ')}${l.words.length > 6 ? ' …' : ''} (${l.words.length})`);
    }
    expect(found, 'word lists to move into data/ and read through the loader').to.deep.equal([]);
  });
});

describe('architecture checks themselves', () => {
  const parse = (code: string): ts.SourceFile => ts.createSourceFile('x.ts', code, ts.ScriptTarget.ES2022, true);

  const listRows: Array<[string, string, number]> = [
    ['an array of words', "const D = ['the', 'a', 'an', 'this', 'that'];", 1],
    ['a set of words', "const S = new Set(['said', 'told', 'added', 'stated', 'noted']);", 1],
    ['a split string', "const W = 'monday tuesday wednesday thursday friday'.split(' ');", 1],
    ['a regex alternation', 'const R = /\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday)\\b/;', 1],
    ['words with an optional plural', 'const V = /^(?:times?|things?|ways?|men|women)$/;', 1],
    ['four words: no list', "const F = ['the', 'a', 'an', 'this'];", 0],
    ['format names with dots and digits: no list', "const X = ['a.json', 'b2', 'c.md', 'd.txt', 'e.html'];", 0],
    ['a regex of symbols: no list', 'const P = /^(?:\\d+|[.,]|\\s+|-|:)$/;', 0],
    ['numbers: no list', 'const N = [1, 2, 3, 4, 5];', 0],
    ['a table from words to values', "const T = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };", 1],
    ['an object of computed values: no list', 'const O = { id, verdict: v, rule: r.id, slot: first.slot, message: m };', 0],
    ['settings typed by an interface: no list', "const S: Scheme = { name: 'clause', letters: 'L', joiners: '-', numbers: false, marks: 'all' };", 0],
    ['four words to values: no list', "const T = { spring: 'SP', summer: 'SU', autumn: 'FA', winter: 'WI' };", 0],
    ['class names: no list', "const C = ['ISOFormatParser', 'ENTimeParser', 'SlashDateParser', 'ENCasualParser', 'ENWeekdayParser'];", 0],
    ['a marked code vocabulary: no list', "// not a word list: HTML tag names\nconst T = ['script', 'style', 'template', 'iframe', 'object'];", 0],
    ['an unmarked one counts', "// tag names\nconst T = ['script', 'style', 'template', 'iframe', 'object'];", 1],
  ];
  for (const [what, code, n] of listRows) {
    it(`counts ${n} word list in ${what}`, () => expect(wordLists(parse(code))).to.have.length(n));
  }

  it('finds a cycle of three modules and none in a chain', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).to.deep.equal([['a', 'b', 'c']]);
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).to.deep.equal([]);
  });

  it('ranks the pipeline stages in order', () => {
    const order = ['types.ts', 'calendar/days.ts', 'text/words.ts', 'load/index.ts', 'segment/index.ts', 'clean/index.ts', 'extract/index.ts', 'mentions/index.ts', 'cluster/index.ts', 'judge/index.ts', 'pipeline.ts', 'report/json.ts', 'server/index.ts', 'cli.ts'];
    const ranks = order.map(layerOf);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).to.equal(order.length);
  });
});
