/**
 * Acceptance: peering with both forms of integration ("Integrate your app with an Azure Virtual
 * Network", 2019, peering; "Configure gateway-required virtual network integration", peering;
 * "App Service networking features", 2025, on reaching networks in other regions).
 */
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { VirtualNetworkPeering, VirtualNetworkPeeringConfig } from '@cdktf/provider-azurerm/lib/virtual-network-peering';
import { Construct } from 'constructs';
import {
  CrossRegionVnetAccess,
  GatewayTransitPeering,
  GatewayVnetIntegration,
  PointToSiteGateway,
  RegionalVnetIntegration,
  RuleSuppressions,
  VirtualNetworkReference,
  VnetPeering,
} from '../../lib';
import { plan, platform, synth, unverified, warningsOf, windowsApp } from './harness';

const SUB = '/subscriptions/11111111-2222-3333-4444-555555555555';


/** The two azurerm peerings of a hub and spoke written by hand, with the flags each side sets. */
function handWrittenTransitPair(
  scope: Construct,
  p: { netRg: { name: string }; vnet: VirtualNetwork },
  spoke: VirtualNetwork,
  hubFlags: Partial<VirtualNetworkPeeringConfig>,
  spokeFlags: Partial<VirtualNetworkPeeringConfig>,
): void {
  new VirtualNetworkPeering(scope, 'hub-to-spoke', {
    name: 'hub-to-spoke', resourceGroupName: p.netRg.name, virtualNetworkName: p.vnet.name, remoteVirtualNetworkId: spoke.id, ...hubFlags,
  });
  new VirtualNetworkPeering(scope, 'spoke-to-hub', {
    name: 'spoke-to-hub', resourceGroupName: p.netRg.name, virtualNetworkName: spoke.name, remoteVirtualNetworkId: p.vnet.id, ...spokeFlags,
  });
}

describe('regional integration across peering, global peering allowed (2025 wins over 2019)', () => {
  it('accepts a regional integration whose network is peered with a network in another region', () => {
    const p = platform({ location: 'westeurope' });
    const remote = new VirtualNetwork(p.network, 'vnet-neu', { name: 'vnet-neu', location: 'northeurope', resourceGroupName: p.netRg.name, addressSpace: ['10.50.0.0/16'] });
    new VnetPeering(p.network, 'weu-neu', { virtualNetwork: p.vnet, remoteVirtualNetwork: remote });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)] });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it('accepts CrossRegionVnetAccess to an imported network in another region', () => {
    const p = platform({ location: 'westeurope' });
    const remote = VirtualNetworkReference.fromVirtualNetworkAttributes(p.web, 'neu', {
      virtualNetworkId: `${SUB}/resourceGroups/rg-neu/providers/Microsoft.Network/virtualNetworks/vnet-neu`, location: 'northeurope', addressSpace: ['10.50.0.0/16'],
    });
    const sp = plan(p);
    new CrossRegionVnetAccess(p.web, 'reach-neu', {
      plan: sp, apps: [windowsApp(p, sp)], remoteVirtualNetwork: remote,
      localNetwork: { name: 'vnet-weu-apps', addressSpace: ['10.60.0.0/16'] }, subnetAddressPrefix: '10.60.0.0/26',
    });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(unverified(o)).toEqual([]);
  });

  it('rejects peered networks with overlapping address spaces', () => {
    const p = platform();
    const remote = new VirtualNetwork(p.network, 'vnet-neu', { name: 'vnet-neu', location: 'northeurope', resourceGroupName: p.netRg.name, addressSpace: ['10.20.128.0/17'] });
    new VnetPeering(p.network, 'weu-neu', { virtualNetwork: p.vnet, remoteVirtualNetwork: remote });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-P005');
    expect(o.error).toContain('10.20.128.0/17');
  });

  it('warns when a peering used by regional integration blocks virtual network access', () => {
    const p = platform();
    const remote = new VirtualNetwork(p.network, 'vnet-neu', { name: 'vnet-neu', location: 'northeurope', resourceGroupName: p.netRg.name, addressSpace: ['10.50.0.0/16'] });
    new VnetPeering(p.network, 'weu-neu', { virtualNetwork: p.vnet, remoteVirtualNetwork: remote, allowVirtualNetworkAccess: false });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)] });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-P007').length).toBeGreaterThan(0);
  });
});

describe('gateway-required integration with peering: transit flags', () => {
  const hubAndSpoke = () => {
    const p = platform({ location: 'northeurope', webLocation: 'westeurope' });
    const spoke = new VirtualNetwork(p.network, 'vnet-spoke', { name: 'vnet-spoke', location: p.netRg.location, resourceGroupName: p.netRg.name, addressSpace: ['10.21.0.0/16'] });
    const gateway = new PointToSiteGateway(p.web, 'p2s', { virtualNetwork: p.vnet, gatewaySubnetAddressPrefix: '10.20.255.0/27', pointToSiteAddressPool: ['172.16.201.0/24'] });
    const sp = plan(p);
    const integ = new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway });
    RuleSuppressions.acknowledge(p.app, 'VNI-G015', 'Migrating to regional integration in Q3.');
    RuleSuppressions.acknowledge(p.app, 'VNI-G027', 'Migrating to regional integration in Q3.');
    return { p, spoke, gateway, integ };
  };

  it('accepts GatewayTransitPeering and routes the spoke range on the plan', () => {
    const { p, spoke, gateway, integ } = hubAndSpoke();
    new GatewayTransitPeering(p.web, 'hub-spoke', { gateway, spokeVirtualNetwork: spoke });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
    expect(integ.routes).toContain('10.21.0.0/16');
  });

  it('rejects a spoke overlapping the point-to-site pool', () => {
    const { p, gateway } = hubAndSpoke();
    const bad = new VirtualNetwork(p.network, 'vnet-bad', { name: 'vnet-bad', location: p.netRg.location, resourceGroupName: p.netRg.name, addressSpace: ['172.16.0.0/16'] });
    new GatewayTransitPeering(p.web, 'hub-bad', { gateway, spokeVirtualNetwork: bad });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-P006');
    expect(o.error).toContain('172.16.201.0/24');
  });

  it('rejects a transit peering whose hub side loses allow_gateway_transit (escape hatch on the generated resource)', () => {
    const { p, spoke, gateway } = hubAndSpoke();
    const t = new GatewayTransitPeering(p.web, 'hub-spoke', { gateway, spokeVirtualNetwork: spoke });
    t.hubToSpoke.allowGatewayTransit = false;
    const o = synth(p.app);
    expect(o.error).toContain('VNI-P001');
    expect(o.error).toContain('allow_gateway_transit set to false');
    expect(o.error).toContain('web/hub-spoke/HubToSpoke');
  });

  it('rejects hand-written azurerm peerings where the spoke uses remote gateways but the hub does not allow transit', () => {
    const { p, spoke } = hubAndSpoke();
    handWrittenTransitPair(p.web, p, spoke, { allowVirtualNetworkAccess: true, allowForwardedTraffic: true, allowGatewayTransit: false }, { allowVirtualNetworkAccess: true, allowForwardedTraffic: true, useRemoteGateways: true });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-P001');
    expect(o.error).toContain('web/hub-to-spoke');
    expect(o.error).toContain('allow_gateway_transit');
  });

  it('accepts hand-written azurerm peerings with the documented flags and the spoke range as a plan route (no warning)', () => {
    const { p, spoke, integ } = hubAndSpoke();
    handWrittenTransitPair(p.network, p, spoke, { allowVirtualNetworkAccess: true, allowForwardedTraffic: true, allowGatewayTransit: true }, { allowVirtualNetworkAccess: true, allowForwardedTraffic: true, useRemoteGateways: true });
    integ.addRoute('10.21.0.0/16');
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it('warns on hand-written azurerm peerings with the documented flags but no plan route for the spoke (step 3)', () => {
    const { p, spoke } = hubAndSpoke();
    handWrittenTransitPair(p.network, p, spoke, { allowVirtualNetworkAccess: true, allowForwardedTraffic: true, allowGatewayTransit: true }, { allowVirtualNetworkAccess: true, allowForwardedTraffic: true, useRemoteGateways: true });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([expect.stringMatching(/\[VNI-P008\].*no route for 10\.21\.0\.0\/16.*GatewayTransitPeering/)]);
  });

  it('rejects hand-written peerings in a stack without library constructs (spoke lacks forwarded traffic)', () => {
    const { p, spoke } = hubAndSpoke();
    handWrittenTransitPair(p.network, p, spoke, { allowVirtualNetworkAccess: true, allowForwardedTraffic: true, allowGatewayTransit: true }, { useRemoteGateways: true });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-P002');
    expect(o.error).toContain('network/spoke-to-hub');
    expect(o.error).toContain('allow_forwarded_traffic');
  });

  it('plain hand-written peering beside a regional integration stays accepted', () => {
    const p = platform();
    const other = new VirtualNetwork(p.network, 'vnet-shared', { name: 'vnet-shared', location: p.netRg.location, resourceGroupName: p.netRg.name, addressSpace: ['10.90.0.0/16'] });
    new VirtualNetworkPeering(p.network, 'a-b', { name: 'a-b', resourceGroupName: p.netRg.name, virtualNetworkName: p.vnet.name, remoteVirtualNetworkId: other.id });
    new VirtualNetworkPeering(p.network, 'b-a', { name: 'b-a', resourceGroupName: p.netRg.name, virtualNetworkName: other.name, remoteVirtualNetworkId: p.vnet.id });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)] });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it('hand-written peerings of overlapping networks are rejected', () => {
    const p = platform();
    const other = new VirtualNetwork(p.network, 'vnet-shared', { name: 'vnet-shared', location: p.netRg.location, resourceGroupName: p.netRg.name, addressSpace: ['10.20.0.0/24'] });
    new VirtualNetworkPeering(p.network, 'a-b', { name: 'a-b', resourceGroupName: p.netRg.name, virtualNetworkName: p.vnet.name, remoteVirtualNetworkId: other.id });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)] });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-P005');
  });
});
