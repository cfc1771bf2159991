/**
 * The validation report: one row per rule and construct, sorted, as JSON and CSV. Pure: the writer
 * in lib/inventory/report-writer.ts puts the files beside each stack's cdk.tf.json.
 */
import { ruleById } from '../rules/catalog';
import { Finding, Outcome, ruleDocPath } from './engine';

export const REPORT_JSON = 'validation-report.json';
export const REPORT_CSV = 'validation-report.csv';

/** Every outcome, in the order the summary lists them. */
export const OUTCOMES: readonly Outcome[] = ['pass', 'warning', 'error', 'acknowledged', 'overridden', 'unverified', 'not-applicable'];

export interface ReportRow {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly level: string;
  readonly outcome: Outcome;
  readonly constructPath: string;
  readonly message: string;
  /** Reason given for an acknowledgement or override; empty otherwise. */
  readonly reason: string;
  /** The rule's page in this package. */
  readonly docLink: string;
  /** The Microsoft Learn page the rule comes from. */
  readonly sourceUrl: string;
  /** Present, and true, when the app skipped validation: the finding was reported, not enforced. */
  readonly validationSkipped?: boolean;
}

export type OutcomeCounts = Record<Outcome, number>;

export interface ValidationReport {
  readonly stack: string;
  /** Present, and true, when the app was synthesized with `skipValidation`: nothing was enforced. */
  readonly validationSkipped?: boolean;
  readonly counts: OutcomeCounts;
  readonly rows: readonly ReportRow[];
}

export function emptyCounts(): OutcomeCounts {
  return { pass: 0, warning: 0, error: 0, acknowledged: 0, overridden: 0, unverified: 0, 'not-applicable': 0 };
}

export function countOutcomes(rows: readonly { outcome: Outcome }[]): OutcomeCounts {
  const c = emptyCounts();
  for (const r of rows) c[r.outcome]++;
  return c;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rows sorted by rule ID, construct path, outcome and message; exact duplicates dropped. */
export function reportRows(findings: readonly Finding[]): ReportRow[] {
  const rows = findings.map(
    (f): ReportRow => ({
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      level: f.level,
      outcome: f.outcome,
      constructPath: f.path,
      message: f.message,
      reason: f.reason ?? '',
      docLink: ruleDocPath(f.ruleId),
      sourceUrl: ruleById(f.ruleId)?.source.url ?? '',
    }),
  );
  rows.sort((a, b) => cmp(a.ruleId, b.ruleId) || cmp(a.constructPath, b.constructPath) || cmp(a.outcome, b.outcome) || cmp(a.message, b.message));
  return rows.filter((r, i) => i === 0 || JSON.stringify(r) !== JSON.stringify(rows[i - 1]));
}

export function buildReport(stack: string, findings: readonly Finding[], validationSkipped = false): ValidationReport {
  const rows = reportRows(findings);
  if (!validationSkipped) return { stack, counts: countOutcomes(rows), rows };
  return { stack, validationSkipped: true, counts: countOutcomes(rows), rows: rows.map((r) => ({ ...r, validationSkipped: true })) };
}

export function reportJson(report: ValidationReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

const COLUMNS: readonly (keyof ReportRow)[] = ['ruleId', 'ruleName', 'level', 'outcome', 'constructPath', 'message', 'reason', 'docLink', 'sourceUrl'];

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function reportCsv(report: ValidationReport): string {
  // A report of a synthesis that skipped validation says so on every row, in a last column.
  const columns: readonly (keyof ReportRow)[] = report.validationSkipped ? [...COLUMNS, 'validationSkipped'] : COLUMNS;
  const lines = [columns.join(',')];
  for (const r of report.rows) lines.push(columns.map((c) => csvField(String(r[c]))).join(','));
  return lines.join('\r\n') + '\r\n';
}
