/**
 * The judge's rules, in the order they run. Each scope runs its rules in order; for one event and
 * for two events the first rule that decides gives the finding (see `lib/judge/index.ts`).
 */
import type { ValueBlock, ValuePair } from '../groups.ts';
import { findingRule, type EventBlock, type PairBlock, type Rule, type SlotBlock } from '../rule.ts';
import { disputeRule } from './dispute.ts';
import { nameSpellingRule, type NameBlock } from './name-spelling.ts';
import { slotAgreementRule } from './slot-agreement.ts';
import { slotUncorroboratedRule } from './slot-uncorroborated.ts';
import { slotConflictRule } from './slot-conflict.ts';
import { slotScopedRule } from './slot-scoped.ts';
import { slotScatteredRule } from './slot-scattered.ts';
import { updateRule } from './update.ts';
import { oneEventAgreementRule } from './one-event-agreement.ts';
import { oneEventRule } from './one-event.ts';
import { sameStatementRule } from './same-statement.ts';
import { twoEventsUndatedRule } from './two-events-undated.ts';
import { twoEventsWeekdayRule } from './two-events-weekday.ts';
import { twoEventsRule } from './two-events.ts';
import { weekdayMismatchRule, type ArticleBlock } from './weekday-mismatch.ts';

/** Rules on a whole slot block: every one runs, and what they take later rules do not see. */
export const SLOT_RULES: ReadonlyArray<Rule<SlotBlock>> = [sameStatementRule];

/** Rules on one event's accounts: the first that decides gives the finding. */
export const EVENT_RULES: ReadonlyArray<Rule<EventBlock>> = [oneEventRule, oneEventAgreementRule];

/** Rules on a whole slot by meaning before its pairs: one deciding stands for the slot. */
export const VALUE_SLOT_RULES: ReadonlyArray<Rule<ValueBlock>> = [slotScatteredRule];

/**
 * Rules on two value groups of one slot by meaning (one event, one meaning: deaths, magnitude):
 * the first that decides gives the pair's finding.
 */
export const VALUE_PAIR_RULES: ReadonlyArray<Rule<ValuePair>> = [updateRule, disputeRule, slotScopedRule, slotConflictRule];

/** Rules on a whole slot by meaning when none of its corroborated parts made a finding: the first that decides. */
export const VALUE_BLOCK_RULES: ReadonlyArray<Rule<ValueBlock>> = [slotAgreementRule, slotUncorroboratedRule];

/** Rules on the full names of each event: every one runs. */
export const NAME_RULES: ReadonlyArray<Rule<NameBlock>> = [nameSpellingRule];

/** Rules on two events whose current news would clash: the first that decides gives the finding. */
export const PAIR_RULES: ReadonlyArray<Rule<PairBlock>> = [twoEventsRule, twoEventsWeekdayRule, twoEventsUndatedRule];

/** Rules on each article's own dates. */
export const ARTICLE_RULES: ReadonlyArray<Rule<ArticleBlock>> = [weekdayMismatchRule];

/** Every rule, in the order they run: for docs and SARIF rule descriptions. */
export const RULES: ReadonlyArray<Rule<never>> = [...SLOT_RULES, ...EVENT_RULES, ...VALUE_SLOT_RULES, ...VALUE_PAIR_RULES, ...VALUE_BLOCK_RULES, ...NAME_RULES, ...PAIR_RULES, ...ARTICLE_RULES];

/** The first rule of the list that decides the block, with its drafts; empty when none does. */
export function firstDeciding<B>(rules: ReadonlyArray<Rule<B>>, block: B): ReturnType<Rule<B>['judge']> {
  for (const r of rules) {
    const drafts = r.judge(block);
    if (drafts.length > 0) return drafts;
  }
  return [];
}

/** The one-line description of a finding's rule ("judge/one-event"), or undefined for another rule id. */
export function describeFindingRule(rule: string): string | undefined {
  return RULES.find((r) => findingRule(r.id) === rule)?.describe;
}
