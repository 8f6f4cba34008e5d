/**
 * The person extractor: people with their roles, one fact per mention.
 *
 * Parsers find names by general means (a title or role before the name, a courtesy title, an
 * apposition, a verb of saying, a given name, a family name the article reuses alone); the engine
 * joins the forms of a name into one person named by its longest form, finds every further mention
 * (short forms, headlines, "the Peruvian leader" where the article makes it unambiguous), and turns
 * word indexes into offsets. Headlines only echo people named in the body: their title case hides
 * which capitalised words are names.
 *
 * Fact fields: `value` is the canonical full name ("Anna Novak" for "Mr Novak"), `role` the
 * role written at that mention in canonical form ("defense minister" for "newly appointed defence
 * minister"), or null; the span covers the name only (not "Mr", not the title), or the role noun
 * ("Peruvian leader"). A nationality read with a role is used to join role nouns, and not output.
 */
import type { Document, Fact, PersonFact } from '../../types.ts';
import type { Draft, Extractor } from '../index.ts';
import { gazetteer } from '../../text/gazetteer.ts';
import { ageParser } from './age.ts';
import { appositionParser } from './apposition.ts';
import { attributionParser } from './attribution.ts';
import type { Found, PersonContext, PersonParser } from './context.ts';
import { givenNameParser } from './given-name.ts';
import { honorificParser } from './honorific.ts';
import { nicknameParser } from './nickname.ts';
import { joinPeople, type Form } from './identity.ts';
import { givenNames, titleLexicon } from '../../text/titles.ts';
import { findMentions, type Mention } from './mentions.ts';
import { isNameWord, isRoleWord, nameText } from './name.ts';
import { recurringParser } from './recurring.ts';
import { findRoleNouns } from './role-noun.ts';
import { titleParser } from './title.ts';
import { isKnownWord, joined, sentenceWords } from '../../text/name-words.ts';

/** The parsers, strongest evidence first: where two find the same name, the first one's role stands. */
export const personParsers: readonly PersonParser[] = [
  nicknameParser,
  titleParser,
  appositionParser,
  honorificParser,
  attributionParser,
  givenNameParser,
  ageParser,
  recurringParser,
];

/** A person found in a sentence: the sentence's context and the find. */
interface Located {
  ctx: PersonContext;
  found: Found;
}

/** Counts, per capitalised word, how often the article uses it alone: not joined to another capitalised word but a title. */
function countAlone(contexts: readonly PersonContext[]): Map<string, number> {
  const alone = new Map<string, number>();
  for (const ctx of contexts) {
    if (ctx.sentence.heading) continue;
    const ws = ctx.words;
    ws.forEach((w, i) => {
      if (!isNameWord(ctx, w)) return;
      const prev = ws[i - 1];
      const next = ws[i + 1];
      if (prev && joined(prev, w) && prev.cap && !isRoleWord(ctx, prev) && !prev.initial) return;
      if (next && joined(w, next) && next.cap) return;
      alone.set(w.base, (alone.get(w.base) ?? 0) + 1);
    });
  }
  return alone;
}

/** Every person mention of a document, as drafts, in text order. */
export function findPeople(doc: Document): Draft<PersonFact>[] {
  const titles = titleLexicon();
  const given = givenNames();
  const gaz = gazetteer();
  const base = doc.sentences.map((sentence, i) => ({
    doc,
    sentence,
    words: sentenceWords(doc, i),
    titles,
    given,
    gaz,
    alone: new Map<string, number>(),
  }));
  const alone = countAlone(base);
  const contexts: PersonContext[] = base.map((c) => ({ ...c, alone }));

  // Pass 1: names the body gives evidence for. The first find of a span wins; a later find of the
  // same span lends its role when the first had none.
  const found: Located[] = [];
  const taken = new Map<PersonContext, Array<[number, number]>>();
  for (const ctx of contexts) {
    if (ctx.sentence.heading) continue;
    const here: Found[] = [];
    // Which find holds each word, so that overlaps are seen without comparing every pair.
    const owner: Array<Found | undefined> = new Array(ctx.words.length);
    for (const parser of personParsers) {
      for (const f of parser.find(ctx)) {
        const same = owner[f.first];
        if (same && same.first === f.first && same.last === f.last) {
          same.role ??= f.role;
          same.nationality ??= f.nationality;
          same.relation ??= f.relation;
          continue;
        }
        let free = true;
        for (let k = f.first; k <= f.last && free; k++) free = owner[k] === undefined;
        if (!free) continue;
        for (let k = f.first; k <= f.last; k++) owner[k] = f;
        here.push(f);
      }
    }
    here.sort((a, b) => a.first - b.first);
    for (const f of here) found.push({ ctx, found: f });
    taken.set(ctx, here.map((f) => [f.first, f.last]));
  }

  const forms: Form[] = found.map(({ ctx, found: f }) => ({
    words: nameText(ctx.words, f.first, f.last, f.skip).split(' '),
    role: f.role,
    nationality: f.nationality,
    relation: f.relation ?? null,
  }));
  // A first word stands for the name alone when it is no given name or ordinary word, and the article
  // uses it alone but never the last word: "Li Wei ... Li", not "Oscar Maximillian ... an Oscar".
  const familyFirst = (ws: readonly string[]) =>
    !given.has(ws[0]) && !isKnownWord(ws[0]) && (alone.get(ws[0]) ?? 0) > 0 && (alone.get(ws[ws.length - 1]) ?? 0) === 0;
  const people = joinPeople(forms, familyFirst);

  // Pass 2: every further mention of those people, then role nouns that stand for one of them.
  const mentions: Array<{ ctx: PersonContext; m: Mention }> = found.map(({ ctx, found: f }) => {
    const key = nameText(ctx.words, f.first, f.last, f.skip);
    return { ctx, m: { ...f, value: people.of(key)?.name ?? key } };
  });
  for (const ctx of contexts) {
    const own = taken.get(ctx) ?? [];
    const more = findMentions(ctx, people, own);
    const all: Array<[number, number]> = [...own, ...more.map((m): [number, number] => [m.first, m.last])];
    const nouns = ctx.sentence.heading ? [] : findRoleNouns(ctx, people, all);
    for (const m of [...more, ...nouns]) mentions.push({ ctx, m });
  }

  const drafts = mentions.map(({ ctx, m }) => toDraft(doc, ctx, m));
  return drafts.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The draft of one mention: the engine's offsets from the parser's word indexes. */
function toDraft(doc: Document, ctx: PersonContext, m: Mention): Draft<PersonFact> {
  const start = ctx.words[m.first].start;
  const end = ctx.words[m.last].baseEnd;
  return {
    kind: 'person',
    article: doc.article.id,
    start,
    end,
    text: doc.article.text.slice(start, end),
    sentence: ctx.sentence.index,
    extractor: m.rule,
    value: m.value,
    role: m.role,
  };
}

/** The person extractor: every mention of a person, with its canonical name and role. */
export const personExtractor: Extractor = {
  name: 'person',
  extract(doc: Document, _earlier: readonly Fact[]): Draft[] {
    return findPeople(doc);
  },
};
