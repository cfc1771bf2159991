import { Inventory } from '../../model/inventory';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';

/** Nothing else may be placed in an integration subnet. */
export const R008_SUBNET_DEDICATED: InventoryRule = {
  id: 'VNI-R008',
  name: 'App.IntegrationSubnetDedicated',
  level: 'error',
  scope: 'inventory',
  source: { ...DOCS.overview, section: 'Regional VNet Integration (the subnet cannot be used for anything else)' },
  summary: 'The integration subnet is used only by App Service: no private endpoints, network interfaces, gateways or other services in it.',
  fix: 'Give the other resource a subnet of its own.',
  check(inv: Inventory) {
    const out: Check[] = [];
    for (const r of inv.regional) {
      const occupants = inv.tree.subnetOccupants.get(r.subnet.key) ?? [];
      if (occupants.length > 0) {
        out.push(fail(`integration subnet ${r.subnet.label} is also used by ${occupants.map((o) => `${o.type} ${o.path}`).join(', ')}; accepted: a subnet used by this integration only`, r.path));
      } else {
        out.push(pass(r.path));
      }
    }
    return out;
  },
};
