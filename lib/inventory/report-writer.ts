/**
 * Writes validation-report.json and validation-report.csv beside each stack's cdk.tf.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { TerraformStack } from 'cdktf';
import type { Finding } from '../validation/engine';
import { buildReport, REPORT_CSV, REPORT_JSON, reportCsv, reportJson } from '../validation/report';

export function writeValidationReport(stack: TerraformStack, dir: string, findings: readonly Finding[], _inventory?: unknown, validationSkipped = false): void {
  const report = buildReport(stack.node.id, findings, validationSkipped);
  fs.writeFileSync(path.join(dir, REPORT_JSON), reportJson(report));
  fs.writeFileSync(path.join(dir, REPORT_CSV), reportCsv(report));
}
