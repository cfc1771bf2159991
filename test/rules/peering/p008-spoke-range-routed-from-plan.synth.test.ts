/** VNI-P008 in synthesis (loads cdktf). Its unit tests on plain models are in p008-spoke-range-routed-from-plan.test.ts, which the mutation check runs. */
import { VirtualNetworkPeering } from '@cdktf/provider-azurerm/lib/virtual-network-peering';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { GatewayTransitPeering } from '../../../lib/constructs/gateway-transit-peering';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

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
