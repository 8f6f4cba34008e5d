/**
 * The event trigger lexicon, `data/lexicon/events.json`, compiled to an index from the first word
 * of each surface form to the trigger rules that start with it.
 */
import { dataJson, lazy } from './words.ts';
import { plural, verbForms, type VerbForm } from './inflect.ts';

/** A named test on the words around a trigger, implemented in `triggers.ts`. */
export type Requirement = 'person-object';

/** One surface form of a trigger with the constraints of its group. */
export interface TriggerRule {
  /** The normalized event type, such as `arrive`. */
  type: string;
  /** The words of the form, lower case: `["touched", "down"]`. */
  words: string[];
  /** Whether the form is a verb or a noun. */
  pos: 'verb' | 'noun';
  /** For a verb: what the form says about tense. */
  form: VerbForm | 'noun';
  /** Position of the group in the lexicon: the first group that fits wins. */
  order: number;
  next?: ReadonlySet<string>;
  object?: ReadonlySet<string>;
  notNext?: ReadonlySet<string>;
  notObject?: ReadonlySet<string>;
  notPrev?: ReadonlySet<string>;
  requires?: Requirement;
}

/** The compiled lexicon. */
export interface EventLexicon {
  /** Rules by their first word, longest form first, then in lexicon order. */
  byFirst: ReadonlyMap<string, readonly TriggerRule[]>;
  /** Every form of every trigger verb, for telling verbs from nouns around other words. */
  verbForms: ReadonlySet<string>;
  /** Every one-word trigger noun form ("visit", "visits", "attack"). */
  nounForms: ReadonlySet<string>;
  /** Types whose place follows "to" or "into": "trip to the capital". */
  movement: ReadonlySet<string>;
  /** Types that take a place as direct object: "visited the city". */
  placeObject: ReadonlySet<string>;
  /** Irregular past forms by base form, shared with the modality lexicon. */
  irregular: ReadonlyMap<string, readonly string[]>;
  /**
   * One sense per article: a bare noun of one type that takes another type wherever the article
   * names that type ("strike" → "walkout" in an article about a general strike).
   */
  senses: readonly Sense[];
}

/** See {@link EventLexicon.senses}. */
export interface Sense {
  /** The noun as written, lowercase, singular and plural ("strike", "strikes"). */
  nouns: ReadonlySet<string>;
  from: string;
  to: string;
}

interface GroupSpec {
  type: string;
  verbs?: string[];
  nouns?: string[];
  next?: string[];
  object?: string[];
  notNext?: string[];
  notObject?: string[];
  notPrev?: string[];
  requires?: string;
}

interface LexiconSpec {
  irregular: Record<string, string[]>;
  traits: { movement: string[]; placeObject: string[] };
  triggers: GroupSpec[];
  senses?: Array<{ noun: string; from: string; to: string }>;
}

const FILE = 'data/lexicon/events.json';

/** Compiles the lexicon from its JSON text; throws with the file name on a malformed entry. */
export function compileLexicon(spec: LexiconSpec): EventLexicon {
  if (!spec || !Array.isArray(spec.triggers) || typeof spec.irregular !== 'object') {
    throw new Error(`${FILE}: expected {"irregular": {...}, "traits": {...}, "triggers": [...]}`);
  }
  const irregular = new Map(Object.entries(spec.irregular));
  const byFirst = new Map<string, TriggerRule[]>();
  const allVerbForms = new Set<string>();
  const nounForms = new Set<string>();
  const add = (rule: TriggerRule) => {
    const list = byFirst.get(rule.words[0]) ?? [];
    list.push(rule);
    byFirst.set(rule.words[0], list);
  };
  spec.triggers.forEach((g, order) => {
    if (typeof g.type !== 'string' || !/^[a-z-]+$/.test(g.type)) throw new Error(`${FILE}: trigger group ${order} has no valid "type"`);
    if (!g.verbs && !g.nouns) throw new Error(`${FILE}: trigger group "${g.type}" (${order}) has neither "verbs" nor "nouns"`);
    if (g.requires !== undefined && g.requires !== 'person-object') {
      throw new Error(`${FILE}: trigger group "${g.type}" requires "${g.requires}"; the only test is "person-object"`);
    }
    const constraints = {
      type: g.type,
      order,
      ...(g.next && { next: new Set(g.next) }),
      ...(g.object && { object: new Set(g.object) }),
      ...(g.notNext && { notNext: new Set(g.notNext) }),
      ...(g.notObject && { notObject: new Set(g.notObject) }),
      ...(g.notPrev && { notPrev: new Set(g.notPrev) }),
      ...(g.requires && { requires: g.requires as Requirement }),
    };
    for (const verb of g.verbs ?? []) {
      const [head, ...rest] = verb.toLowerCase().split(' ');
      for (const f of verbForms(head, irregular.get(head))) {
        add({ ...constraints, words: [f.form, ...rest], pos: 'verb', form: f.kind });
        if (rest.length === 0) allVerbForms.add(f.form);
      }
    }
    for (const noun of g.nouns ?? []) {
      const words = noun.toLowerCase().split(' ');
      const last = words[words.length - 1];
      for (const form of [last, ...plural(last)]) {
        add({ ...constraints, words: [...words.slice(0, -1), form], pos: 'noun', form: 'noun' });
        if (words.length === 1) nounForms.add(form);
      }
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || a.order - b.order);
  return {
    byFirst,
    verbForms: allVerbForms,
    nounForms,
    movement: new Set(spec.traits?.movement ?? []),
    placeObject: new Set(spec.traits?.placeObject ?? []),
    irregular,
    senses: (spec.senses ?? []).map((x, k) => {
      if (typeof x.noun !== 'string' || typeof x.from !== 'string' || typeof x.to !== 'string') throw new Error(`${FILE}: sense ${k} needs "noun", "from" and "to"`);
      const noun = x.noun.toLowerCase();
      return { nouns: new Set([noun, ...plural(noun)]), from: x.from, to: x.to };
    }),
  };
}

/** The lexicon of `data/lexicon/events.json`, read once. */
export const eventLexicon: () => EventLexicon = lazy(() => compileLexicon(dataJson<LexiconSpec>('lexicon/events.json')));
