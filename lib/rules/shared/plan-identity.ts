import { parseResourceId } from '../../facts/resource-id';
import { readString } from '../../model/read-text';
import { PlanModel } from '../../model/inventory';
import { isLiteralKey, ResourceKey } from '../../model/resource-key';

/** Lower-case subscription of a plan: from its literal ID, else its provider's subscription_id. */
function subscriptionOf(p: PlanModel): string | undefined {
  const id = readString(p.id);
  if (id.state === 'known') return parseResourceId(id.value)?.subscriptionId.toLowerCase();
  return p.subscriptionId;
}

/**
 * True when a plan resource and a plan imported by literal ID have the same name and resource group
 * and their subscriptions are not known to differ.
 */
export function samePlanByName(a: PlanModel, b: PlanModel): boolean {
  if (a.key === b.key || a.nameInGroup === undefined || a.nameInGroup !== b.nameInGroup) return false;
  if (isLiteralKey(a.key) === isLiteralKey(b.key)) return false;
  const sa = subscriptionOf(a);
  const sb = subscriptionOf(b);
  return sa === undefined || sb === undefined || sa === sb;
}

/**
 * One key per plan, whatever handle names it: a plan imported by its literal ID gets the key of
 * the plan resource of the app with the same name and resource group (when exactly one matches),
 * so whole-app limits count it once.
 */
export function planIdentity(plans: readonly PlanModel[]): (p: PlanModel) => ResourceKey {
  const resourcesByName = new Map<string, Map<ResourceKey, PlanModel>>();
  for (const p of plans) {
    if (isLiteralKey(p.key) || p.nameInGroup === undefined) continue;
    const byKey = resourcesByName.get(p.nameInGroup) ?? new Map<ResourceKey, PlanModel>();
    byKey.set(p.key, p);
    resourcesByName.set(p.nameInGroup, byKey);
  }
  return (p) => {
    if (!isLiteralKey(p.key) || p.nameInGroup === undefined) return p.key;
    const candidates = [...(resourcesByName.get(p.nameInGroup)?.values() ?? [])].filter((r) => samePlanByName(r, p));
    return candidates.length === 1 ? candidates[0].key : p.key;
  };
}
