import { Inventory } from '../../model/inventory';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';

/** virtual_network_subnet_id and a swift connection fight over the same setting. */
export const R016_SWIFT_CONNECTION_CONFLICT: InventoryRule = {
  id: 'VNI-R016',
  name: 'Deployment.NoSwiftConnectionBesideSubnetId',
  level: 'error',
  scope: 'inventory',
  reads: [],
  readsNoFacts: 'compares resource keys: the apps of the integration and the app_service_id of swift connections',
  source: {
    ...DOCS.overview,
    section: 'Regional VNet Integration; azurerm provider docs for app_service_virtual_network_swift_connection',
    versions: 'Not in the Microsoft documents: the azurerm provider states the two must never be used together (terraform-provider-azurerm #17930, #25974).',
  },
  summary: 'An app wired by this library must not also have an azurerm_app_service_virtual_network_swift_connection.',
  fix: 'Delete the azurerm_app_service_virtual_network_swift_connection; the construct already sets virtual_network_subnet_id.',
  description:
    'The azurerm provider offers two ways to connect an app to a subnet: the app\'s own virtual_network_subnet_id argument and the separate azurerm_app_service_virtual_network_swift_connection resource. The construct uses the first for apps it manages; a second connection resource for the same app makes the two fight, and each apply undoes the other.',
  example: `// The construct sets virtual_network_subnet_id on the app; no
// AppServiceVirtualNetworkSwiftConnection is declared for it.
new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26',
});`,
  check(inv: Inventory) {
    const out: Check[] = [];
    for (const r of inv.regional) {
      const conflicts = r.apps.flatMap((a) => (inv.tree.swiftConnectionsByApp.get(a.key) ?? []).map((c) => `${c.path} (app ${a.label})`));
      out.push(conflicts.length > 0
        ? fail(`apps are also connected by azurerm_app_service_virtual_network_swift_connection: ${conflicts.join(', ')}; the two overwrite each other on every apply. Accepted: no swift connection for these apps`, r.path)
        : pass(r.path));
    }
    return out;
  },
};
