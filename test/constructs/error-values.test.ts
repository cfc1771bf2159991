/**
 * Every props and attribute error shows the value it got, cut to 200 characters, beside the
 * construct path, the prop and what is accepted. Each prop of every construct and reference gets a
 * 100,000-character value (or a value of the wrong kind holding one).
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformStack, Testing } from 'cdktf';
import * as fs from 'fs';
import * as path from 'path';
import {
  CrossRegionVnetAccess,
  GatewayTransitPeering,
  GatewayVnetIntegration,
  PointToSiteGateway,
  PointToSiteGatewayReference,
  RegionalVnetIntegration,
  RuleSuppressions,
  ServicePlanReference,
  SubnetReference,
  VirtualNetworkReference,
  VnetPeering,
  WebAppReference,
} from '../../lib';

const HUGE = 'n'.repeat(100_000);
const LIB = path.join(__dirname, '..', '..', 'lib');
const SHOWN = `"${'n'.repeat(200)}"... (100000 characters in all)`;
const SUB = '/subscriptions/0/resourceGroups/rg/providers';

function world() {
  const stack = new TerraformStack(Testing.app(), 'stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet', resourceGroupName: 'rg', location: 'westeurope', addressSpace: ['10.0.0.0/16'] });
  const remote = new VirtualNetwork(stack, 'Remote', { name: 'remote', resourceGroupName: 'rg', location: 'northeurope', addressSpace: ['10.9.0.0/16'] });
  const plan = new ServicePlan(stack, 'Plan', { name: 'plan', resourceGroupName: 'rg', location: 'westeurope', osType: 'Windows', skuName: 'P1v3' });
  const web = new WindowsWebApp(stack, 'Web', { name: 'web', resourceGroupName: 'rg', location: 'westeurope', servicePlanId: plan.id, siteConfig: {} });
  const gateway = new PointToSiteGateway(stack, 'Gw', { virtualNetwork: remote, pointToSiteAddressPool: ['172.16.0.0/24'], gatewaySubnetAddressPrefix: '10.9.255.0/27' });
  return { stack, vnet, remote, plan, web, gateway };
}
type World = ReturnType<typeof world>;

interface Case {
  readonly what: string;
  readonly path: string;
  /** How the error names the prop: `prop "x"` for constructs, `"x"` for references. */
  readonly prop: string;
  readonly build: (w: World) => unknown;
}

/** Builds `make` with one prop set to a bad value and the others valid. */
function cases(what: string, path: string, propStyle: 'construct' | 'reference', valid: (w: World) => Record<string, unknown>, props: Record<string, unknown>, make: (w: World, p: Record<string, unknown>) => unknown): Case[] {
  return Object.entries(props).map(([prop, bad]) => ({
    what: `${what} ${prop}`,
    path,
    prop: propStyle === 'construct' ? `prop "${prop}"` : `"${prop.split('.').pop()}"`,
    build: (w) => {
      const p = { ...valid(w) };
      const keys = prop.split('.');
      if (keys.length === 2) p[keys[0]] = { ...(p[keys[0]] as object), [keys[1]]: bad };
      else if (bad === 'DROP') delete p[prop];
      else p[prop] = bad;
      return make(w, p);
    },
  }));
}

const ALL: Case[] = [
  ...cases('RegionalVnetIntegration', 'stack/I', 'construct', (w) => ({ plan: w.plan, virtualNetwork: w.vnet, subnetAddressPrefix: '10.0.4.0/26', apps: [w.web] }), {
    plan: HUGE, virtualNetwork: HUGE, subnetAddressPrefix: HUGE, subnetName: HUGE, maxInstances: HUGE, routeAllTraffic: HUGE,
    networkSecurityGroup: HUGE, routeTable: HUGE, serviceEndpoints: [HUGE], apps: HUGE,
  }, (w, p) => new RegionalVnetIntegration(w.stack, 'I', p as never)),
  ...cases('RegionalVnetIntegration (adopting)', 'stack/I', 'construct', (w) => ({ plan: w.plan, virtualNetwork: w.vnet, apps: [w.web] }), { subnet: HUGE }, (w, p) => new RegionalVnetIntegration(w.stack, 'I', p as never)),
  ...cases('PointToSiteGateway', 'stack/P', 'construct', (w) => ({ virtualNetwork: w.vnet, pointToSiteAddressPool: ['172.16.1.0/24'], gatewaySubnetAddressPrefix: '10.0.255.0/27' }), {
    virtualNetwork: HUGE, pointToSiteAddressPool: [HUGE], gatewaySubnetAddressPrefix: HUGE, sku: HUGE, generation: HUGE, vpnType: HUGE, vpnClientProtocols: [HUGE],
    customRoutes: [HUGE], name: HUGE, location: HUGE, resourceGroupName: HUGE, timeout: HUGE, tags: HUGE,
  }, (w, p) => new PointToSiteGateway(w.stack, 'P', p as never)),
  ...cases('PointToSiteGateway (adopting)', 'stack/P', 'construct', (w) => ({ virtualNetwork: w.vnet, pointToSiteAddressPool: ['172.16.1.0/24'] }), { gatewaySubnet: HUGE }, (w, p) => new PointToSiteGateway(w.stack, 'P', p as never)),
  ...cases('GatewayVnetIntegration', 'stack/G', 'construct', (w) => ({ app: w.web, plan: w.plan, gateway: w.gateway }), {
    app: HUGE, plan: HUGE, gateway: HUGE, routes: [HUGE], routeTable: HUGE, serviceEndpoints: [HUGE], certificateName: HUGE,
  }, (w, p) => new GatewayVnetIntegration(w.stack, 'G', p as never)),
  ...cases('GatewayVnetIntegration (inline gateway)', 'stack/G', 'construct', (w) => ({ app: w.web, plan: w.plan }), { gatewayOptions: HUGE }, (w, p) => new GatewayVnetIntegration(w.stack, 'G', p as never)),
  ...cases('GatewayTransitPeering', 'stack/T', 'construct', (w) => ({ gateway: w.gateway, spokeVirtualNetwork: w.vnet }), {
    gateway: HUGE, spokeVirtualNetwork: HUGE, spokeAddressPrefixes: [HUGE], addPlanRoutes: HUGE, hubToSpokeName: HUGE, spokeToHubName: HUGE,
  }, (w, p) => new GatewayTransitPeering(w.stack, 'T', p as never)),
  ...cases('VnetPeering', 'stack/V', 'construct', (w) => ({ virtualNetwork: w.vnet, remoteVirtualNetwork: w.remote }), {
    virtualNetwork: HUGE, remoteVirtualNetwork: HUGE, allowVirtualNetworkAccess: HUGE, allowForwardedTraffic: HUGE, name: HUGE, remoteName: HUGE, createRemoteSide: HUGE, remoteProvider: HUGE,
  }, (w, p) => new VnetPeering(w.stack, 'V', p as never)),
  ...cases('CrossRegionVnetAccess', 'stack/C', 'construct', (w) => ({ plan: w.plan, apps: [w.web], remoteVirtualNetwork: w.remote, localNetwork: { addressSpace: ['10.1.0.0/16'] }, subnetAddressPrefix: '10.1.0.0/26' }), {
    plan: HUGE, remoteVirtualNetwork: HUGE, localNetwork: HUGE, 'localNetwork.addressSpace': [HUGE], 'localNetwork.name': HUGE, 'localNetwork.location': HUGE, 'localNetwork.resourceGroupName': HUGE,
  }, (w, p) => new CrossRegionVnetAccess(w.stack, 'C', p as never)),
  ...cases('CrossRegionVnetAccess (existing local network)', 'stack/C', 'construct', (w) => ({ plan: w.plan, remoteVirtualNetwork: w.remote, subnetAddressPrefix: '10.1.0.0/26' }), { localVirtualNetwork: HUGE }, (w, p) => new CrossRegionVnetAccess(w.stack, 'C', p as never)),
  ...cases('ServicePlanReference', 'stack/R', 'reference', () => ({ servicePlanId: `${SUB}/Microsoft.Web/serverfarms/p` }), {
    servicePlanId: HUGE, location: HUGE, skuName: HUGE, osType: HUGE, workerCount: HUGE, appServiceEnvironmentId: HUGE,
  }, (w, p) => ServicePlanReference.fromServicePlanAttributes(w.stack, 'R', p as never)),
  ...cases('VirtualNetworkReference', 'stack/R', 'reference', () => ({ virtualNetworkId: `${SUB}/Microsoft.Network/virtualNetworks/v` }), {
    virtualNetworkId: HUGE, name: HUGE, resourceGroupName: HUGE, location: HUGE, addressSpace: [HUGE],
  }, (w, p) => VirtualNetworkReference.fromVirtualNetworkAttributes(w.stack, 'R', p as never)),
  ...cases('SubnetReference', 'stack/R', 'reference', () => ({ subnetId: `${SUB}/Microsoft.Network/virtualNetworks/v/subnets/s` }), {
    subnetId: HUGE, name: HUGE, addressPrefixes: [HUGE], delegations: [HUGE], occupants: [HUGE],
  }, (w, p) => SubnetReference.fromSubnetAttributes(w.stack, 'R', p as never)),
  ...cases('WebAppReference', 'stack/R', 'reference', () => ({ webAppId: `${SUB}/Microsoft.Web/sites/a` }), {
    webAppId: HUGE, location: HUGE, osType: HUGE, appSettings: HUGE, servicePlanId: HUGE,
  }, (w, p) => WebAppReference.fromWebAppAttributes(w.stack, 'R', p as never)),
  ...cases('PointToSiteGatewayReference', 'stack/R', 'reference', (w) => ({ gatewayId: `${SUB}/Microsoft.Network/virtualNetworkGateways/g`, virtualNetwork: w.vnet }), {
    gatewayId: HUGE, virtualNetwork: HUGE, pointToSiteAddressPool: [HUGE], sku: HUGE, gatewayType: HUGE, vpnType: HUGE, vpnClientProtocols: [HUGE],
    gatewaySubnetAddressPrefix: HUGE, hasExpressRouteGateway: HUGE, bgpEnabled: HUGE, customRoutes: [HUGE],
  }, (w, p) => PointToSiteGatewayReference.fromGatewayAttributes(w.stack, 'R', p as never)),
];

describe('errors show the value, truncated, with the path, the prop and what is accepted', () => {
  test.each(ALL.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    let error: unknown;
    try {
      c.build(world());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    const message = (error as Error).message;
    expect(message).toContain(c.path);
    expect(message).toContain(c.prop);
    expect(message).toContain(SHOWN);
    expect(message).toMatch(/accepted:|must be /);
    // 200 characters of the value, never the whole of it.
    expect(message.length).toBeLessThan(1500);
  });

  test('every prop of the public constructs and references is covered', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(80);
  });

  test.each([
    ['an unknown rule ID', (w: World) => RuleSuppressions.acknowledge(w.stack, HUGE, 'a reason long enough')],
    ['a reason that is not text', (w: World) => RuleSuppressions.acknowledge(w.stack, 'VNI-R003', [HUGE] as never)],
  ])('RuleSuppressions: %s', (_what, build) => {
    expect(() => build(world())).toThrow(/^stack: .*got .*\.\.\. \(1000\d\d characters in all\)/);
  });

  test('every props error in lib/ is written with the value it got (a source scan, so a new error cannot forget it)', () => {
    const files = ['constructs', 'references'].flatMap((d) => fs.readdirSync(path.join(LIB, d)).map((f) => path.join(LIB, d, f)));
    const calls = files.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => /\bpropsError\(/.test(l) && !/function propsError/.test(l)).map((l) => `${path.basename(f)}: ${l.trim()}`));
    expect(calls.length).toBeGreaterThan(20);
    expect(calls.filter((c) => !/got |describeValue\(/.test(c))).toEqual([]);
  });
});
