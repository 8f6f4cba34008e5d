/**
 * Claims made with each article's extraction and kept with it (`ClaimMaterial`): written as JSON
 * and read back unchanged (open ranges too), tied to a run's fact numbers and events, and judged
 * alike whether a run reads them or makes them again; claims that do not fit their article are
 * refused, so that the judge makes them again instead of trusting them.
 */
import { expect } from 'chai';
import { loadArticles } from '../../lib/load/index.ts';
import { analyseArticle, assemble, plan, type ArticleResult } from '../../lib/pipeline.ts';
import { bindClaims, type Candidate } from '../../lib/judge/claims/index.ts';
import { readClaims, writeClaims } from '../../lib/judge/claims/kept.ts';
import { indexFacts } from '../../lib/mentions/index.ts';
import { numberFacts } from '../../lib/extract/index.ts';
import { MANIFEST, SEEDS } from '../helpers.ts';
import { keepable, revive } from '../../lib/store/analyse.ts';
import type { ClaimMaterial } from '../../lib/types.ts';

/** A claim with only what the round trip is about set. */
function claim(cmp: Candidate['cmp'], extra: Partial<Candidate> = {}): Candidate {
  return {
    block: 'meaning|deaths', attribute: 'number', slot: 'deaths', type: 'deaths', family: null, who: [], article: '^a', fact: 'F1', start: 0, end: 2, text: '10',
    value: '10', shown: 'at least 10', cmp, event: 'F1', sentence: 0, context: 'killed _', certain: true, why: 'at least 10', ...extra,
  };
}

/** The seeds planned and analysed, each result with its material (as for a store). */
function seeds() {
  const planned = plan(loadArticles([SEEDS], { manifest: MANIFEST }));
  return { planned, results: planned.tasks.map((t) => analyseArticle({ ...t, material: true })) };
}

/** A result as a store keeps it and a reader parses it back. */
function asStored(r: ArticleResult): ArticleResult {
  return revive(JSON.parse(JSON.stringify(keepable(r, 'spec'))), 'rule' in r ? r.path : '', 'spec');
}

/** A result with its claims replaced (or its material removed, for `undefined`). */
function withClaims(r: ArticleResult, claims: ClaimMaterial | undefined): ArticleResult {
  if ('rule' in r) return r;
  const { material, ...rest } = r;
  return claims === undefined ? rest : { ...rest, material: { ...material!, claims } };
}

describe('judge: claims kept with their article', () => {
  it('read back as written, numbers JSON cannot write included', () => {
    const rows: Array<[string, Candidate['cmp']]> = [
      ['"at least 10": up to Infinity', { kind: 'number', range: { value: 10, low: 10, high: Infinity, exact: false } }],
      ['"at most 3": from -Infinity', { kind: 'number', range: { value: 3, low: -Infinity, high: 3, exact: false } }],
      ['-0 and NaN', { kind: 'number', range: { value: -0, low: NaN, high: 0, exact: true } }],
      ['an open interval and an instant', { kind: 'interval', interval: { from: -Infinity, to: 19000, grain: 'day' }, instant: -0 }],
      ['a day', { kind: 'interval', interval: { from: 19000, to: 19000, grain: 'day' } }],
      ['a weekday', { kind: 'stated', weekday: 4 }],
      ['a place named like a mark stays a string', { kind: 'place', value: '\u0000n:Infinity' }],
    ];
    for (const [what, cmp] of rows) {
      const [back] = readClaims(writeClaims([claim(cmp)]));
      expect(back, what).to.deep.equal(claim(cmp));
      if (cmp.kind === 'number' && back.cmp.kind === 'number') {
        for (const k of ['value', 'low', 'high'] as const) expect(Object.is(back.cmp.range[k], cmp.range[k]), `${what}: ${k}`).to.equal(true);
      }
      if (cmp.kind === 'interval' && back.cmp.kind === 'interval') expect(Object.is(back.cmp.instant, cmp.instant), what).to.equal(true);
    }
    // Written plainly, the open range would come back as null: the case the marks are for.
    expect(JSON.parse(JSON.stringify(claim(rows[0][1]))).cmp.range.high).to.equal(null);
  });

  it('a run that reads the claims as made, one that reads them as a store keeps them and one that makes them again judge the seeds alike', () => {
    const { planned, results } = seeds();
    const made = assemble(planned, results).report;
    const stored = assemble(planned, results.map(asStored)).report;
    const again = assemble(planned, results.map((r) => withClaims(r, undefined))).report;
    expect(made.findings.length).to.be.above(0);
    expect(JSON.stringify(stored)).to.equal(JSON.stringify(made));
    expect(JSON.stringify(again)).to.equal(JSON.stringify(made));
    // Every analysed seed carries its claims, and some of them an open range ("more than").
    const texts = results.map(asStored).flatMap((r) => ('rule' in r || !r.material ? [] : [r.material.claims.claims as string]));
    expect(texts).to.have.length(results.length);
    expect(texts.some((t) => t.includes('\\u0000n:Infinity'))).to.equal(true);
  });

  it('claims that do not fit their article are refused, and the judge makes them again', () => {
    const { planned, results } = seeds();
    const whole = JSON.stringify(assemble(planned, results).report);
    const first = results.find((r): r is Extract<ArticleResult, { doc: unknown }> => !('rule' in r) && r.material !== undefined && r.material.claims.own > 0)!;
    const m = (asStored(first) as typeof first).material!.claims as ClaimMaterial & { claims: string };
    const index = indexFacts(numberFacts([...first.facts]));
    const bind = (material: ClaimMaterial) => bindClaims(first.doc, material, index, new Map(), new Set());
    expect(bind(m).own).to.have.length(m.own);
    // As made and as kept, the same claims (but for fields holding `undefined`, which JSON leaves out).
    expect(JSON.stringify(bind(first.material!.claims))).to.equal(JSON.stringify(bind(m)));
    const damaged = [
      { ...m, facts: m.facts + 1 },
      { ...m, claims: '[{"article":' },
      { ...m, claims: m.claims.replace(/"fact":"F\d+"/, '"fact":"F99999"') },
      { ...m, claims: m.claims.split(`"article":"${first.doc.article.id}"`).join('"article":"^other"') },
      { ...m, own: m.own + 10_000 },
    ];
    for (const bad of damaged) {
      expect(() => bind(bad)).to.throw(/claims/);
      // In a run, the damaged claims change nothing: they are made again from the facts.
      const run = assemble(planned, results.map((r) => (r === first ? withClaims(r, bad) : r))).report;
      expect(JSON.stringify(run)).to.equal(whole);
    }
    // Claims that fit but say nothing would be trusted: this is why a store marks whose code made them.
    const empty = assemble(planned, results.map((r) => (r === first ? withClaims(r, { ...m, claims: '[]', own: 0, records: 0 }) : r))).report;
    expect(JSON.stringify(empty)).not.to.equal(whole);
  });
});
