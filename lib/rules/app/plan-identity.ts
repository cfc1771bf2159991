import { PlanModel } from '../../model/inventory';

/**
 * One key per plan, whatever handle names it: a plan imported by its literal ID gets the key of
 * the plan resource of the app with the same name and resource group (when exactly one matches),
 * so whole-app limits count it once.
 */
export function planIdentity(plans: readonly PlanModel[]): (p: PlanModel) => string {
  const resourcesByName = new Map<string, Set<string>>();
  for (const p of plans) {
    if (p.key.startsWith('lit:') || p.nameInGroup === undefined) continue;
    const keys = resourcesByName.get(p.nameInGroup) ?? new Set<string>();
    keys.add(p.key);
    resourcesByName.set(p.nameInGroup, keys);
  }
  return (p) => {
    if (!p.key.startsWith('lit:') || p.nameInGroup === undefined) return p.key;
    const keys = resourcesByName.get(p.nameInGroup);
    return keys && keys.size === 1 ? [...keys][0] : p.key;
  };
}
