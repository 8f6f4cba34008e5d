/**
 * Time zones end to end (issue 15), on short synthetic articles written for the purpose: one
 * moment written in GMT by one outlet and in local time by another is no conflict though the
 * weekdays differ; the same two values without zones are; an arrival on "Thursday" in a page dated
 * Wednesday carries the doubt of a zone ahead; a weekday that does not fall on its stated date,
 * with the year from the metadata, is a conflict naming both readings.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import type { Report, TimeFact } from '../../lib/types.ts';
import { page, run } from './stories.ts';

const dateFindings = (r: Report) => r.findings.filter((f) => /date$/.test(f.slot)).map((f) => [f.verdict, f.rule]);

describe('time zones end to end', function () {
  this.timeout(30000);

  it('"23:15 GMT on Monday" and "6:15 a.m. local time on Tuesday" near Padang (UTC+7) agree as one moment', () => {
    const r = run({
      'a.md': page('Global Wire', '2024-05-14', 'A strong earthquake struck the coast near Padang at 23:15 GMT on Monday, killing four people, officials said.'),
      'b.md': page('Island Post', '2024-05-14', 'A strong earthquake struck the coast near Padang at 6:15 a.m. local time on Tuesday, killing four people, officials said.'),
    });
    expect(dateFindings(r)).to.deep.equal([['agreement', 'judge/one-event-agreement']]);
    const f = r.findings.find((x) => /date$/.test(x.slot))!;
    expect(f.message).to.match(/one moment in two zones: 2024-05-13 23:15 UTC/);
    const zones = r.facts.filter((x): x is TimeFact => x.kind === 'time' && x.timex === 'TIME').map((x) => [x.value, x.zone]);
    expect(zones).to.have.deep.members([['2024-05-13T23:15Z', 'UTC'], ['2024-05-14T06:15', 'local']]);
  });

  it('negative: the same two clock times without zones are a conflict', () => {
    const r = run({
      'a.md': page('Global Wire', '2024-05-14', 'A strong earthquake struck the coast near Padang at 23:15 on Monday, killing four people, officials said.'),
      'b.md': page('Island Post', '2024-05-14', 'A strong earthquake struck the coast near Padang at 6:15 a.m. on Tuesday, killing four people, officials said.'),
    });
    expect(dateFindings(r).map(([v]) => v)).to.include('conflict');
  });

  it('"arrived on Thursday" in a page dated Wednesday carries the doubt of a zone ahead, and is no conflict with Thursday\'s page', () => {
    const r = run({
      'a.md': page('West Daily', '2024-05-15', 'The president arrived in Jakarta on Thursday for two days of talks with the prime minister, officials said.'),
      'b.md': page('East Wire', '2024-05-16', 'The president arrived in Jakarta on Thursday for two days of talks with the prime minister.'),
    });
    const t = r.facts.find((x): x is TimeFact => x.kind === 'time' && x.article === 'a' && x.text.includes('Thursday'))!;
    expect(t.rule).to.equal('weekday/past-tense-or-next-day');
    expect(t.chain).to.match(/or the next day, in a zone ahead/);
    expect(dateFindings(r).map(([v]) => v)).to.not.include('conflict');
    // the agreement says why two dates agree: the same words, counted from two publication dates
    const travel = r.findings.find((f) => /date$/.test(f.slot) && f.verdict === 'agreement')!;
    expect(travel.message).to.match(/They say the same words, '.*Thursday.*'; the dates differ only by the publication dates/);
  });

  it('"Tuesday, May 16" in a page the metadata dates 2024: a weekday mismatch conflict naming both readings', () => {
    const r = run({ 'a.md': page('West Daily', '2024-05-20', 'The talks ended on Tuesday, May 16, after three rounds, officials said.') });
    const m = r.findings.find((f) => f.rule === 'judge/weekday-mismatch')!;
    expect(m.verdict).to.equal('conflict');
    expect(m.message).to.match(/names Tuesday, but 2024-05-16 is a Thursday; read by its weekday, the nearest Tuesday is 2024-05-14/);
  });
});
