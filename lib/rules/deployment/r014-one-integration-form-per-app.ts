import { Inventory } from '../../model/inventory';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';
import { pushTo } from '../shared/multimap';

/** An app uses one form of integration at a time. */
export const R014_ONE_FORM_PER_APP: InventoryRule = {
  id: 'VNI-R014',
  name: 'Deployment.OneIntegrationFormPerApp',
  level: 'error',
  scope: 'inventory',
  reads: [],
  readsNoFacts: 'compares resource keys: the apps each integration form connects',
  source: { ...DOCS.overview, section: 'Integrate your app with an Azure Virtual Network (an app can only use one form at a time)' },
  summary: 'An app uses either regional or gateway-required integration, never both.',
  fix: 'Keep one form for the app: remove it from the RegionalVnetIntegration (or drop its own virtual_network_subnet_id or swift connection) or from the GatewayVnetIntegration.',
  description:
    'An app can use regional integration or the older gateway-required integration, but not both at once, and it can be attached to only one integration. Wiring the same app from two constructs would make them fight over its virtual_network_subnet_id and leave the deployed state depending on apply order. An app connected to a subnet by hand (its own virtual_network_subnet_id or a swift connection) counts as using regional integration.',
  example: `const integration = new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26',
});
// app is wired here only; no second integration construct lists it.`,
  check(inv: Inventory) {
    const users = new Map<string, { path: string; form: string; label: string; byHand?: boolean }[]>();
    for (const r of inv.regional) {
      for (const a of r.apps) pushTo(users, a.key, { path: r.path, form: 'regional', label: a.label });
    }
    // Apps connected to a subnet by hand (virtual_network_subnet_id or a swift connection) use regional integration.
    for (const l of inv.index.handWiredLinks) {
      if (l.appKey !== undefined) pushTo(users, l.appKey, { path: l.path, form: 'regional', label: l.path, byHand: true });
    }
    for (const g of inv.gatewayIntegrations) {
      pushTo(users, g.app.key, { path: g.path, form: 'gateway-required', label: g.app.label });
    }
    const failedPaths = new Map<string, string[]>();
    for (const list of users.values()) {
      // The same form twice is judged by its own rules (VNI-R012 / VNI-R017, VNI-G010).
      if (new Set(list.map((u) => u.form)).size < 2) continue;
      for (const u of list.filter((x) => x.form !== list[0].form)) {
        pushTo(failedPaths, u.path, `app ${u.label} is already integrated by ${list[0].path} (${list[0].form}${list[0].byHand ? ', connected by hand' : ''}); this construct adds ${u.form}`);
      }
    }
    const out: Check[] = [];
    const paths = new Set([...inv.regional.map((r) => r.path), ...(inv.gatewayIntegrations).map((g) => g.path)]);
    for (const p of paths) {
      const f = failedPaths.get(p);
      out.push(f ? fail(`${f.join('; ')}. Accepted: one integration form per app`, p) : pass(p));
    }
    return out;
  },
};
