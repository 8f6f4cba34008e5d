/**
 * The contract of a judge rule, and what rules hand on. A rule is a module with an id, a
 * one-line description (docs, SARIF rule descriptions) and one function from a block of claims
 * to a draft finding, or nothing when it does not decide (as a textlint rule reports nothing).
 * Rules run at three scopes, each on its own kind of block (`lib/judge/index.ts` orders them):
 * a slot block (same statement), one event's accounts (one event), two events' current news
 * (two events); the weekday-mismatch rule reads each article's own dates.
 */
import type { WeekdayMismatch } from '../extract/time/index.ts';
import type { EventInfo, Verdict } from '../types.ts';
import type { Candidate } from './claims/index.ts';
import type { ValueGroupOf } from './groups.ts';

/**
 * A finding's `rule` (and SARIF `ruleId`): the id of the judge rule that decided, under `judge/`
 * ("judge/one-event", "judge/two-events-weekday"). A one-event clash made `unresolved` by a
 * softening keeps `judge/one-event`: the softening's reason is in the message.
 */
export function findingRule(id: RuleId): string {
  return `judge/${id}`;
}

/** The ids of the judge's rules, in the order they run. */
export type RuleId =
  | 'same-statement'
  | 'one-event'
  | 'one-event-agreement'
  | 'update'
  | 'dispute'
  | 'slot-scattered'
  | 'slot-scoped'
  | 'slot-conflict'
  | 'slot-agreement'
  | 'slot-uncorroborated'
  | 'name-spelling'
  | 'two-events'
  | 'two-events-weekday'
  | 'two-events-undated'
  | 'weekday-mismatch';

/** The ids of the softenings of a one-event conflict (`lib/judge/softenings.ts`), in priority order. */
export type SofteningId = 'uncertain-value' | 'quote-wording' | 'weak-alignment' | 'spread-event' | 'hedged' | 'ongoing' | 'other-week' | 'zone-day' | 'other-words';

/** A finding before it has an id: the verdict, the rule that decided, why, and the claims. */
export interface Draft {
  verdict: Verdict;
  /** Which rule of the judge decided. */
  rule: RuleId;
  /** For a one-event clash judged `unresolved`: the softening that applied first. */
  softening?: SofteningId;
  claims: Candidate[];
  confidence: number;
  /** For findings between two events: their ids. */
  events?: [string, string];
  mismatch?: WeekdayMismatch;
  /** For an unresolved verdict: why it is not a conflict, when the attribute alone does not say. */
  why?: string;
  /** For the value rules (`groups.ts`): the value groups compared, the finding's `groups`. */
  groups?: ValueGroupOf[];
  /** For an update: the groups are in time order, earliest first, and make the finding's `timeline`. */
  timeline?: boolean;
}

/** A judge rule: an id, a one-line description, and a judgement of one block. */
export interface Rule<B> {
  id: RuleId;
  /** One line saying what the rule finds, for docs and SARIF rule descriptions. */
  describe: string;
  /** The drafts the rule makes of the block; empty when it does not decide. */
  judge(block: B): Draft[];
}

/** The claims of one slot block (one attribute of one event family, counted noun, person, speaker). */
export interface SlotBlock {
  /** Every claim of the block, in article then offset order. */
  claims: readonly Candidate[];
  /** Memo of bigram similarities, shared by every block of a run. */
  memo: Map<string, number>;
  /** Claims of this block a same-statement finding took: no later rule of the block sees them. */
  used: Set<Candidate>;
  /**
   * Facts (`article\u0000fact`) already in a same-statement conflict in any block: one changed
   * value is one finding, in whichever block (travel, attend, ...) it was met first.
   */
  changed: Set<string>;
}

/**
 * One event's claims of one block, compared account by account (`lib/judge/accounts.ts`): the
 * claims that clash, the pairs that clashed, and the claims that agree.
 */
export interface EventBlock {
  /** The claims that clash with another account's, each article's matching claims. */
  clash: Candidate[];
  /** The first clashing pair of each two accounts that clashed, in order. */
  pairs: Array<[Candidate, Candidate]>;
  /** Each article's claim that agrees with another account's, by article. */
  agree: Map<string, Candidate>;
  /** What the cluster stage knows of the event, when it is one. */
  info?: EventInfo;
  /** Memo of bigram similarities. */
  memo: Map<string, number>;
}

/** The current news of two main events whose values of one type would clash. */
export interface PairBlock {
  /** The two event ids, in order of their numbers. */
  events: [string, string];
  /** Claims of one type and a shared person or place, one from each event, that cannot both be true. */
  matched: Array<[Candidate, Candidate]>;
  /** The claims of the finding, one per article. */
  claims: Candidate[];
  /** What the cluster stage knows of every event. */
  info: Map<string, EventInfo>;
}
