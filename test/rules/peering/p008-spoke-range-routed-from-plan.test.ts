import { VirtualNetworkPeering } from '@cdktf/provider-azurerm/lib/virtual-network-peering';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { GatewayTransitPeering } from '../../../lib/constructs/gateway-transit-peering';
import { P008_SPOKE_RANGE_ROUTED_FROM_PLAN as rule } from '../../../lib/rules/peering/p008-spoke-range-routed-from-plan';
import { known } from '../../helpers/models';
import { transitPeering, vnetModelOf } from '../../helpers/peering-fixtures';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { gateway, integration, inventory, kinds } from '../gateway/models';

const hub = vnetModelOf('ref:s:azurerm_virtual_network.Hub.id', ['10.20.0.0/16']);
const spoke = vnetModelOf('ref:s:azurerm_virtual_network.Spoke.id', ['10.1.0.0/16', '10.2.0.0/24']);
const onHub = (routes: string[]) => integration({ path: 'stack/int', gateway: gateway({ vnet: hub }), routes: known('plan routes (routes)', routes) });

describe('VNI-P008 Peering.SpokeRangeRoutedFromPlan (models)', () => {
  const peering = transitPeering('stack/Peering', hub, spoke, {}, {}, false);
  test('Compliance: the plan routes every spoke range (a wider route counts)', () => {
    expect(kinds(rule.check(peering, inventory({ gatewayIntegrations: [onHub(['10.0.0.0/8'])], peerings: [peering] })))).toEqual(['pass']);
  });
  test('Noncompliance: a spoke range without a plan route, with the fix', () => {
    const c = rule.check(peering, inventory({ gatewayIntegrations: [onHub(['10.1.0.0/16'])], peerings: [peering] }));
    expect(kinds(c)).toEqual(['fail']);
    expect((c[0] as { message: string }).message).toMatch(/plan of stack\/int has no route for 10\.2\.0\.0\/24 .*GatewayTransitPeering adds them; or routes \/ addRoute/);
  });
  test('no integration on the hub, or a plain peering: not applicable', () => {
    expect(kinds(rule.check(peering, inventory({ peerings: [peering] })))).toEqual(['not-applicable']);
    const plain = transitPeering('stack/Plain', hub, spoke, { transit: false }, { remoteGateways: false }, false);
    expect(kinds(rule.check(plain, inventory({ gatewayIntegrations: [onHub([])], peerings: [plain] })))).toEqual(['not-applicable']);
  });
});

describe('VNI-P008 through synthesis: a hub/spoke pair written by hand', () => {
  const build = (routes?: string[]) => {
    const f = fixture();
    const gw = gatewayIn(f);
    const spokeVnet = new VirtualNetwork(f.stack, 'spoke', { name: 'vnet-spoke', resourceGroupName: 'rg-net', location: 'westeurope', addressSpace: ['10.1.0.0/16'] });
    new VirtualNetworkPeering(f.stack, 'hub-to-spoke', {
      name: 'hub-to-spoke', resourceGroupName: 'rg-net', virtualNetworkName: f.vnet.name, remoteVirtualNetworkId: spokeVnet.id,
      allowVirtualNetworkAccess: true, allowForwardedTraffic: true, allowGatewayTransit: true,
    });
    new VirtualNetworkPeering(f.stack, 'spoke-to-hub', {
      name: 'spoke-to-hub', resourceGroupName: 'rg-net', virtualNetworkName: spokeVnet.name, remoteVirtualNetworkId: f.vnet.id,
      allowVirtualNetworkAccess: true, allowForwardedTraffic: true, useRemoteGateways: true, dependsOn: [gw.gateway],
    });
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gw, routes });
    return f;
  };
  test('Noncompliance: transit flags but no plan route for the spoke: a warning naming the range and the fix', () => {
    const found = findingsOf(build(), 'VNI-P008');
    expect(found.map((x) => x.outcome)).toEqual(['warning']);
    expect(found[0].message).toMatch(/\[VNI-P008\].*no route for 10\.1\.0\.0\/16.*GatewayTransitPeering/);
  });
  test('Compliance 1: the route given on the integration', () => {
    expect(findingsOf(build(['10.1.0.0/16']), 'VNI-P008').map((x) => x.outcome)).toEqual(['pass']);
  });
  test('Compliance 2: GatewayTransitPeering adds the route itself', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const spokeVnet = new VirtualNetwork(f.stack, 'spoke', { name: 'vnet-spoke', resourceGroupName: 'rg-net', location: 'westeurope', addressSpace: ['10.1.0.0/16'] });
    new GatewayTransitPeering(f.stack, 'peering', { gateway: gw, spokeVirtualNetwork: spokeVnet });
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gw });
    expect(findingsOf(f, 'VNI-P008').map((x) => x.outcome)).toEqual(['pass']);
  });
});
