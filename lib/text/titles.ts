/**
 * The word lists of the person extractor, read once from `data/lexicon/titles.txt` and
 * `data/lexicon/given-names.txt`. Data stays out of the code; see the head of each file for its
 * sections and sources.
 */
import { dataLines } from './words.ts';
import { maxOf } from '../util/lists.ts';

/** The sections of `titles.txt`. */
export interface Titles {
  /** Role phrases, lowercase, words joined by one space ("foreign minister", "secretary of state"). */
  roles: ReadonlySet<string>;
  /** The most words a role phrase has. */
  maxRoleWords: number;
  /** The last words of role and relational phrases ("minister" of "foreign minister"), for a quick test. */
  roleEnds: ReadonlySet<string>;
  /** Words and phrases kept before a role head ("foreign", "policy", "deputy"). */
  modifiers: ReadonlySet<string>;
  /** Words left out of a role ("new", "newly appointed"). */
  drops: ReadonlySet<string>;
  /** Modifiers that change who holds a role ("former", "acting"). */
  ranks: ReadonlySet<string>;
  /** Roles "the Peruvian leader" may stand for. */
  leaders: ReadonlySet<string>;
  /** Nouns before a name that show a person but are no role ("counterpart"). */
  relational: ReadonlySet<string>;
  /** Courtesy titles, lowercase without the period ("mr", "dr"). */
  honorifics: ReadonlySet<string>;
  /** Abbreviated titles with their period, lowercase → role ("gen." → "general"). */
  abbreviations: ReadonlyMap<string, string>;
  /** Word spellings → canonical spelling ("defence" → "defense"). */
  spellings: ReadonlyMap<string, string>;
  /** Whole roles → canonical role ("ceo" → "chief executive"). */
  aliases: ReadonlyMap<string, string>;
  /** Nouns that make an apposition describe a person ("expert", "analyst"). */
  apposition: ReadonlySet<string>;
}

/** The non-comment lines of a lexicon file. */
function lines(file: string): string[] {
  return dataLines(`lexicon/${file}`);
}

/** `titles.txt`, split into its `[section]`s. */
function readTitles(): Titles {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines('titles.txt')) {
    const head = /^\[([a-z]+)\]$/.exec(line);
    if (head) {
      current = sections.get(head[1]) ?? [];
      sections.set(head[1], current);
      continue;
    }
    if (!current) throw new Error(`data/lexicon/titles.txt: "${line}" stands before any [section]`);
    current.push(line.toLowerCase().replace(/\s+/g, ' '));
  }
  const set = (name: string) => new Set(sections.get(name) ?? []);
  const map = (name: string) => {
    const out = new Map<string, string>();
    for (const entry of sections.get(name) ?? []) {
      const [from, to] = entry.split(/\s*=\s*/);
      if (!from || !to) throw new Error(`data/lexicon/titles.txt [${name}]: "${entry}" should read "variant = canonical"`);
      out.set(from, to);
    }
    return out;
  };
  const roles = set('role');
  return {
    roles,
    maxRoleWords: maxOf([...roles].map((r) => r.split(' ').length)),
    roleEnds: new Set([...roles, ...set('relational')].map((r) => r.split(' ').pop()!)),
    modifiers: set('modifier'),
    drops: set('drop'),
    ranks: set('rank'),
    leaders: set('leader'),
    relational: set('relational'),
    honorifics: set('honorific'),
    abbreviations: map('abbreviation'),
    spellings: map('spelling'),
    aliases: map('alias'),
    apposition: set('apposition'),
  };
}

let titles: Titles | null = null;
let given: ReadonlySet<string> | null = null;

/** The title lexicon, read on first use. */
export function titleLexicon(): Titles {
  return (titles ??= readTitles());
}

/** Given names as written ("Regina"), read on first use. */
export function givenNames(): ReadonlySet<string> {
  return (given ??= new Set(lines('given-names.txt')));
}
