import { IConstruct } from 'constructs';
import { addSuppression } from '../adapter/markers';
import { ValidationHub } from '../inventory/validation-hub';
import { ALL_RULES, ruleById } from '../rules/catalog';
import { describeValue } from '../text/describe-value';
import type { Suppression } from '../validation/engine';

const MIN_REASON = 10;

/**
 * Acknowledge warnings or override overridable errors on a construct and everything below it.
 *
 * Findings that are acknowledged or overridden stay in the report with their reason; they just
 * stop failing or warning. Errors that are not overridable can never be silenced.
 */
export class RuleSuppressions {
  /**
   * Acknowledge a warning (or an "unverified" finding) of `ruleId` on `scope` and its children.
   *
   * @param scope the construct (an integration, a stack, the app)
   * @param ruleId a rule ID such as "VNI-R003"
   * @param reason why the finding is acceptable, at least 10 characters
   */
  public static acknowledge(scope: IConstruct, ruleId: string, reason: string): void {
    RuleSuppressions.add(scope, ruleId, reason, 'acknowledge');
  }

  /**
   * Override an error that a newer platform release lifted (only rules marked overridable).
   *
   * @param scope the construct (an integration, a stack, the app)
   * @param ruleId an overridable rule ID such as "VNI-R013"
   * @param reason why the documented limit does not apply, at least 10 characters
   */
  public static overrideError(scope: IConstruct, ruleId: string, reason: string): void {
    const rule = ruleById(ruleId);
    if (rule && !(rule.level === 'error' && rule.overridable)) {
      throw new Error(`${scope.node.path}: rule ${ruleId} (${rule.name}) cannot be overridden; only these errors can: ${overridableIds().join(', ')}. Warnings are acknowledged with RuleSuppressions.acknowledge().`);
    }
    RuleSuppressions.add(scope, ruleId, reason, 'override');
  }

  private static add(scope: IConstruct, ruleId: string, reason: string, kind: Suppression['kind']): void {
    const rule = ruleById(ruleId);
    if (!rule) {
      throw new Error(`${scope.node.path}: unknown rule ID, got ${describeValue(ruleId)}; accepted: a rule ID such as VNI-R001 (see RULES.md)`);
    }
    if (typeof reason !== 'string' || reason.trim().length < MIN_REASON) {
      throw new Error(`${scope.node.path}: ${kind === 'acknowledge' ? 'acknowledging' : 'overriding'} ${ruleId} needs a reason of at least ${MIN_REASON} characters, got ${describeValue(reason)}`);
    }
    addSuppression(scope, { ruleId, reason: reason.trim(), kind });
    // Findings are cached per change: one made after a synthesis must be seen by the next one.
    ValidationHub.of(scope).touch();
  }
}

function overridableIds(): string[] {
  return ALL_RULES.filter((r) => r.level === 'error' && r.overridable).map((r) => r.id);
}
