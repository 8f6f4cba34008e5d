/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding on the span of
 * its primary claim (a new source's, in `check`), so the finding shows on the pull request's diff.
 */
import { failingFindings } from '../gate.ts';
import type { Finding } from '../types.ts';
import { Positions } from './position.ts';
import { attributionSuffix, groupsText, offsetsFitFile, orderClaims, reviewLabel, sortFindings, sourcesById, timelineText, LANGUAGE_RULE, notAnalysed, notAnalysedReason } from './text.ts';
import type { Formatter } from './types.ts';

/** Escapes a workflow command's message: `%`, CR and LF, as GitHub's toolkit does. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as {@link escapeData}, and `:` and `,` too. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command: `::level key=value,...::message`. */
export function command(level: 'error' | 'warning' | 'notice', props: [string, string | number][], message: string): string {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${level}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}

/** Annotations for every finding (errors for those that fail the gate) and for unreadable inputs. */
export const formatGithub: Formatter = (report, options) => {
  const sources = sourcesById(options.sources);
  const positions = new Positions(sources);
  const paths = new Map(report.articles.map((a) => [a.id, a.path]));
  const failing = new Set(failingFindings(report.findings, options.failOn ?? 'conflict'));
  const lines: string[] = [];
  for (const p of report.problems) lines.push(command('error', [['file', p.path], ['title', `crosscheck: ${p.rule}`]], p.reason));
  for (const a of notAnalysed(report)) lines.push(command('notice', [['file', a.path], ['title', `crosscheck: ${LANGUAGE_RULE}`]], notAnalysedReason(a)));
  if (options.view === 'report') {
    for (const f of sortFindings(report.findings)) {
      const [primary] = orderClaims(f, options.focus);
      const props: [string, string | number][] = [];
      if (primary) {
        const source = sources.get(primary.article);
        props.push(['file', source?.file ?? paths.get(primary.article) ?? primary.article]);
        const from = positions.at(primary.article, primary.start);
        // GitHub's end column is the last character's; columns only when the span is on one line.
        const to = positions.at(primary.article, Math.max(primary.start, primary.end - 1));
        if (from && to && offsetsFitFile(source)) {
          props.push(['line', from.line]);
          if (from.line === to.line) props.push(['col', from.column]);
          props.push(['endLine', to.line]);
          if (from.line === to.line) props.push(['endColumn', to.column]);
        }
      }
      props.push(['title', `crosscheck ${f.verdict}: ${f.slot} [${f.id}]`]);
      lines.push(command(level(f, failing), props, message(f)));
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

/** `error` when the finding fails the gate; `warning` for what an editor should look at; `notice` otherwise (an update among them). */
function level(f: Finding, failing: ReadonlySet<Finding>): 'error' | 'warning' | 'notice' {
  if (failing.has(f)) return 'error';
  if (f.verdict === 'unresolved' || (f.verdict === 'conflict' && f.review?.changed)) return 'warning';
  return 'notice';
}

function message(f: Finding): string {
  const claims = f.claims.map((c) => `${c.article}: "${c.text}" → ${c.value ?? 'unresolved'}${attributionSuffix(c)}`);
  if (f.timeline?.length) claims.push(`timeline: ${timelineText(f.timeline)}`);
  if (f.groups?.length) claims.push(`values: ${groupsText(f.groups)}`);
  return `${f.message}\n${claims.join('\n')}\nrule ${f.rule}; ${reviewLabel(f)}`;
}
