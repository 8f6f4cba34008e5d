/**
 * Splits a sentence's tokens into clauses, so that a trigger takes its participants, place and time
 * from its own clause: in "Smith, who arrived in the capital on Thursday, met Lee", "Thursday" dates
 * the arrival, not the meeting.
 *
 * The cut is shallow and rule-based: a comma-bounded relative clause (", who ... ,"), a subordinate
 * clause ("when ...", "since the court issued ..."), a complement ("said that ..."), a coordinated
 * verb phrase ("arrived ... and is scheduled to ...") and hard stops (";", ":") each open a clause.
 * A relative or coordinated clause remembers where its subject is.
 */
import { type Token } from '../../text/tokens.ts';
import { COORDINATORS, DETERMINERS, PREPOSITIONS, RELATIVES, SUBJECT_PRONOUNS, SUBORDINATORS, isAuxiliary, looksPast } from '../../text/grammar.ts';
import { wordSet } from '../../text/words.ts';

/** What kind of clause: the kind decides how arguments are inherited. */
export type ClauseKind = 'main' | 'relative' | 'when' | 'sub' | 'comp' | 'coord';

/** One clause of a sentence. */
export interface Clause {
  kind: ClauseKind;
  /** The clause it is embedded in, or null. */
  parent: number | null;
  /** Index of its first token. */
  first: number;
  /** For a relative clause: the last token of the noun phrase it describes. */
  antecedent: number | null;
  /** For a coordinated verb phrase: the clause whose subject it shares. */
  sharesSubjectWith: number | null;
  /** True when the next comma ends it (", who ... ,"; "when ... ,"). */
  closesAtComma: boolean;
}

/** The clauses of a sentence and the clause of each token. */
export interface Clauses {
  list: Clause[];
  of: number[];
}

/** Prepositions that open a clause when a verb follows: "since the court issued a warrant". */
const TEMPORAL = wordSet('temporal-prepositions');

/**
 * Cuts the tokens into clauses. `isVerb` tells a verb form ("attend", "deployed") from other words,
 * for coordinated verb phrases; `isNoun` a form that is a noun too ("after his visit" opens no clause).
 */
export function clauses(tokens: readonly Token[], isVerb: (lower: string) => boolean, isNoun: (lower: string) => boolean = () => false): Clauses {
  const list: Clause[] = [{ kind: 'main', parent: null, first: 0, antecedent: null, sharesSubjectWith: null, closesAtComma: false }];
  const of: number[] = new Array(tokens.length).fill(0);
  // Whether a clause has shown its verb yet: "Smith, aged 71, and Lee, aged 70, will ..." joins subjects.
  const hasVerb: boolean[] = [false];
  const verbish = (x: Token | undefined): boolean => !!x && x.word && !x.cap && (isAuxiliary(x.lower) || isVerb(x.lower) || looksPast(x.lower));
  let cur = 0;
  const open = (c: Omit<Clause, 'antecedent' | 'sharesSubjectWith'> & Partial<Clause>): number => {
    list.push({ antecedent: null, sharesSubjectWith: null, ...c });
    hasVerb.push(false);
    return list.length - 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const n = tokens[i + 1];
    const n2 = tokens[i + 2];
    of[i] = cur;
    if (!t.word && (t.text === ';' || t.text === ':')) {
      cur = open({ kind: 'main', parent: null, first: i + 1, closesAtComma: false });
      continue;
    }
    if (!t.word && t.text === ',') {
      if (list[cur].closesAtComma) cur = list[cur].parent ?? cur;
      if (!n) continue;
      // ", who arrived ...", ", during which he ..."
      if (RELATIVES.has(n.lower) || (PREPOSITIONS.has(n.lower) && n2 && (n2.lower === 'which' || n2.lower === 'whom'))) {
        cur = open({ kind: 'relative', parent: cur, first: i + 1, closesAtComma: true, antecedent: i - 1 });
      } else if ((n.lower === 'and' || n.lower === 'but') && n2 && startsSubject(n2) && hasVerb[cur]) {
        // "..., and the two men ...": a new clause with a subject of its own.
        cur = open({ kind: 'main', parent: null, first: i + 1, closesAtComma: false });
      }
      continue;
    }
    if (!t.word) continue;
    if (verbish(t)) hasVerb[cur] = true;
    if (SUBORDINATORS.has(t.lower) || (TEMPORAL.has(t.lower) && verbAhead(tokens, i + 1, (x) => verbish(x) && !isNoun(x.lower)))) {
      cur = open({ kind: t.lower === 'when' ? 'when' : 'sub', parent: cur, first: i, closesAtComma: true });
      of[i] = cur;
    } else if ((RELATIVES.has(t.lower) || (PREPOSITIONS.has(t.lower) && n && n.lower === 'which')) && i > 0 && list[cur].first !== i) {
      // "the man who shot ...", "a forum during which ...": no comma before, so the next one ends it.
      cur = open({ kind: 'relative', parent: cur, first: i, closesAtComma: true, antecedent: i - 1 });
      of[i] = cur;
    } else if (t.lower === 'that' && i > 0 && tokens[i - 1].word && !PREPOSITIONS.has(tokens[i - 1].lower) && !DETERMINERS.has(tokens[i - 1].lower)) {
      // "said that ...", "a relationship that ended ...".
      cur = open({ kind: 'comp', parent: cur, first: i, closesAtComma: false, antecedent: i - 1 });
      of[i] = cur;
    } else if (COORDINATORS.has(t.lower) && n && n.word && !n.cap && (isAuxiliary(n.lower) || isVerb(n.lower))) {
      // "has arrived ... and is scheduled to ...", "... and attend the reception".
      const c = list[cur];
      cur = open({ kind: 'coord', parent: c.parent, first: i + 1, closesAtComma: c.closesAtComma, sharesSubjectWith: c.sharesSubjectWith ?? cur });
    }
  }
  return { list, of };
}

/** True when a verb comes within the next few words, before any punctuation. */
function verbAhead(tokens: readonly Token[], from: number, verbish: (t: Token) => boolean): boolean {
  for (let k = from; k < tokens.length && k - from < 8; k++) {
    if ((!tokens[k].word && tokens[k].lower !== "'s") || COORDINATORS.has(tokens[k].lower)) return false;
    if (verbish(tokens[k])) return true;
  }
  return false;
}

function startsSubject(t: Token): boolean {
  return (t.word && t.cap) || SUBJECT_PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower);
}
