import { Inventory } from '../../model/inventory';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

/** An app connects to one network at a time. */
export const G010_ONE_GATEWAY_INTEGRATION_PER_APP: InventoryRule = {
  id: 'VNI-G010',
  name: 'Gateway.OneIntegrationPerApp',
  level: 'error',
  scope: 'inventory',
  reads: [],
  readsNoFacts: 'compares resource keys: the app of every gateway-required integration',
  source: { ...DOCS.gateway, section: SECTION.intro },
  summary: 'An app has at most one gateway-required integration: it connects to one network at a time.',
  fix: 'Keep one GatewayVnetIntegration per app; to reach more networks, peer them with the one the app uses (GatewayTransitPeering).',
  description:
    'Gateway-required integration connects an app to exactly one network. A second connection replaces the first rather than adding to it. To reach further networks, peer them with the connected one and add their ranges as plan routes.',
  example: GATEWAY_EXAMPLE,
  check(inv: Inventory) {
    const first = new Map<string, string>();
    const out: Check[] = [];
    for (const g of inv.gatewayIntegrations) {
      const seen = first.get(g.app.key);
      if (seen === undefined) {
        first.set(g.app.key, g.path);
        out.push(pass(g.path));
      } else {
        out.push(fail(`app ${g.app.label} already has a gateway-required integration at ${seen}; accepted: one network per app at a time`, g.path));
      }
    }
    return out;
  },
};
