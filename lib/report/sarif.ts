/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub's upload-sarif among them).
 *
 * Each finding is one result: `ruleId` is the finding's rule, `level` follows the verdict, the
 * primary location is one claim's span (a new source's first, in `check`) and the other claims
 * are related locations. `partialFingerprints` carries the finding id, so a scanner tracks the
 * same finding across runs. A finding an editor has reviewed (and whose evidence has not changed
 * since) carries an accepted external suppression, as the review file is a suppression list.
 */
import pkg from '../../package.json' with { type: 'json' };
import { describeFindingRule } from '../judge/rules/index.ts';
import { fileOfPath } from '../load/article.ts';
import { type Claim, type Finding, type Verdict, VERDICTS, verdictRank } from '../types.ts';
import { Positions } from './position.ts';
import { attributionSuffix, cmp, groupsText, offsetsFitFile, orderClaims, reviewLabel, sortFindings, sourcesById, timelineText, LANGUAGE_RULE, notAnalysed, notAnalysedReason } from './text.ts';
import type { Formatter } from './types.ts';
import { minOf } from '../util/lists.ts';

/** A SARIF result `level`. */
type Level = (typeof VERDICTS)[number]['sarifLevel'];

/**
 * SARIF `level` per verdict, from the verdict table: what a reader must act on is an error,
 * agreement is no problem at all.
 */
export const SARIF_LEVEL = Object.fromEntries(VERDICTS.map((v) => [v.verdict, v.sarifLevel])) as Readonly<Record<Verdict, Level>>;

/** The `partialFingerprints` key holding the finding id. */
export const FINGERPRINT_KEY = 'crosscheckFindingId/v1';

/**
 * A path as a relative (or `file:`) URI reference: forward slashes, each segment percent-encoded.
 * The `#n` of a part of a JSON file is dropped: the artifact is the file.
 */
export function pathToUri(path: string): string {
  const clean = fileOfPath(path).replace(/\\/g, '/');
  const encoded = clean.split('/').map((s) => encodeURIComponent(s)).join('/');
  if (/^[A-Za-z]:\//.test(clean)) return `file:///${clean.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}`;
  return clean.startsWith('/') ? `file://${encoded}` : encoded;
}

/** The report as a SARIF 2.1.0 log, two-space indented, final newline. */
export const formatSarif: Formatter = (report, options) => {
  const sources = sourcesById(options.sources);
  const positions = new Positions(sources);
  const paths = new Map(report.articles.map((a) => [a.id, a.path]));
  const findings = options.view === 'report' ? sortFindings(report.findings) : [];
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort(cmp);

  const location = (c: Claim) => {
    const source = sources.get(c.article);
    const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: pathToUri(source?.file ?? paths.get(c.article) ?? c.article) } };
    const from = positions.at(c.article, c.start);
    const to = positions.at(c.article, c.end);
    // HTML and JSON articles: the offsets point into extracted text, not the file, so a line
    // number would point at the wrong place; the file alone is the honest location.
    if (from && to && offsetsFitFile(source)) {
      physicalLocation.region = {
        startLine: from.line,
        startColumn: from.column,
        endLine: to.line,
        endColumn: to.column,
        charOffset: c.start,
        charLength: c.end - c.start,
        snippet: { text: c.text },
      };
    }
    return physicalLocation;
  };

  const result = (f: Finding) => {
    const [primary, ...others] = orderClaims(f, options.focus);
    const ordered = orderClaims(f, options.focus);
    const claims = ordered.map(claimText);
    // The issue-14 parts, in words after the claims and as data in the properties.
    const extra = [f.timeline?.length ? ` Timeline: ${timelineText(f.timeline)}.` : '', f.groups?.length ? ` Values: ${groupsText(f.groups)}.` : ''].join('');
    const attributed = ordered.filter((c) => c.source !== undefined || c.asOf !== undefined);
    const out: Record<string, unknown> = {
      ruleId: f.rule,
      ruleIndex: ruleIds.indexOf(f.rule),
      // SARIF: a result that is not a failure has kind "pass" and level "none"; agreement is one.
      ...(f.verdict === 'agreement' ? { kind: 'pass' } : {}),
      level: SARIF_LEVEL[f.verdict],
      message: { text: `${f.verdict}: ${f.slot}: ${f.message} (${claims.join('; ')})${extra} [${reviewLabel(f)}]` },
      partialFingerprints: { [FINGERPRINT_KEY]: f.id },
      properties: {
        findingId: f.id,
        verdict: f.verdict,
        slot: f.slot,
        confidence: f.confidence,
        evidence: f.evidence,
        review: f.review,
        // Who gave each value and when it held, for the claims the text attributes or dates.
        ...(attributed.length ? { claims: attributed.map((c) => ({ article: c.article, value: c.value, ...(c.source === undefined ? {} : { source: c.source }), ...(c.asOf === undefined ? {} : { asOf: c.asOf }) })) } : {}),
        ...(f.groups === undefined ? {} : { groups: f.groups }),
        ...(f.timeline === undefined ? {} : { timeline: f.timeline }),
      },
    };
    if (primary) out.locations = [{ physicalLocation: location(primary), message: { text: claimText(primary) } }];
    if (others.length > 0) {
      out.relatedLocations = others.map((c, i) => ({ id: i + 1, physicalLocation: location(c), message: { text: claimText(c) } }));
    }
    if (f.review && !f.review.changed) {
      out.suppressions = [
        {
          kind: 'external',
          status: 'accepted',
          justification: `${f.review.decision}${f.review.reviewer ? ` by ${f.review.reviewer}` : ''}${f.review.note ? `: ${f.review.note}` : ''}`,
        },
      ];
    }
    return out;
  };

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'crosscheck',
            // The version of the tool is part of what a scanner shows; it changes only with a release.
            version: pkg.version,
            rules: ruleIds.map((id) => ({
              id,
              name: ruleName(id),
              shortDescription: { text: describeFindingRule(id) ?? `crosscheck finding rule ${id}` },
              defaultConfiguration: { level: ruleLevel(id, findings) },
            })),
          },
        },
        // Offsets and columns count UTF-16 code units, as the report's offsets do.
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: report.problems.length === 0,
            toolExecutionNotifications: report.problems
              .map((p) => ({
                level: 'error',
                message: { text: `${p.path}: ${p.reason}` },
                descriptor: { id: p.rule },
                locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(p.path) } } }],
              }))
              // An input in another language: named, as a note, since the run over the others succeeded.
              .concat(
                notAnalysed(report).map((a) => ({
                  level: 'note',
                  message: { text: `${a.path}: ${notAnalysedReason(a)}` },
                  descriptor: { id: LANGUAGE_RULE },
                  locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(a.path) } } }],
                })),
              ),
          },
        ],
        results: findings.map(result),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function claimText(c: Claim): string {
  return `${c.article}: "${c.text}" → ${c.value ?? 'unresolved'}${attributionSuffix(c)}`;
}

/** `time/weekday-mismatch` → `TimeWeekdayMismatch`: SARIF's `name` is an identifier-like label. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** A rule's default level: the most severe level among its findings. */
function ruleLevel(id: string, findings: readonly Finding[]): Level {
  // Levels follow the verdicts' severity one to one, so the most severe verdict gives the level.
  const severest = minOf(findings.filter((f) => f.rule === id).map((f) => verdictRank(f.verdict)));
  return VERDICTS.find((v) => v.severity === severest)!.sarifLevel;
}
