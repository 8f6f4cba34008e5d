/**
 * The judge's post-processing passes as tables: drafts in, the rules of the drafts kept out.
 */
import { expect } from 'chai';
import { DRAFT_PASSES, findings, mismatchInStatement, quoteInsideStatement } from '../../lib/judge/passes.ts';
import { fingerprint } from '../../lib/util/hash.ts';
import type { Draft } from '../../lib/judge/rule.ts';
import { claimsOf, type Row } from './table.ts';

/** A draft of a rule over rows' claims. */
const draft = (rule: Draft['rule'], rows: Row[], verdict: Draft['verdict'] = 'conflict'): Draft => ({ verdict, rule, claims: claimsOf(rows), confidence: 0.9 });

describe('judge passes', () => {
  it('run in order: quote-inside-statement, then mismatch-in-statement', () => {
    expect(DRAFT_PASSES.map((p) => p.id)).to.deep.equal(['quote-inside-statement', 'mismatch-in-statement']);
  });

  describe('quote-inside-statement', () => {
    const quote = draft('same-statement', [
      { article: 'a', value: 'we seized 7 rifles and a car', attribute: 'quote', start: 0, end: 40 },
      { article: 'b', value: 'we seized 9 rifles and a car', attribute: 'quote', start: 0, end: 40 },
    ]);
    const number = draft('same-statement', [
      { article: 'a', value: '7', attribute: 'number', start: 10, end: 11 },
      { article: 'b', value: '9', attribute: 'number', start: 10, end: 11 },
    ]);
    const rules = (ds: Draft[]): string[] => quoteInsideStatement.run(ds).map((d) => `${d.rule}:${d.claims[0].attribute}`);
    it('drops a changed quotation whose change is a changed number in it', () => expect(rules([quote, number])).to.deep.equal(['same-statement:number']));
    it('keeps a changed quotation with no changed value inside', () => expect(rules([quote])).to.deep.equal(['same-statement:quote']));
    it('keeps a number of another article pair', () => {
      const elsewhere = draft('same-statement', [{ article: 'c', value: '7', attribute: 'number', start: 10, end: 11 }, { article: 'd', value: '9', attribute: 'number', start: 10, end: 11 }]);
      expect(rules([quote, elsewhere])).to.deep.equal(['same-statement:quote', 'same-statement:number']);
    });
  });

  describe('mismatch-in-statement', () => {
    const statement = draft('same-statement', [{ article: 'a', value: '2024-05-16' }, { article: 'b', value: '2024-05-14' }]);
    const rules = (ds: Draft[]): string[] => mismatchInStatement.run(ds).map((d) => d.rule);
    it('drops a weekday mismatch whose date is in a same-statement finding', () => {
      const mismatch = draft('weekday-mismatch', [{ article: 'a', value: '2024-05-16' }]);
      expect(rules([statement, mismatch])).to.deep.equal(['same-statement']);
    });
    it('keeps a weekday mismatch of another date', () => {
      const mismatch = draft('weekday-mismatch', [{ article: 'c', value: '2024-05-16' }]);
      expect(rules([statement, mismatch])).to.deep.equal(['same-statement', 'weekday-mismatch']);
    });
  });
});

describe('judge findings: the rule that decided, the id of before', () => {
  it('names the deciding rule, and fingerprints the id from the old `attribute/verdict` key', () => {
    const d = draft('one-event', [{ article: 'a', value: '2024-05-16' }, { article: 'b', value: '2024-05-14' }]);
    const [f] = findings([d], new Map());
    expect(f.rule).to.equal('judge/one-event');
    // Review decisions are keyed by ids: renaming rules must not change them.
    expect(f.id).to.equal(fingerprint(['date/conflict', 'date|arrive', 'arrive: date', 'a#0', 'b#0']));
  });
  it('a weekday mismatch keeps the id of `time/weekday-mismatch`', () => {
    const mismatch = { fact: { value: '2024-05-16' }, statedWeekday: 2, actualWeekday: 4, yearImplied: false } as Draft['mismatch'];
    const [f] = findings([{ ...draft('weekday-mismatch', [{ article: 'a', value: '2024-05-16', block: 'time/weekday' }]), mismatch }], new Map());
    expect(f.rule).to.equal('judge/weekday-mismatch');
    expect(f.id).to.equal(fingerprint(['time/weekday-mismatch', 'time/weekday', 'arrive: date', 'a#0']));
  });
});
