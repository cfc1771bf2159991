import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationHub } from '../inventory/validation-hub';
import { ALL_RULES, ruleById } from '../rules/catalog';
import { OUTCOMES, reportRows } from '../validation/report';

/** One rule's outcome on one construct, as plain data. */
export interface RuleFinding {
  /** Rule ID, for example "VNI-R002". */
  readonly ruleId: string;
  /** Rule name, for example "Regional.SubnetMinimumSize". */
  readonly ruleName: string;
  /** "error" or "warning". */
  readonly level: string;
  /** "pass", "warning", "error", "acknowledged", "overridden", "unverified" or "not-applicable". */
  readonly outcome: string;
  /** Path of the construct the finding is about. */
  readonly constructPath: string;
  /** The full message (rule ID, what is wrong, what is accepted, fix, source). */
  readonly message: string;
  /** Reason given for an acknowledgement or override; empty otherwise. */
  readonly reason: string;
  /** The rule's page in this package. */
  readonly docLink: string;
}

/**
 * Helpers for users' own jest tests: run this library's rules on a stack without failing the test
 * run, assert rule outcomes on constructs, and snapshot the synthesized JSON.
 */
export class VnetIntegrationTesting {
  /**
   * Synthesizes `stack` with validations on and returns every rule finding about constructs in it,
   * sorted by rule ID and construct path. Errors are returned, not thrown. Every call evaluates the
   * rules afresh, so apps, acknowledgements and resources added after an earlier synthesis count.
   *
   * @param stack a stack of an app made with `Testing.app()`
   */
  public static synthFindings(stack: TerraformStack): RuleFinding[] {
    // The hub caches findings per change it is told of; a test may have changed the tree in ways it
    // is not told of (a resource added by hand), so evaluate again.
    ValidationHub.of(stack).touch();
    Testing.synth(stack);
    // Runs every validation (the library's write the report and topology) without throwing.
    for (const c of stack.node.findAll()) c.node.validate();
    return reportRows(ValidationHub.of(stack).findingsForStack(stack)).map((r) => ({
      ruleId: r.ruleId,
      ruleName: r.ruleName,
      level: r.level,
      outcome: r.outcome,
      constructPath: r.constructPath,
      message: r.message,
      reason: r.reason,
      docLink: r.docLink,
    }));
  }

  /**
   * Asserts that rule `ruleId` came out as `outcome` on `scope`: every finding of that rule on
   * `scope` or below it has that outcome, and there is at least one. Throws an error that lists the
   * findings otherwise.
   *
   * @param scope an integration construct, or a stack to cover every construct in it
   * @param ruleId a rule ID such as "VNI-R002"
   * @param outcome "pass", "warning", "error", "acknowledged", "overridden", "unverified" or "not-applicable"
   */
  public static expectRule(scope: IConstruct, ruleId: string, outcome: string): void {
    if (!(OUTCOMES as readonly string[]).includes(outcome)) {
      throw new Error(`expectRule: outcome must be one of ${OUTCOMES.join(', ')}, got ${JSON.stringify(outcome)}`);
    }
    if (typeof ruleId !== 'string' || !ruleById(ruleId)) {
      throw new Error(`expectRule: unknown rule ID ${JSON.stringify(ruleId)}; known rule IDs: ${ALL_RULES.map((r) => r.id).join(', ')}`);
    }
    const stack = TerraformStack.of(scope);
    const p = scope.node.path;
    const all = VnetIntegrationTesting.synthFindings(stack);
    const mine = all.filter((f) => f.ruleId === ruleId && (p === stack.node.path || f.constructPath === p || f.constructPath.startsWith(p + '/')));
    if (mine.length === 0) {
      const seen = [...new Set(all.filter((f) => f.constructPath === p || f.constructPath.startsWith(p + '/')).map((f) => f.ruleId))];
      throw new Error(`expected ${ruleId} to be "${outcome}" on ${p}, but the rule produced no finding there (rules with findings there: ${seen.length ? seen.join(', ') : 'none'})`);
    }
    const wrong = mine.filter((f) => f.outcome !== outcome);
    if (wrong.length > 0) {
      throw new Error(`expected ${ruleId} to be "${outcome}" on ${p}, but got:\n${wrong.map((f) => `  ${f.outcome} on ${f.constructPath}: ${f.message}`).join('\n')}`);
    }
  }

  /**
   * The synthesized Terraform JSON of `stack` as an object for `toMatchSnapshot()`: without cdktf's
   * "//" metadata and with absolute local backend paths cut to the file name, so snapshots do not
   * depend on the machine or the cdktf version.
   */
  public static synthSnapshot(stack: TerraformStack): any {
    return stripVolatile(JSON.parse(Testing.synth(stack)));
  }
}

function stripVolatile(v: any, key?: string): any {
  if (Array.isArray(v)) return v.map((x) => stripVolatile(x));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, any> = {};
    for (const k of Object.keys(v).sort()) {
      if (k === '//') continue;
      out[k] = stripVolatile(v[k], k);
    }
    return out;
  }
  if (typeof v === 'string' && (key === 'path' || key === 'workspace_dir') && path.isAbsolute(v)) return path.basename(v);
  return v;
}
