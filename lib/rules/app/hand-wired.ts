/** App-to-subnet connections the user configured outside the integration constructs. */
import { Inventory, SubnetLink } from '../../model/inventory';

const cache = new WeakMap<Inventory, readonly SubnetLink[]>();

/**
 * Links from the tree whose app is not wired by any RegionalVnetIntegration of the inventory
 * (the constructs set virtual_network_subnet_id on the apps they wire; those are not "by hand").
 */
export function handWiredLinks(inv: Inventory): readonly SubnetLink[] {
  const cached = cache.get(inv);
  if (cached) return cached;
  const wired = new Set(inv.regional.flatMap((r) => r.apps.map((a) => a.key)));
  const result = (inv.tree.subnetLinks ?? []).filter((l) => l.appKey === undefined || !wired.has(l.appKey));
  cache.set(inv, result);
  return result;
}
