/** Runs one rule on plain models and returns its checks, so rule tests need no synthesis. */
import { Inventory } from '../../lib/model/inventory';
import { Check, InventoryRule, Rule, SubjectRule } from '../../lib/rules/rule';
import { evaluate, Finding } from '../../lib/validation/engine';
import { inventory } from './models';

export function checkSubject<S>(rule: SubjectRule<S>, subject: S, inv: Inventory = inventory()): Check[] {
  return rule.check(subject, inv);
}

export function checkInventory(rule: InventoryRule, inv: Inventory): Check[] {
  return rule.check(inv);
}

/** The findings the engine makes of one rule on an inventory: full messages with the rule ID and construct path. */
export function evaluateRule(rule: Rule, inv: Inventory): Finding[] {
  return evaluate(inv, [rule], () => []);
}

export const kinds = (checks: Check[]) => checks.map((c) => c.kind);
export const messages = (checks: Check[]) => checks.filter((c) => c.kind !== 'pass').map((c) => (c as { message: string }).message).join('\n');
