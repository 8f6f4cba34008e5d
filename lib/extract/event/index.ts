/**
 * The event extractor: mentions of events from a lexicon of general news triggers
 * (`data/lexicon/events.json`), each with a status, its participants, place and time.
 *
 * Per sentence: triggers (`triggers.ts`) → clauses (`clauses.ts`) → status (`status.ts`) →
 * arguments (`arguments.ts`). The span of an event fact is the trigger word or words ("arrived",
 * "touched down", "talks"); `value` is the event type. Two triggers of one type a few words apart in
 * one clause, a verb and then a noun ("went to Paris for a state visit", "will meet the president
 * for talks"), are one mention: the verb, with the arguments of both.
 *
 * `who`, `where` and `when` hold the ids of earlier facts. They link only when the runner gives the
 * earlier facts ids (`extractFacts` gives each `kind@start-end`); facts with an empty id are skipped.
 */
import type { Document, EventFact, Fact, PersonFact, PlaceFact, Sentence, TimeFact } from '../../types.ts';
import type { Draft, Extractor } from '../index.ts';
import { findQuotations, paragraphsOf } from '../../text/quotes.ts';
import { argumentsOf, type Arguments } from './arguments.ts';
import { clauses } from './clauses.ts';
import { eventLexicon } from '../../text/events.ts';
import { modalityLexicon } from '../../text/modality.ts';
import { phraseAt, statusOf } from './status.ts';
import { Subjects } from '../../text/subjects.ts';
import { findTriggers, type Trigger } from './triggers.ts';
import { isVerb } from '../../text/verbs.ts';
import { place, sentenceTokens, type Token } from '../../text/tokens.ts';
import { pushAll } from '../../util/lists.ts';

/** Sentences longer than this many tokens are read in pieces: no clause reaches that far. */
const MAX_TOKENS = 300;

/** Event mentions with status, participants, place and time. */
export const eventExtractor: Extractor = {
  name: 'event',
  extract(doc: Document, earlier: readonly Fact[]): Draft[] {
    const sorted = [...earlier].sort((a, b) => a.start - b.start);
    const linkable = sorted.filter((f) => f.id !== '');
    const persons = linkable.filter((f): f is PersonFact => f.kind === 'person');
    const places = linkable.filter((f): f is PlaceFact => f.kind === 'place');
    // "is now operating", "rallies held daily": the present in general and recurring times say
    // when no one occasion happened; they are never an event's time
    const times = linkable.filter((f): f is TimeFact => f.kind === 'time' && f.timex !== 'SET' && !(f.value !== null && /_REF$/.test(f.value)));
    const quotations = findQuotations(doc.body, paragraphsOf(doc.sentences));
    const tokensOf = sentenceTokens(doc);
    const subjects = new Subjects(doc, persons, isVerb, tokensOf);
    const out: Draft[] = [];
    let q = 0;
    for (const s of doc.sentences) {
      const all = tokensOf(s.index);
      for (let from = 0; from < all.length; from += MAX_TOKENS) {
        const tokens = all.length > MAX_TOKENS ? all.slice(from, from + MAX_TOKENS) : all;
        // Quotations are in text order and do not overlap, and so are tokens: one sweep marks the quoted ones.
        const quoted = tokens.map((t) => {
          while (q < quotations.length && quotations[q].close <= t.start) q++;
          return q < quotations.length && quotations[q].open < t.start;
        });
        pushAll(out, sentenceEvents(doc, s, tokens, quoted, { persons, places, times, subjects }));
      }
    }
    return oneSense(out);
  },
};

/**
 * One sense per article: where the article names a walkout ("the general strike"), its bare
 * "strike" ("Wednesday's strike grounded flights") is that walkout, not an attack. The pairs are
 * the lexicon's `senses`.
 */
function oneSense(drafts: Draft[]): Draft[] {
  const types = new Set(drafts.map((d) => (d as Draft<EventFact>).value));
  for (const sense of eventLexicon().senses) {
    if (!types.has(sense.to)) continue;
    for (const d of drafts as Draft<EventFact>[]) {
      if (d.value === sense.from && d.extractor === 'event/noun' && sense.nouns.has(d.text.toLowerCase())) d.value = sense.to;
    }
  }
  return drafts;
}

/** The earlier facts an event may link to, in text order, and the subjects for pronouns. */
interface Linkable {
  persons: readonly PersonFact[];
  places: readonly PlaceFact[];
  times: readonly TimeFact[];
  subjects: Subjects;
}

/** The event drafts of one sentence (or one piece of a very long one). */
function sentenceEvents(doc: Document, s: Sentence, tokens: readonly Token[], quoted: readonly boolean[], facts: Linkable): Draft[] {
  const placedPersons = place(tokens, facts.persons);
  const placedPlaces = place(tokens, facts.places);
  const triggers = findTriggers(tokens, eventLexicon(), { persons: placedPersons, places: placedPlaces, heading: s.heading });
  if (triggers.length === 0) return [];
  const cut = clauses(tokens, isVerb, (l) => eventLexicon().nounForms.has(l));
  const reported = tokens.some((_, k) => modalityLexicon().reporting.some((p) => phraseAt(tokens, k, p)));
  const statuses = triggers.map((tr) => statusOf(tokens, tr, { modality: modalityLexicon(), isVerb, clauseOf: cut.of, clauses: cut.list, reported }));
  const args = argumentsOf(triggers, {
    tokens,
    clauses: cut,
    persons: placedPersons,
    places: placedPlaces,
    times: place(tokens, facts.times),
    lexicon: eventLexicon(),
    subjects: facts.subjects,
    quoted,
    isVerb,
  });
  return merge(triggers, args, cut.of).map((m) => draft(doc, s, tokens, m.trigger, statuses[m.index], m.args));
}

interface Mention {
  trigger: Trigger;
  index: number;
  args: Arguments;
}

/** "went to Paris for a state visit": one mention, the first trigger with the arguments of both. */
function merge(triggers: readonly Trigger[], args: readonly Arguments[], clauseOf: readonly number[]): Mention[] {
  const out: Mention[] = [];
  triggers.forEach((trigger, index) => {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.trigger.rule.type === trigger.rule.type &&
      prev.trigger.rule.pos === 'verb' &&
      trigger.rule.pos === 'noun' &&
      clauseOf[prev.trigger.first] === clauseOf[trigger.first] &&
      trigger.first - prev.trigger.last <= 6
    ) {
      const a = args[index];
      prev.args = {
        who: [...prev.args.who, ...a.who.filter((w) => !prev.args.who.includes(w))],
        where: prev.args.where ?? a.where,
        when: prev.args.when ?? a.when,
      };
      return;
    }
    out.push({ trigger, index, args: { ...args[index], who: [...args[index].who] } });
  });
  return out;
}

function draft(doc: Document, s: Sentence, tokens: readonly Token[], tr: Trigger, status: EventFact['status'], args: Arguments): Draft {
  const start = tokens[tr.first].start;
  const end = tokens[tr.last].end;
  return {
    kind: 'event',
    article: doc.article.id,
    start,
    end,
    text: doc.article.text.slice(start, end),
    sentence: s.index,
    extractor: `event/${tr.rule.pos}`,
    value: tr.rule.type,
    status,
    who: args.who,
    where: args.where,
    when: args.when,
  };
}
