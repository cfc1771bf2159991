/**
 * Acceptance: gateway-required integration ("Configure gateway-required virtual network
 * integration", 2023 and its later revision; "Integrate your app with an Azure Virtual Network",
 * 2019, gateway-required section). Black-box: public API plus generated azurerm resources.
 */
import { AppServiceVirtualNetworkSwiftConnection } from '@cdktf/provider-azurerm/lib/app-service-virtual-network-swift-connection';
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { RouteTable } from '@cdktf/provider-azurerm/lib/route-table';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformOutput, Testing } from 'cdktf';
import {
  GatewayVnetIntegration,
  PointToSiteGateway,
  PointToSiteGatewayReference,
  RegionalVnetIntegration,
  RuleSuppressions,
  ServicePlanReference,
  VirtualNetworkReference,
  WebAppReference,
} from '../../lib';
import { Platform, plan, platform, stack, synth, unverified, warningsOf, windowsApp } from './harness';

const SUB = '/subscriptions/11111111-2222-3333-4444-555555555555';
const OTHER_SUB = '/subscriptions/99999999-8888-7777-6666-555555555555';

/** A hub in another region with a gateway, a Windows plan and app in the web stack. */
function gatewayPlatform(opts: { sku?: string; os?: string; gatewayInNetworkStack?: boolean } = {}) {
  const p = platform({ location: 'northeurope', webLocation: 'westeurope' });
  // The gateway lives with the apps (the library feeds their certificates to it); the network
  // itself is in the network stack. A gateway in another stack is covered by VNI-G019 below.
  const gateway = new PointToSiteGateway(opts.gatewayInNetworkStack ? p.network : p.web, 'p2s', {
    virtualNetwork: p.vnet, gatewaySubnetAddressPrefix: '10.20.255.0/27', pointToSiteAddressPool: ['172.16.201.0/24'],
    location: p.netRg.location, resourceGroupName: p.netRg.name,
  });
  const sp = plan(p, 'plan', { skuName: opts.sku ?? 'S1', osType: opts.os ?? 'Windows' });
  return { p, gateway, sp };
}

/** Acknowledges the retirement notices (the feature, and SSTP on the gateway) everywhere, as a team migrating would. */
function ackRetirement(p: Platform) {
  RuleSuppressions.acknowledge(p.app, 'VNI-G015', 'Migrating to regional integration in Q3.');
  RuleSuppressions.acknowledge(p.app, 'VNI-G027', 'Migrating to regional integration in Q3.');
}

describe('Windows only, no Linux, no Windows container', () => {
  it('accepts a Windows web app on a Windows plan, with only the retirement warnings (the feature, and SSTP on the gateway)', () => {
    const { p, gateway, sp } = gatewayPlatform();
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-G015').length).toBe(1);
    expect(warningsOf(o, 'VNI-G027').length).toBe(1);
    expect(o.warnings.filter((w) => !w.includes('[VNI-G015]') && !w.includes('[VNI-G027]') && !w.includes('[VNI-G019]'))).toEqual([]);
    expect(unverified(o)).toEqual([]);
  });

  it('warns (VNI-G019) when the gateway is managed in another stack: its root certificates cannot be fed back', () => {
    const { p, gateway, sp } = gatewayPlatform({ gatewayInNetworkStack: true });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway });
    ackRetirement(p);
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-G019').length).toBe(1);
    expect(warningsOf(o, 'VNI-G019')[0]).toContain('network/p2s');
    expect(o.warnings.length).toBe(1);
  });

  it('rejects a Linux app', () => {
    const { p, gateway } = gatewayPlatform();
    const sp = plan(p, 'plan-linux', { osType: 'Linux' });
    const api = new LinuxWebApp(p.web, 'api', { name: 'app-api', location: sp.location, resourceGroupName: sp.resourceGroupName, servicePlanId: sp.id, siteConfig: {} });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: api, plan: sp, gateway });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-G001');
    expect(o.error).toContain('web/gw-integration');
    expect(o.error).toMatch(/Linux/);
    expect(o.error).toMatch(/Windows/);
  });

  it('rejects a Windows container app (docker image on a Windows web app)', () => {
    const { p, gateway, sp } = gatewayPlatform({ os: 'WindowsContainer', sku: 'P1v3' });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp, 'site', { container: true }), plan: sp, gateway });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-G001');
    expect(o.error).toMatch(/container/i);
  });

  it('rejects a Windows container app on a plain Windows plan', () => {
    const { p, gateway, sp } = gatewayPlatform({ sku: 'P1v3' });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp, 'site', { container: true }), plan: sp, gateway });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-G001');
  });
});

describe('plan tiers for gateway-required integration (Basic, Standard, Premium, v2, v3, v4)', () => {
  it.each(['B1', 'S1', 'P1', 'P1v2', 'P1v3', 'P1v4', 'P1mv4'])('accepts %s', (sku) => {
    const { p, gateway, sp } = gatewayPlatform({ sku });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway });
    ackRetirement(p);
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it.each(['F1', 'D1', 'I1v2', 'Y1'])('rejects %s', (sku) => {
    const { p, gateway, sp } = gatewayPlatform({ sku });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-G002');
    expect(o.error).toContain(sku);
  });
});

describe('the gateway: route-based, SSTP only, RFC 1918 pool outside the network, GatewaySubnet', () => {
  const withGateway = (props: Record<string, unknown>) => {
    const p = platform({ location: 'northeurope', webLocation: 'westeurope' });
    const gateway = new PointToSiteGateway(p.web, 'p2s', {
      virtualNetwork: p.vnet, gatewaySubnetAddressPrefix: '10.20.255.0/27', pointToSiteAddressPool: ['172.16.201.0/24'], ...props,
    });
    const sp = plan(p);
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway });
    ackRetirement(p);
    return synth(p.app);
  };

  it('accepts SSTP explicitly', () => {
    const o = withGateway({ vpnClientProtocols: ['SSTP'] });
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it('Basic SKU: accepted on a new gateway with a Standard static IP and the limits warning (VNI-G025), and on an adopted one', () => {
    const created = withGateway({ sku: 'Basic' });
    expect(created.error).toBe('');
    expect(warningsOf(created, 'VNI-G025').length).toBe(1);
    expect(warningsOf(created, 'VNI-G025')[0]).toMatch(/Generation1 only, about 100 Mbps, no BGP/);
    expect(created.warnings.filter((w) => !w.includes('[VNI-G025]'))).toEqual([]);
    const p = platform();
    const gw = PointToSiteGatewayReference.fromGatewayAttributes(p.web, 'old-gw', {
      gatewayId: `${SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworkGateways/vgw-old`,
      virtualNetwork: p.vnet, pointToSiteAddressPool: ['172.16.201.0/24'], sku: 'Basic', gatewayType: 'Vpn', vpnType: 'RouteBased',
      vpnClientProtocols: ['SSTP'], gatewaySubnetAddressPrefix: '10.20.255.0/27', hasExpressRouteGateway: false, bgpEnabled: false,
    });
    const sp = plan(p);
    const integ = new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway: gw });
    RuleSuppressions.acknowledge(integ, 'VNI-G019', 'The hub team adds certificateData to the gateway.');
    ackRetirement(p);
    const adopted = synth(p.app);
    expect(adopted.error).toBe('');
    expect(warningsOf(adopted, 'VNI-G020')).toEqual([]);
  });

  it.each(['Standard', 'HighPerformance'])('rejects the legacy %s SKU on a new gateway', (sku) => {
    const o = withGateway({ sku, generation: 'None' });
    expect(o.error).toContain('VNI-G020');
    expect(o.error).toContain(`"${sku}" is a legacy SKU`);
  });

  it('rejects a new non-AZ VpnGw2 gateway, naming VpnGw2AZ; accepts VpnGw2AZ with a zone-redundant IP', () => {
    const o = withGateway({ sku: 'VpnGw2' });
    expect(o.error).toContain('VNI-G020');
    expect(o.error).toContain('accepted: "VpnGw2AZ"');
    const ok = withGateway({ sku: 'VpnGw2AZ' });
    expect(ok.error).toBe('');
    expect(ok.warnings).toEqual([]);
  });

  it('warns (VNI-G024) on an adopted non-AZ gateway, with the upgrade path', () => {
    const p = platform();
    const gw = PointToSiteGatewayReference.fromGatewayAttributes(p.web, 'old-gw', {
      gatewayId: `${SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworkGateways/vgw-old`,
      virtualNetwork: p.vnet, pointToSiteAddressPool: ['172.16.201.0/24'], sku: 'VpnGw3', gatewayType: 'Vpn', vpnType: 'RouteBased',
      vpnClientProtocols: ['SSTP'], gatewaySubnetAddressPrefix: '10.20.255.0/27', hasExpressRouteGateway: false, bgpEnabled: false,
    });
    const sp = plan(p);
    const integ = new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway: gw });
    RuleSuppressions.acknowledge(integ, 'VNI-G019', 'The hub team adds certificateData to the gateway.');
    ackRetirement(p);
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings.length).toBe(1);
    expect(warningsOf(o, 'VNI-G024')[0]).toMatch(/"VpnGw3".*16 September 2026.*"VpnGw3AZ"/s);
  });

  it('rejects a gateway in another region than its network, and a second gateway in the network', () => {
    const elsewhere = withGateway({ location: 'westeurope' });
    expect(elsewhere.error).toContain('VNI-G028');
    expect(elsewhere.error).toMatch(/gateway is in "westeurope" but its network/);
    const p = platform({ location: 'northeurope', webLocation: 'westeurope' });
    for (const [id, prefix, pool] of [['first', '10.20.255.0/27', '172.16.201.0/24'], ['second', '10.20.254.0/27', '172.16.202.0/24']]) {
      new PointToSiteGateway(p.web, id, { virtualNetwork: p.vnet, gatewaySubnetAddressPrefix: prefix, pointToSiteAddressPool: [pool] });
    }
    ackRetirement(p);
    const two = synth(p.app);
    expect(two.error).toContain('VNI-G029');
    expect(two.error).toContain('2 VPN gateways');
    expect(two.error).toContain('2 subnets named GatewaySubnet');
  });

  it('rejects IKEv2 beside SSTP and OpenVPN', () => {
    const o = withGateway({ vpnClientProtocols: ['SSTP', 'IkeV2'] });
    expect(o.error).toContain('VNI-G005');
    expect(o.error).toContain('IkeV2');
    expect(o.error).toContain('SSTP');
    expect(withGateway({ vpnClientProtocols: ['OpenVPN'] }).error).toContain('VNI-G005');
  });

  it('rejects a policy-based gateway', () => {
    const o = withGateway({ vpnType: 'PolicyBased' });
    expect(o.error).toContain('VNI-G003');
    expect(o.error).toContain('PolicyBased');
    expect(o.error).toContain('RouteBased');
  });

  it.each(['100.64.0.0/24', '11.0.0.0/24', '192.169.1.0/24'])('rejects the non-RFC 1918 pool %s', (pool) => {
    const o = withGateway({ pointToSiteAddressPool: [pool] });
    expect(o.error).toContain('VNI-G006');
    expect(o.error).toContain(pool);
  });

  it.each(['10.99.0.0/24', '172.31.255.0/24', '192.168.0.0/24'])('accepts the RFC 1918 pool %s', (pool) => {
    expect(withGateway({ pointToSiteAddressPool: [pool] }).error).toBe('');
  });

  it('rejects a pool inside the network address space', () => {
    const o = withGateway({ pointToSiteAddressPool: ['10.20.200.0/24'] });
    expect(o.error).toContain('VNI-G007');
    expect(o.error).toContain('10.20.200.0/24');
  });

  it('rejects a gateway subnet smaller than /29, warns below /27', () => {
    expect(withGateway({ gatewaySubnetAddressPrefix: '10.20.255.0/30' }).error).toContain('VNI-G017');
    const small = withGateway({ gatewaySubnetAddressPrefix: '10.20.255.0/29' });
    expect(small.error).toBe('');
    expect(warningsOf(small, 'VNI-G018').length).toBe(1);
  });

  it('rejects a gateway subnet adopted under another name', () => {
    const p = platform({ location: 'northeurope', webLocation: 'westeurope' });
    const snet = new Subnet(p.network, 'snet-gw', { name: 'snet-gateway', resourceGroupName: p.netRg.name, virtualNetworkName: p.vnet.name, addressPrefixes: ['10.20.255.0/27'] });
    const gateway = new PointToSiteGateway(p.web, 'p2s', { virtualNetwork: p.vnet, gatewaySubnet: snet, pointToSiteAddressPool: ['172.16.201.0/24'] });
    const sp = plan(p);
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-G016');
    expect(o.error).toContain('snet-gateway');
  });

  it('rejects an adopted gateway with IKEv2 enabled (imported attributes)', () => {
    const p = platform();
    const gw = PointToSiteGatewayReference.fromGatewayAttributes(p.web, 'hub-gw', {
      gatewayId: `${SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworkGateways/vgw-hub`,
      virtualNetwork: p.vnet, pointToSiteAddressPool: ['172.16.201.0/24'], sku: 'VpnGw1AZ', gatewayType: 'Vpn', vpnType: 'RouteBased',
      vpnClientProtocols: ['IkeV2', 'SSTP'], gatewaySubnetAddressPrefix: '10.20.255.0/27', hasExpressRouteGateway: false, bgpEnabled: false,
    });
    const sp = plan(p);
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway: gw });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-G005');
  });
});

describe('no ExpressRoute, not even coexistence', () => {
  it('rejects a network that also has an ExpressRoute gateway', () => {
    const { p, gateway, sp } = gatewayPlatform();
    const pip = new PublicIp(p.web, 'pip-er', { name: 'pip-er', location: p.netRg.location, resourceGroupName: p.netRg.name, allocationMethod: 'Static', sku: 'Standard' });
    new VirtualNetworkGateway(p.web, 'ergw', {
      name: 'ergw-hub', location: p.netRg.location, resourceGroupName: p.netRg.name, type: 'ExpressRoute', sku: 'ErGw1AZ',
      ipConfiguration: [{ name: 'cfg', publicIpAddressId: pip.id, subnetId: (gateway.gatewaySubnet as Subnet).id }],
    });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-G008');
    expect(o.error).toMatch(/ExpressRoute/);
  });

  it('rejects an imported network stated to have an ExpressRoute gateway', () => {
    const p = platform();
    const hub = VirtualNetworkReference.fromVirtualNetworkAttributes(p.web, 'hub', {
      virtualNetworkId: `${SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`, location: 'northeurope', addressSpace: ['10.0.0.0/16'],
    });
    const gw = PointToSiteGatewayReference.fromGatewayAttributes(p.web, 'hub-gw', {
      gatewayId: `${SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworkGateways/vgw-hub`,
      virtualNetwork: hub, pointToSiteAddressPool: ['172.16.201.0/24'], sku: 'VpnGw1AZ', gatewayType: 'Vpn', vpnType: 'RouteBased',
      vpnClientProtocols: ['SSTP'], gatewaySubnetAddressPrefix: '10.0.255.0/27', hasExpressRouteGateway: true, bgpEnabled: false,
    });
    const sp = plan(p);
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway: gw });
    expect(synth(p.app).error).toContain('VNI-G008');
  });
});

describe('five networks per plan; one network per app', () => {
  const hubs = (p: Platform, n: number) => Array.from({ length: n }, (_, i) => {
    const v = new VirtualNetwork(p.network, `vnet-${i}`, { name: `vnet-${i}`, location: p.netRg.location, resourceGroupName: p.netRg.name, addressSpace: [`10.${100 + i}.0.0/16`] });
    return new PointToSiteGateway(p.web, `p2s-${i}`, { virtualNetwork: v, gatewaySubnetAddressPrefix: `10.${100 + i}.255.0/27`, pointToSiteAddressPool: [`172.16.${i}.0/24`] });
  });

  it('accepts five networks for one plan, and six apps on one network counting once', () => {
    const p = platform({ location: 'northeurope', webLocation: 'westeurope' });
    const sp = plan(p);
    const gws = hubs(p, 5);
    gws.forEach((gateway, i) => new GatewayVnetIntegration(p.web, `gw-${i}`, { app: windowsApp(p, sp, `site-${i}`), plan: sp, gateway }));
    for (let i = 0; i < 6; i++) new GatewayVnetIntegration(p.web, `gw-shared-${i}`, { app: windowsApp(p, sp, `shared-${i}`), plan: sp, gateway: gws[0] });
    ackRetirement(p);
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it('rejects a sixth network for one plan', () => {
    const p = platform({ location: 'northeurope', webLocation: 'westeurope' });
    const sp = plan(p);
    hubs(p, 6).forEach((gateway, i) => new GatewayVnetIntegration(p.web, `gw-${i}`, { app: windowsApp(p, sp, `site-${i}`), plan: sp, gateway }));
    const o = synth(p.app);
    expect(o.error).toContain('VNI-G009');
    expect(o.error).toMatch(/6|six/);
  });

  it('counts the networks of one plan across stacks, the plan imported by ID in the second stack', () => {
    const build = (importedPlanName: string) => {
      const app = Testing.app();
      const a = stack(app, 'web');
      const sp = new ServicePlan(a, 'plan', { name: 'asp-web-prod', location: 'westeurope', resourceGroupName: 'rg-web-prod', osType: 'Windows', skuName: 'S1' });
      const b = stack(app, 'batch');
      const imported = ServicePlanReference.fromServicePlanAttributes(b, 'plan', {
        servicePlanId: `${SUB}/resourceGroups/rg-web-prod/providers/Microsoft.Web/serverFarms/${importedPlanName}`, location: 'westeurope', skuName: 'S1', osType: 'Windows',
      });
      for (let i = 0; i < 6; i++) {
        const st = i < 3 ? a : b;
        const v = new VirtualNetwork(st, `vnet-${i}`, { name: `vnet-${i}`, location: 'northeurope', resourceGroupName: 'rg-net', addressSpace: [`10.${100 + i}.0.0/16`] });
        const gw = new PointToSiteGateway(st, `p2s-${i}`, { virtualNetwork: v, gatewaySubnetAddressPrefix: `10.${100 + i}.255.0/27`, pointToSiteAddressPool: [`172.16.${i}.0/24`] });
        if (i < 3) {
          const site = new WindowsWebApp(a, `site-${i}`, { name: `app-site-${i}`, location: 'westeurope', resourceGroupName: 'rg-web-prod', servicePlanId: sp.id, siteConfig: {} });
          new GatewayVnetIntegration(a, `gw-${i}`, { app: site, plan: sp, gateway: gw });
        } else {
          const site = WebAppReference.fromWebAppAttributes(b, `site-${i}`, {
            webAppId: `${SUB}/resourceGroups/rg-web-prod/providers/Microsoft.Web/sites/app-batch-${i}`, location: 'westeurope', osType: 'Windows', servicePlanId: imported.servicePlanId, appSettings: {},
          });
          new GatewayVnetIntegration(b, `gw-${i}`, { app: site, plan: imported, gateway: gw });
        }
      }
      RuleSuppressions.acknowledge(app, 'VNI-G015', 'Migrating to regional integration in Q3.');
      return synth(app);
    };
    const bad = build('asp-web-prod');
    expect(bad.error).toContain('VNI-G009');
    expect(bad.error).toContain('batch/gw-5');
    expect(build('asp-batch-prod').error).toBe('');
  });

  it('rejects one app connected to two networks', () => {
    const p = platform({ location: 'northeurope', webLocation: 'westeurope' });
    const sp = plan(p);
    const site = windowsApp(p, sp);
    const [g0, g1] = hubs(p, 2);
    new GatewayVnetIntegration(p.web, 'gw-0', { app: site, plan: sp, gateway: g0 });
    new GatewayVnetIntegration(p.web, 'gw-1', { app: site, plan: sp, gateway: g1 });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-G010');
  });

  it('rejects one app using regional and gateway-required integration', () => {
    const { p, gateway } = gatewayPlatform();
    const local = new VirtualNetwork(p.web, 'vnet-local', { name: 'vnet-local', location: p.webRg.location, resourceGroupName: p.webRg.name, addressSpace: ['10.30.0.0/16'] });
    const sp = plan(p, 'plan-p1', { skuName: 'P1v3' });
    const site = windowsApp(p, sp);
    new RegionalVnetIntegration(p.web, 'regional', { plan: sp, virtualNetwork: local, subnetAddressPrefix: '10.30.4.0/26', apps: [site] });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: site, plan: sp, gateway });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R014');
  });

  it('rejects gateway-required integration of an app already connected by its own swift connection', () => {
    const { p, gateway } = gatewayPlatform();
    const local = new VirtualNetwork(p.web, 'vnet-local', { name: 'vnet-local', location: p.webRg.location, resourceGroupName: p.webRg.name, addressSpace: ['10.30.0.0/16'] });
    const snet = new Subnet(p.web, 'snet-apps', {
      name: 'snet-apps', resourceGroupName: p.webRg.name, virtualNetworkName: local.name, addressPrefixes: ['10.30.4.0/26'],
      delegation: [{ name: 'web', serviceDelegation: { name: 'Microsoft.Web/serverFarms' } }],
    });
    const sp = plan(p, 'plan-p1', { skuName: 'P1v3' });
    const site = windowsApp(p, sp);
    new AppServiceVirtualNetworkSwiftConnection(p.web, 'swift', { appServiceId: site.id, subnetId: snet.id });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: site, plan: sp, gateway });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R014');
    expect(o.error).toContain('web/swift (regional, connected by hand)');
    expect(o.error).toContain('Construct: web/gw-integration');
  });

  it('accepts regional for one app and gateway-required for another app of the same plan', () => {
    const { p, gateway } = gatewayPlatform();
    const local = new VirtualNetwork(p.web, 'vnet-local', { name: 'vnet-local', location: p.webRg.location, resourceGroupName: p.webRg.name, addressSpace: ['10.30.0.0/16'] });
    const sp = plan(p, 'plan-p1', { skuName: 'P1v3' });
    new RegionalVnetIntegration(p.web, 'regional', { plan: sp, virtualNetwork: local, subnetAddressPrefix: '10.30.4.0/26', apps: [windowsApp(p, sp, 'site')] });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp, 'legacy'), plan: sp, gateway });
    ackRetirement(p);
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });
});

describe('same subscription', () => {
  const build = (vnetSub: string) => {
    const p = platform();
    const hub = VirtualNetworkReference.fromVirtualNetworkAttributes(p.web, 'hub', {
      virtualNetworkId: `${vnetSub}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`, location: 'northeurope', addressSpace: ['10.0.0.0/16'],
    });
    const gw = PointToSiteGatewayReference.fromGatewayAttributes(p.web, 'hub-gw', {
      gatewayId: `${vnetSub}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworkGateways/vgw-hub`,
      virtualNetwork: hub, pointToSiteAddressPool: ['172.16.201.0/24'], sku: 'VpnGw1AZ', gatewayType: 'Vpn', vpnType: 'RouteBased',
      vpnClientProtocols: ['SSTP'], gatewaySubnetAddressPrefix: '10.0.255.0/27', hasExpressRouteGateway: false, bgpEnabled: false,
    });
    const sp = ServicePlanReference.fromServicePlanAttributes(p.web, 'plan', {
      servicePlanId: `${SUB}/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/asp-legacy`, location: 'westeurope', skuName: 'S1', osType: 'Windows',
    });
    const site = WebAppReference.fromWebAppAttributes(p.web, 'site', {
      webAppId: `${SUB}/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-legacy`, location: 'westeurope', osType: 'Windows', servicePlanId: sp.servicePlanId,
      appSettings: { WEBSITE_RUN_FROM_PACKAGE: '1' },
    });
    const integ = new GatewayVnetIntegration(p.web, 'gw-integration', { app: site, plan: sp, gateway: gw });
    RuleSuppressions.acknowledge(integ, 'VNI-G019', 'The hub team adds certificateData to the gateway.');
    ackRetirement(p);
    return synth(p.app);
  };
  it('accepts an imported plan and network in the same subscription', () => {
    const o = build(SUB);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });
  it('rejects a network in another subscription', () => {
    const o = build(OTHER_SUB);
    expect(o.error).toContain('VNI-G011');
    expect(o.error).toContain('99999999-8888-7777-6666-555555555555');
  });
});

describe('same subscription: a plan resource against an imported network', () => {
  const build = (providerSub: string | undefined, vnetSub: string) => {
    const p = platform({ subscriptionId: providerSub });
    const hub = VirtualNetworkReference.fromVirtualNetworkAttributes(p.web, 'hub', {
      virtualNetworkId: `${vnetSub}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`, location: 'northeurope', addressSpace: ['10.0.0.0/16'],
    });
    const gw = new PointToSiteGateway(p.web, 'p2s', { virtualNetwork: hub, gatewaySubnetAddressPrefix: '10.0.255.0/27', pointToSiteAddressPool: ['172.16.201.0/24'], location: 'northeurope', resourceGroupName: 'rg-hub' });
    const sp = plan(p);
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway: gw });
    ackRetirement(p);
    return synth(p.app);
  };
  it('accepts when the provider names the network subscription (no unverified warning)', () => {
    const o = build('11111111-2222-3333-4444-555555555555', SUB);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-G011')).toEqual([]);
    // What an imported network holds (ExpressRoute gateways) stays unverified: it was not stated.
    expect(o.warnings.filter((w) => !w.includes('[VNI-G008]'))).toEqual([]);
  });
  it('rejects when the provider names another subscription', () => {
    const o = build('99999999-8888-7777-6666-555555555555', SUB);
    expect(o.error).toContain('VNI-G011');
    expect(o.error).toContain('99999999-8888-7777-6666-555555555555');
    expect(o.error).toContain('web/gw-integration');
  });
  it('is unverified when the provider subscription is not literal', () => {
    const o = build(undefined, SUB);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-G011').join('\n')).toMatch(/unverified.*subscription_id/);
  });
});

describe('warnings: Key Vault references, service endpoints, route tables', () => {
  it('warns on a Key Vault reference app setting', () => {
    const { p, gateway, sp } = gatewayPlatform();
    const site = windowsApp(p, sp, 'site', { appSettings: { DB_PASSWORD: '@Microsoft.KeyVault(VaultName=kv-prod;SecretName=db)' } });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: site, plan: sp, gateway });
    ackRetirement(p);
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-G012').length).toBe(1);
    expect(warningsOf(o, 'VNI-G012')[0]).toContain('DB_PASSWORD');
  });

  it('no Key Vault warning for plain settings', () => {
    const { p, gateway, sp } = gatewayPlatform();
    const site = windowsApp(p, sp, 'site', { appSettings: { ASPNETCORE_ENVIRONMENT: 'Production', KEYVAULT_URI: 'https://kv-prod.vault.azure.net/' } });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: site, plan: sp, gateway });
    ackRetirement(p);
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it('warns on service endpoints and on a route table', () => {
    const { p, gateway, sp } = gatewayPlatform();
    const rt = new RouteTable(p.network, 'rt', { name: 'rt-hub', location: p.netRg.location, resourceGroupName: p.netRg.name });
    new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway, serviceEndpoints: ['Microsoft.Sql'], routeTable: rt });
    ackRetirement(p);
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-G013').length).toBe(1);
    expect(warningsOf(o, 'VNI-G014').length).toBe(1);
  });
});

describe('classic networks are reachable through gateway-required integration (2019, later revision)', () => {
  it('accepts an adopted gateway in a classic network', () => {
    const p = platform({ subscriptionId: '11111111-2222-3333-4444-555555555555' });
    const classic = VirtualNetworkReference.fromVirtualNetworkAttributes(p.web, 'classic', {
      virtualNetworkId: `${SUB}/resourceGroups/rg-legacy/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy`, location: 'northeurope', addressSpace: ['10.70.0.0/16'],
    });
    const gw = PointToSiteGatewayReference.fromGatewayAttributes(p.web, 'legacy-gw', {
      gatewayId: `${SUB}/resourceGroups/rg-legacy/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy/gateways/primary`,
      virtualNetwork: classic, pointToSiteAddressPool: ['172.16.50.0/24'], sku: 'VpnGw1AZ', gatewayType: 'Vpn', vpnType: 'RouteBased',
      vpnClientProtocols: ['SSTP'], gatewaySubnetAddressPrefix: '10.70.255.0/27', hasExpressRouteGateway: false, bgpEnabled: false,
    });
    const sp = plan(p);
    const integ = new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway: gw });
    RuleSuppressions.acknowledge(integ, 'VNI-G019', 'The legacy team adds certificateData to the gateway.');
    ackRetirement(p);
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });
});

describe('the VPN client package URI never leaks', () => {
  it('is only in sensitive attributes of the synthesized configuration', () => {
    const { p, gateway, sp } = gatewayPlatform();
    const integ = new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway });
    new TerraformOutput(p.web, 'source-ranges', { value: integ.outboundAddressPrefixes });
    ackRetirement(p);
    expect(synth(p.app).error).toBe('');
    const web = JSON.parse(Testing.synth(p.web, true));
    for (const [name, out] of Object.entries<any>(web.output ?? {})) {
      if (JSON.stringify(out.value).includes('sensitive_output')) expect([name, out.sensitive]).toEqual([name, true]);
    }
    const text = JSON.stringify(web.resource);
    const uses = text.match(/[^"]*sensitive_output[^"]*/g) ?? [];
    expect(uses.length).toBeGreaterThan(0);
    // Only write-only / sensitive arguments consume it.
    const action = Object.values<any>(web.resource.azapi_resource_action ?? {})[0];
    expect(JSON.stringify(action.response_export_values ?? null)).not.toMatch(/uri|url|\*/i);
  });

  it('rejects a plain output of the package URI', () => {
    const { p, gateway, sp } = gatewayPlatform();
    const integ = new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway });
    new TerraformOutput(p.web, 'vpn-package', { value: integ.vpnClientPackage.sensitiveOutput });
    ackRetirement(p);
    const o = synth(p.app);
    expect(o.error).toContain('VNI-G023');
    expect(o.error).toContain('output web/vpn-package');
    expect(o.error).toContain('Construct: web/gw-integration');
    expect(o.error).toContain('sensitive: true');
  });

  it('accepts a sensitive output of it', () => {
    const { p, gateway, sp } = gatewayPlatform();
    const integ = new GatewayVnetIntegration(p.web, 'gw-integration', { app: windowsApp(p, sp), plan: sp, gateway });
    new TerraformOutput(p.web, 'vpn-package', { value: integ.vpnClientPackage.sensitiveOutput, sensitive: true });
    ackRetirement(p);
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });
});

// Keep the import used for a plain ServicePlan type reference in helpers.
void ServicePlan;
