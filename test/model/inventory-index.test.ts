import { makeInventory } from '../../lib/model/inventory-index';
import { gatewayIn, integrationsOnNetwork } from '../../lib/model/inventory-index';
import { k } from '../helpers/keys';
import { app, regional, tree } from '../helpers/models';
import { transitPeering, vnetModelOf } from '../helpers/peering-fixtures';
import { gateway, integration } from '../rules/gateway/models';

describe('the inventory index, built once per inventory', () => {
  const hub = vnetModelOf('ref:hub:azurerm_virtual_network.Hub.id', ['10.0.0.0/16']);
  const spoke = vnetModelOf('ref:spoke:azurerm_virtual_network.Spoke.id', ['10.1.0.0/16']);

  test('peering neighbours: each network with the networks it is peered with, once each', () => {
    const inv = makeInventory({ regional: [], gatewayIntegrations: [], gateways: [], peerings: [transitPeering('P', hub, spoke)], tree: tree() });
    expect(inv.index.peeringNeighbours.get(hub.key)?.edges.map((e) => e.peer.key)).toEqual([spoke.key]);
    expect(inv.index.peeringNeighbours.get(spoke.key)?.edges.map((e) => e.path)).toEqual(['P']);
  });

  test('gateways by network: a gateway construct first, then the tree', () => {
    const g = gateway({ path: 'hub/Gw', vnet: hub });
    const withConstruct = makeInventory({ regional: [], gatewayIntegrations: [], gateways: [g], peerings: [], tree: tree() });
    expect(gatewayIn(withConstruct, hub)).toBe('hub/Gw');
    const fromTree = makeInventory({ regional: [], gatewayIntegrations: [], gateways: [], peerings: [], tree: tree({ gatewaysByVnet: new Map([[hub.nameKeys[0], [{ path: 'hub/Raw', type: 'azurerm_virtual_network_gateway' }]]]) }) });
    expect(gatewayIn(fromTree, hub)).toBe('hub/Raw');
    expect(gatewayIn(fromTree, spoke)).toBeUndefined();
  });

  test('gateway-required integrations by the network of their gateway: same key or a name key in common, in inventory order, each once', () => {
    const other = vnetModelOf('ref:o:azurerm_virtual_network.Other.id', ['10.9.0.0/16']);
    // The hub again, reached through its name only (a gateway adopted by name): same network, other key.
    const hubByName = { ...other, key: k('lit:hub-by-name'), nameKeys: [other.nameKeys[0], hub.nameKeys[0]] };
    const on = (path: string, vnet: typeof hub) => integration({ path, gateway: gateway({ vnet }) });
    const inv = makeInventory({
      regional: [], gateways: [], peerings: [], tree: tree(),
      gatewayIntegrations: [on('A', hub), on('B', other), on('C', hubByName), on('D', hub)],
    });
    expect(integrationsOnNetwork(inv, hub).map((g) => g.path)).toEqual(['A', 'C', 'D']);
    // hubByName shares a name key with both networks, and its own key with C only.
    expect(integrationsOnNetwork(inv, other).map((g) => g.path)).toEqual(['B', 'C']);
    expect(integrationsOnNetwork(inv, hubByName).map((g) => g.path)).toEqual(['A', 'B', 'C', 'D']);
    expect(integrationsOnNetwork(inv, spoke)).toEqual([]);
  });

  test('plain outputs by every attribute path they read; sensitive ones are left out', () => {
    const key = k('ref:s:azapi_resource_action.pkg.sensitive_output.uri');
    const inv = makeInventory({
      regional: [], gatewayIntegrations: [], gateways: [], peerings: [],
      tree: tree({ outputs: [{ path: 's/plain', sensitive: false, references: [key] }, { path: 's/secret', sensitive: true, references: [key] }] }),
    });
    expect(inv.index.plainOutputsByKey.get(k('ref:s:azapi_resource_action.pkg.sensitive_output'))).toEqual(['s/plain']);
    expect(inv.index.plainOutputsByKey.get(key)).toEqual(['s/plain']);
  });

  test('hand-wired links leave out the apps the integrations wired themselves', () => {
    const link = (appKey: string) => ({ path: `s/${appKey}`, type: 'azurerm_windows_web_app', appKey: k(appKey), planKey: k('plan-1'), subnetKey: k('subnet-1') });
    const inv = makeInventory({ regional: [regional({ apps: [app()] })], gatewayIntegrations: [], gateways: [], peerings: [], tree: tree({ subnetLinks: [link('app-1'), link('app-9')] }) });
    expect(inv.index.handWiredLinks.map((l) => l.path)).toEqual(['s/app-9']);
  });
});
