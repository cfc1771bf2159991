import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Fn, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { GatewayTransitPeering } from '../../lib/constructs/gateway-transit-peering';
import { GatewayVnetIntegration } from '../../lib/constructs/gateway-vnet-integration';
import { ValidationHub } from '../../lib/inventory/validation-hub';
import { PointToSiteGatewayReference } from '../../lib/references/point-to-site-gateway-reference';
import { fixture, gatewayIn, synthJson } from './gateway-fixtures';

function spokeIn(f: ReturnType<typeof fixture>, space = ['10.40.0.0/16'], id = 'spoke') {
  return new VirtualNetwork(f.stack, id, { name: `vnet-${id}`, resourceGroupName: 'rg-spoke', location: 'westeurope', addressSpace: space });
}

function peerings(out: any): Record<string, any> {
  return out.resource.azurerm_virtual_network_peering;
}

describe('GatewayTransitPeering', () => {
  test('creates both sides with the documented flags', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    new GatewayTransitPeering(f.stack, 'transit', { gateway: gw, spokeVirtualNetwork: spokeIn(f) });
    const p = peerings(synthJson(f));
    const [hubKey, hub] = Object.entries(p).find(([k]) => k.includes('HubToSpoke'))!;
    const [, spoke] = Object.entries(p).find(([k]) => k.includes('SpokeToHub'))!;
    expect(hub).toMatchObject({
      virtual_network_name: '${azurerm_virtual_network.vnet.name}',
      remote_virtual_network_id: '${azurerm_virtual_network.spoke.id}',
      allow_virtual_network_access: true,
      allow_forwarded_traffic: true,
      allow_gateway_transit: true,
      use_remote_gateways: false,
    });
    expect(spoke).toMatchObject({
      virtual_network_name: '${azurerm_virtual_network.spoke.name}',
      resource_group_name: '${azurerm_virtual_network.spoke.resource_group_name}',
      remote_virtual_network_id: '${azurerm_virtual_network.vnet.id}',
      allow_virtual_network_access: true,
      allow_forwarded_traffic: true,
      allow_gateway_transit: false,
      use_remote_gateways: true,
    });
    // spoke side after the hub side and after the gateway (azurerm issue #2872)
    expect(spoke.depends_on).toEqual([`azurerm_virtual_network_peering.${hubKey}`, expect.stringMatching(/^azurerm_virtual_network_gateway\.gw_Gateway/)]);
  });

  test('adds the spoke range as a plan route to integrations made before and after it', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const before = new GatewayVnetIntegration(f.stack, 'before', { app: f.web, plan: f.plan, gateway: gw });
    new GatewayTransitPeering(f.stack, 'transit', { gateway: gw, spokeVirtualNetwork: spokeIn(f, ['10.40.0.0/16', '10.41.0.0/24']) });
    const web2 = new WindowsWebApp(f.stack, 'web2', { name: 'web-two', resourceGroupName: 'rg-web', location: 'northeurope', servicePlanId: f.plan.id, siteConfig: {} });
    const after = new GatewayVnetIntegration(f.stack, 'after', { app: web2, plan: f.plan, gateway: gw, routes: ['10.40.0.0/16'] });
    expect(before.routes).toEqual(['10.40.0.0/16', '10.41.0.0/24']);
    expect(after.routes).toEqual(['10.40.0.0/16', '10.41.0.0/24']);
    // same plan and network: each route exists once
    // a plan route is a PUT action (and a DELETE action for destroy), never an azapi_resource
    const routes = Object.values(synthJson(f).resource.azapi_resource_action).filter((r: any) => r.type.startsWith('Microsoft.Web/serverfarms/virtualNetworkConnections/routes') && r.method === 'PUT');
    expect(routes.map((r: any) => r.resource_id.split('/').pop()).sort()).toEqual(['r-10-40-0-0-16', 'r-10-41-0-0-24']);
    expect(Object.values<any>(synthJson(f).resource.azapi_resource).filter((r) => String(r.type).includes('/routes@'))).toEqual([]);
  });

  test('contributes a peering model that the peering rules judge', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    new GatewayTransitPeering(f.stack, 'transit', { gateway: gw, spokeVirtualNetwork: spokeIn(f) });
    const inv = ValidationHub.of(f.stack).inventory();
    expect(inv.peerings).toHaveLength(1);
    const m = inv.peerings[0];
    expect(m.kind).toBe('gateway-transit');
    expect(m.gateway?.pointToSitePool.value).toEqual(['172.16.201.0/24']);
    expect(m.sides.map((s) => [s.allowGatewayTransit.value, s.useRemoteGateways.value, s.allowForwardedTraffic.value, s.allowVirtualNetworkAccess.value])).toEqual([
      [true, false, true, true],
      [false, true, true, true],
    ]);
    expect(m.sides[0].local.label).toBe('stack/vnet');
    expect(m.sides[0].remote.label).toBe('stack/spoke');
  });

  test('works with an adopted hub gateway (no gateway dependency to add)', () => {
    const f = fixture();
    const gw = PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'gw', {
      gatewayId: '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/vgw',
      virtualNetwork: f.vnet,
      pointToSiteAddressPool: ['172.16.201.0/24'],
    });
    new GatewayTransitPeering(f.stack, 'transit', { gateway: gw, spokeVirtualNetwork: spokeIn(f) });
    const [, spoke] = Object.entries(peerings(synthJson(f))).find(([k]) => k.includes('SpokeToHub'))!;
    expect(spoke.depends_on).toHaveLength(1);
  });

  test('a gateway of another stack is ordered by the stack dependency, not depends_on', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const spokes = new TerraformStack(f.app, 'spokes');
    new AzurermProvider(spokes, 'azurerm', { features: [{}] });
    const spoke = new VirtualNetwork(spokes, 'spoke', { name: 'vnet-spoke', resourceGroupName: 'rg-spoke', location: 'westeurope', addressSpace: ['10.40.0.0/16'] });
    new GatewayTransitPeering(spokes, 'transit', { gateway: gw, spokeVirtualNetwork: spoke });
    const p = peerings(JSON.parse(Testing.synth(spokes, true)));
    const [hubKey, hub] = Object.entries(p).find(([k]) => k.includes('HubToSpoke'))!;
    const [, spokeSide] = Object.entries(p).find(([k]) => k.includes('SpokeToHub'))!;
    expect(hub.depends_on).toBeUndefined();
    expect(spokeSide.depends_on).toEqual([`azurerm_virtual_network_peering.${hubKey}`]);
  });

  test('a token address space needs spokeAddressPrefixes', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const spoke = spokeIn(f, Fn.split(',', 'x') as unknown as string[]);
    expect(() => new GatewayTransitPeering(f.stack, 'transit', { gateway: gw, spokeVirtualNetwork: spoke })).toThrow(/spokeAddressPrefixes" is required/);
    expect(() => new GatewayTransitPeering(f.stack, 'ok', { gateway: gw, spokeVirtualNetwork: spoke, spokeAddressPrefixes: ['10.40.0.0/16'] })).not.toThrow();
  });

  test('spoke prefixes given as a list token are accepted and become plan routes (issue 10)', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gw });
    const ranges = new TerraformVariable(f.stack, 'spoke_ranges', { type: 'list(string)' });
    new GatewayTransitPeering(f.stack, 'transit', { gateway: gw, spokeVirtualNetwork: spokeIn(f), spokeAddressPrefixes: ranges.listValue });
    const routes = Object.values<any>(synthJson(f).resource.azapi_resource_action).filter((r) => String(r.type).includes('/routes@'));
    expect(routes.map((r) => `${r.method} ${r.for_each}`).sort()).toEqual(['DELETE ${toset(var.spoke_ranges)}', 'PUT ${toset(var.spoke_ranges)}']);
  });

  test('the IPv6 block of a dual-stack spoke is not made a plan route', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const i = new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gw });
    new GatewayTransitPeering(f.stack, 'transit', { gateway: gw, spokeVirtualNetwork: spokeIn(f, ['10.40.0.0/16', 'fd00:db8::/48']) });
    expect(i.routes).toEqual(['10.40.0.0/16']);
  });

  test('addPlanRoutes false leaves integrations alone', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const i = new GatewayVnetIntegration(f.stack, 'i', { app: f.web, plan: f.plan, gateway: gw });
    new GatewayTransitPeering(f.stack, 'transit', { gateway: gw, spokeVirtualNetwork: spokeIn(f), addPlanRoutes: false });
    expect(i.routes).toEqual([]);
  });

  test.each([
    [{ gateway: {} }, /"gateway" must be/],
    [{ spokeVirtualNetwork: 'x' }, /"spokeVirtualNetwork" must be/],
    [{ spokeAddressPrefixes: ['10.40.0.1/16'] }, /host bits/],
    [{ addPlanRoutes: 'yes' }, /addPlanRoutes/],
  ])('rejects bad props %#', (override, message) => {
    const f = fixture();
    const gw = gatewayIn(f);
    expect(() => new GatewayTransitPeering(f.stack, 't', { gateway: gw, spokeVirtualNetwork: spokeIn(f), ...(override as any) })).toThrow(message);
  });
});
