/**
 * The synth summary for the terminal: per stack, how many resources it has and how the rules came
 * out. main.ts prints it after `app.synth()` (also when synthesis failed, so the log says where the
 * report is).
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformResource, TerraformStack } from 'cdktf';
import { ValidationHub } from './validation-hub';
import { countOutcomes, OUTCOMES, OutcomeCounts, REPORT_JSON } from '../validation/report';
import { TOPOLOGY_FILE } from '../topology/mermaid';

export interface StackSummary {
  readonly stack: string;
  readonly resources: number;
  readonly counts: OutcomeCounts;
  /** Where the stack's report and diagram are, relative to the working directory. */
  readonly report: string;
  readonly topology: string;
}

/** Counts per stack of `app`, in construct order. */
export function summarizeSynthesis(app: App): StackSummary[] {
  const hub = ValidationHub.of(app);
  const stacks = app.node.children.filter((c): c is TerraformStack => TerraformStack.isStack(c));
  return stacks.map((stack) => {
    const abs = path.join(app.outdir, 'stacks', stack.node.id);
    const rel = path.relative(process.cwd(), abs);
    const dir = rel === '' ? '.' : rel.startsWith('..') ? abs : rel;
    const written = (f: string) => (fs.existsSync(path.join(abs, f)) ? path.join(dir, f) : '(none: no integration constructs in this stack)');
    return {
      stack: stack.node.id,
      resources: stack.node.findAll().filter((c) => TerraformResource.isTerraformResource(c)).length,
      counts: countOutcomes(hub.findingsForStack(stack)),
      report: written(REPORT_JSON),
      topology: written(TOPOLOGY_FILE),
    };
  });
}

/** One line per stack, plus totals when there is more than one stack. */
export function formatSynthesisSummary(summaries: readonly StackSummary[]): string {
  const counts = (c: OutcomeCounts) => OUTCOMES.map((o) => `${c[o]} ${o}`).join(', ');
  const lines = ['VNet integration validation summary:'];
  for (const s of summaries) {
    lines.push(`  ${s.stack}: ${s.resources} resources; rules: ${counts(s.counts)}. Report: ${s.report}; topology: ${s.topology}`);
  }
  if (summaries.length > 1) {
    const total = countOutcomes([]);
    for (const s of summaries) for (const o of OUTCOMES) total[o] += s.counts[o];
    lines.push(`  total: ${summaries.reduce((n, s) => n + s.resources, 0)} resources; rules: ${counts(total)}`);
  }
  return lines.join('\n');
}
