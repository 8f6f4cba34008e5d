/**
 * The judge's post-processing passes as tables: drafts in, the rules of the drafts kept out.
 */
import { expect } from 'chai';
import { DRAFT_PASSES, findings, formerIds, mismatchInStatement, quoteInsideStatement } from '../../lib/judge/passes.ts';
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
  const said = (article: string, value: string, context = 'the minister arrived on _'): Row => ({ article, value, context });
  it('names the deciding rule, and fingerprints the id from the old `attribute/verdict` key and the claims\' sentences', () => {
    const d = draft('one-event', [said('a', '2024-05-16'), said('b', '2024-05-14', 'she landed on _')]);
    const [f] = findings([d], new Map());
    expect(f.rule).to.equal('judge/one-event');
    // Review decisions are keyed by ids: renaming rules must not change them; nor may file names (issue 17).
    expect(f.id).to.equal(fingerprint(['date/conflict', 'date|arrive', 'arrive: date', 'she landed on _', 'the minister arrived on _']));
  });
  it('keeps the id when the articles are named otherwise or come in another order, and when a value changes; the evidence follows the value', () => {
    const [f] = findings([draft('one-event', [said('a', '2024-05-16'), said('b', '2024-05-14', 'she landed on _')])], new Map());
    const [renamed] = findings([draft('one-event', [said('y', '2024-05-16'), said('x', '2024-05-14', 'she landed on _')])], new Map());
    const [changed] = findings([draft('one-event', [said('a', '2024-05-17'), said('b', '2024-05-14', 'she landed on _')])], new Map());
    expect([renamed.id, renamed.evidence]).to.deep.equal([f.id, f.evidence]);
    expect(changed.id).to.equal(f.id);
    expect(changed.evidence).to.not.equal(f.evidence);
  });
  it('a weekday mismatch keeps the key `time/weekday-mismatch`; a claim with no sentence stands for itself by its words', () => {
    const mismatch = { fact: { value: '2024-05-16' }, statedWeekday: 2, actualWeekday: 4, yearImplied: false } as Draft['mismatch'];
    const [f] = findings([{ ...draft('weekday-mismatch', [{ article: 'a', value: '2024-05-16', block: 'time/weekday' }]), mismatch }], new Map());
    expect(f.rule).to.equal('judge/weekday-mismatch');
    expect(f.id).to.equal(fingerprint(['time/weekday-mismatch', 'time/weekday', 'arrive: date', '2024-05-16']));
  });
  it('formerIds gives the id and evidence of before issue 17: file names and sentence numbers', () => {
    const d = draft('one-event', [said('^b', '2024-05-16'), said('^a', '2024-05-14', 'she landed on _')]);
    const [f] = findings([d], new Map());
    const real = new Map([['^b', 'a'], ['^a', 'b']]);
    const former = formerIds([d], (name) => real.get(name)!);
    expect([...former.keys()]).to.deep.equal([f.id]);
    expect(former.get(f.id)).to.deep.equal({
      id: fingerprint(['date/conflict', 'date|arrive', 'arrive: date', 'a#0', 'b#0']),
      evidence: fingerprint(['a\u000010\u00002024-05-16\u00002024-05-16', 'b\u000010\u00002024-05-14\u00002024-05-14']),
    });
  });
});
