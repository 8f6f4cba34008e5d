/**
 * `--format junit`: JUnit XML for CI test reporters. One test case per finding; a case fails
 * exactly when its finding fails the gate (so the XML and the exit code agree), an unresolved
 * finding the gate lets through is skipped, and every other finding passes (an `update`, which no
 * `--fail-on` can fail, passes as different events do, its timeline in the case's output). Unreadable inputs are
 * errored cases.
 */
import { canFail, failingFindings } from '../gate.ts';
import type { Finding } from '../types.ts';
import { attributionSuffix, groupsText, reviewLabel, sortFindings, timelineText, LANGUAGE_RULE, notAnalysed, notAnalysedReason } from './text.ts';
import type { Formatter } from './types.ts';
import { pushAll } from '../util/lists.ts';

/**
 * Escapes text for XML content and attribute values. Characters XML 1.0 cannot hold at all
 * (control characters, lone surrogates) become U+FFFD, since no escape can carry them.
 */
export function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** For attribute values: also line breaks and tabs as references, which attribute normalization would flatten. */
function attr(s: string): string {
  return xml(s).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** The report as a JUnit XML document. */
export const formatJunit: Formatter = (report, options) => {
  const failOn = options.failOn ?? 'conflict';
  const findings = options.view === 'report' ? sortFindings(report.findings) : [];
  const failing = new Set(failingFindings(findings, failOn));
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const f of findings) {
    const head = `    <testcase classname="${attr(`crosscheck.${f.rule}`)}" name="${attr(`${f.verdict}: ${f.slot} [${f.id}]`)}" time="0">`;
    const body: string[] = [];
    if (failing.has(f)) {
      failures++;
      body.push(`      <failure type="${attr(f.verdict)}" message="${attr(f.message)}">${xml(details(f))}</failure>`);
    } else if (canFail(f.verdict) && (f.review === null || f.review.changed === true)) {
      // Open but let through by --fail-on: neither a pass nor a failure.
      skipped++;
      body.push(`      <skipped message="${attr(`${f.verdict}, not failing with --fail-on ${failOn}: ${f.message}`)}"/>`);
    }
    // A failure carries the details already; the other cases keep them in their output.
    if (!failing.has(f)) body.push(`      <system-out>${xml(details(f))}</system-out>`);
    cases.push(head);
    pushAll(cases, body);
    cases.push('    </testcase>');
  }
  for (const p of report.problems) {
    cases.push(
      `    <testcase classname="crosscheck.input" name="${attr(p.path)}" time="0">`,
      `      <error type="${attr(p.rule)}" message="${attr(p.reason)}">${xml(`${p.path}: ${p.reason} [${p.rule}]`)}</error>`,
      '    </testcase>',
    );
  }
  // An input in another language is a test skipped, not an error: it changes no exit code.
  for (const a of notAnalysed(report)) {
    skipped++;
    cases.push(
      `    <testcase classname="crosscheck.input" name="${attr(a.path)}" time="0">`,
      `      <skipped message="${attr(`${notAnalysedReason(a)} [${LANGUAGE_RULE}]`)}"/>`,
      '    </testcase>',
    );
  }
  const errors = report.problems.length;
  const tests = findings.length + errors + notAnalysed(report).length;
  const counts = `tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="crosscheck" ${counts} time="0">`,
    `  <testsuite name="crosscheck findings" ${counts} time="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

function details(f: Finding): string {
  const claims = f.claims.map((c) => `  ${c.article} [${c.start}, ${c.end}): "${c.text}" → ${c.value ?? 'unresolved'}${attributionSuffix(c)}`);
  const timeline = f.timeline?.length ? [`timeline: ${timelineText(f.timeline)}`] : [];
  const groups = f.groups?.length ? [`values: ${groupsText(f.groups)}`] : [];
  return [`${f.verdict}: ${f.slot}`, f.message, ...claims, ...timeline, ...groups, `rule ${f.rule}, confidence ${f.confidence}, ${reviewLabel(f)}`].join('\n');
}
