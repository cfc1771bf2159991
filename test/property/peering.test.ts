/**
 * Property tests for the peering constructs. Random valid programs synthesize with validations on
 * and produce exactly the peering resources and flags asked for; a random bad value in one prop
 * gives a props error naming that prop and showing the value, never a TypeError.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { App, TerraformStack, Testing } from 'cdktf';
import * as fc from 'fast-check';
import { CrossRegionVnetAccess } from '../../lib/constructs/cross-region-vnet-access';
import { PropsError } from '../../lib/constructs/props-checks';
import { VnetPeering } from '../../lib/constructs/vnet-peering';
import { junk, REGIONS, runs } from './arbitraries';

const PEERING_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/;

function setup(): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return { app, stack };
}

/** The synthesized stack with validations on (an error finding fails the synthesis). */
function synthesized(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack, true));
}

function peeringsOf(tf: any): any[] {
  return Object.values(tf.resource?.azurerm_virtual_network_peering ?? {});
}

/** Two networks in any regions with disjoint /16 spaces (global peering is allowed). */
const networks = fc.record({
  a: fc.integer({ min: 0, max: 127 }),
  b: fc.integer({ min: 128, max: 255 }),
  regionA: fc.constantFrom(...REGIONS.map((r) => r[0])),
  regionB: fc.constantFrom(...REGIONS.map((r) => r[0])),
});

const peeringName = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}[a-z0-9_]$/);

const validPeering = fc.record({
  net: networks,
  allowVirtualNetworkAccess: fc.option(fc.boolean(), { nil: undefined }),
  allowForwardedTraffic: fc.option(fc.boolean(), { nil: undefined }),
  createRemoteSide: fc.option(fc.boolean(), { nil: undefined }),
  name: fc.option(peeringName, { nil: undefined }),
  remoteName: fc.option(peeringName, { nil: undefined }),
});

/** A value of the wrong kind for each prop of VnetPeering (never a valid one). */
const notBoolean = junk.filter((v) => v !== undefined && typeof v !== 'boolean');
const badPeeringProp = fc.oneof(
  fc.record({ prop: fc.constantFrom('allowVirtualNetworkAccess', 'allowForwardedTraffic', 'createRemoteSide'), value: notBoolean }),
  fc.record({ prop: fc.constantFrom('name', 'remoteName'), value: junk.filter((v) => v !== undefined && !(typeof v === 'string' && PEERING_NAME.test(v))) }),
  fc.record({ prop: fc.constantFrom('virtualNetwork', 'remoteVirtualNetwork', 'remoteProvider'), value: junk.filter((v) => v !== undefined) }),
);

/** A props error that names `prop` (on `construct`) and shows what it got; anything else is rethrown. */
function expectPropsError(build: () => void, construct: string, prop: string): void {
  let error: unknown;
  try {
    build();
  } catch (e) {
    error = e;
  }
  if (!(error instanceof PropsError)) throw error ?? new Error(`${construct} accepted a bad "${prop}"`);
  expect(error.message).toMatch(new RegExp(`^stack/[\\w/]+: ${construct} prop "${prop.replace(/\./g, '\\.')}" `));
  expect(error.message).toMatch(/got /);
}

describe('property: VnetPeering', () => {
  test('valid props synthesize with validations on, with the peerings and flags asked for', () => {
    fc.assert(
      fc.property(validPeering, (v) => {
        const { stack } = setup();
        const a = new VirtualNetwork(stack, 'A', { name: 'vnet-a', location: v.net.regionA, resourceGroupName: 'rg', addressSpace: [`10.${v.net.a}.0.0/16`] });
        const b = new VirtualNetwork(stack, 'B', { name: 'vnet-b', location: v.net.regionB, resourceGroupName: 'rg', addressSpace: [`10.${v.net.b}.0.0/16`] });
        const { net, ...props } = v;
        new VnetPeering(stack, 'Peering', { virtualNetwork: a, remoteVirtualNetwork: b, ...props });
        const peerings = peeringsOf(synthesized(stack));
        const both = v.createRemoteSide !== false;
        expect(peerings).toHaveLength(both ? 2 : 1);
        for (const p of peerings) {
          expect(p).toMatchObject({
            allow_virtual_network_access: v.allowVirtualNetworkAccess ?? true,
            allow_forwarded_traffic: v.allowForwardedTraffic ?? false,
            allow_gateway_transit: false,
            use_remote_gateways: false,
          });
        }
        const local = peerings.find((p) => p.virtual_network_name === '${azurerm_virtual_network.A.name}');
        expect(local).toMatchObject({ name: v.name ?? 'vnet-a-to-vnet-b', remote_virtual_network_id: '${azurerm_virtual_network.B.id}' });
        if (both) {
          const remote = peerings.find((p) => p.virtual_network_name === '${azurerm_virtual_network.B.name}');
          expect(remote).toMatchObject({ name: v.remoteName ?? 'vnet-b-to-vnet-a', remote_virtual_network_id: '${azurerm_virtual_network.A.id}' });
        }
      }),
      { numRuns: runs(25) },
    );
  });

  test('a bad value in one prop is a props error naming the prop and the value, never a TypeError', () => {
    fc.assert(
      fc.property(badPeeringProp, ({ prop, value }) => {
        const { stack } = setup();
        const a = new VirtualNetwork(stack, 'A', { name: 'vnet-a', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.1.0.0/16'] });
        const b = new VirtualNetwork(stack, 'B', { name: 'vnet-b', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.2.0.0/16'] });
        expectPropsError(() => new VnetPeering(stack, 'Peering', { virtualNetwork: a, remoteVirtualNetwork: b, [prop]: value } as any), 'VnetPeering', prop);
      }),
      { numRuns: runs(60) },
    );
  });
});

/** A plan and app in one region, a remote network in another, and a local network to create. */
const validAccess = fc.record({
  appRegion: fc.constantFrom(...REGIONS),
  remoteRegion: fc.constantFrom(...REGIONS.map((r) => r[0])),
  local: fc.integer({ min: 0, max: 255 }),
  remote: fc.integer({ min: 16, max: 31 }),
  // A /26 to /24 integration subnet: room for the instances below.
  subnetPrefix: fc.integer({ min: 24, max: 26 }),
  maxInstances: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  routeAllTraffic: fc.option(fc.boolean(), { nil: undefined }),
  createRemoteSide: fc.option(fc.boolean(), { nil: undefined }),
  location: fc.boolean(),
  name: fc.option(fc.stringMatching(/^vnet-[a-z0-9]{1,10}$/), { nil: undefined }),
});

function accessSetup(region: string, remoteRegion: string, remote = 16) {
  const s = setup();
  const plan = new ServicePlan(s.stack, 'Plan', { name: 'plan', resourceGroupName: 'rg-app', location: region, osType: 'Windows', skuName: 'P1v3' });
  const web = new WindowsWebApp(s.stack, 'Web', { name: 'web', resourceGroupName: 'rg-app', location: region, servicePlanId: plan.id, siteConfig: {} });
  const remoteVnet = new VirtualNetwork(s.stack, 'Remote', { name: 'vnet-remote', location: remoteRegion, resourceGroupName: 'rg-net', addressSpace: [`172.${remote}.0.0/16`] });
  return { ...s, plan, web, remoteVnet };
}

describe('property: CrossRegionVnetAccess', () => {
  test('valid props synthesize with validations on: a delegated subnet in a new local network, peered with the remote one', () => {
    fc.assert(
      fc.property(validAccess, (v) => {
        const s = accessSetup(v.appRegion[0], v.remoteRegion, v.remote);
        // The plan may be written in any of Azure's spellings of its region.
        const location = v.location ? v.appRegion[v.appRegion.length - 1] : undefined;
        new CrossRegionVnetAccess(s.stack, 'Access', {
          plan: s.plan,
          apps: [s.web],
          remoteVirtualNetwork: s.remoteVnet,
          localNetwork: { addressSpace: [`10.${v.local}.0.0/16`], name: v.name, location },
          subnetAddressPrefix: `10.${v.local}.4.0/${v.subnetPrefix}`,
          maxInstances: v.maxInstances,
          routeAllTraffic: v.routeAllTraffic,
          createRemoteSide: v.createRemoteSide,
        });
        const tf = synthesized(s.stack);
        const networks = Object.values(tf.resource.azurerm_virtual_network) as any[];
        const local = networks.find((n) => n.name !== 'vnet-remote');
        expect(local).toMatchObject({ address_space: [`10.${v.local}.0.0/16`], location: location ?? v.appRegion[0], resource_group_name: 'rg-app' });
        if (v.name) expect(local.name).toBe(v.name);
        const subnets = Object.values(tf.resource.azurerm_subnet) as any[];
        expect(subnets).toHaveLength(1);
        expect(subnets[0].address_prefixes).toEqual([`10.${v.local}.4.0/${v.subnetPrefix}`]);
        expect(subnets[0].delegation[0].service_delegation.name).toBe('Microsoft.Web/serverFarms');
        const peerings = peeringsOf(tf);
        expect(peerings).toHaveLength(v.createRemoteSide === false ? 1 : 2);
        for (const p of peerings) expect(p).toMatchObject({ allow_virtual_network_access: true, allow_gateway_transit: false, use_remote_gateways: false });
        expect(peerings.some((p) => p.remote_virtual_network_id === '${azurerm_virtual_network.Remote.id}')).toBe(true);
        const web = tf.resource.azurerm_windows_web_app.Web;
        expect(web.virtual_network_subnet_id).toMatch(/^\$\{azurerm_subnet\.[\w-]+\.id\}$/);
        expect(web.site_config.vnet_route_all_enabled).toBe(v.routeAllTraffic ?? true);
      }),
      { numRuns: runs(20) },
    );
  });

  const BAD_ACCESS = fc.oneof(
    fc.record({ prop: fc.constantFrom('plan', 'remoteVirtualNetwork'), value: junk.filter((v) => v !== undefined) }),
    fc.record({ prop: fc.constant('localNetwork'), value: junk.filter((v) => v !== undefined && (v === null || typeof v !== 'object' || Array.isArray(v))) }),
    fc.record({ prop: fc.constant('localNetwork.addressSpace'), value: junk.filter((v) => !Array.isArray(v)) }),
    fc.record({ prop: fc.constant('localNetwork.location'), value: junk.filter((v) => v !== undefined && typeof v !== 'string') }),
    fc.record({ prop: fc.constant('localNetwork.resourceGroupName'), value: junk.filter((v) => v !== undefined && typeof v !== 'string') }),
    fc.record({ prop: fc.constant('localNetwork.name'), value: junk.filter((v) => v !== undefined && typeof v !== 'string') }),
  );

  test('a bad value in one prop is a props error naming the prop and the value, never a TypeError', () => {
    fc.assert(
      fc.property(BAD_ACCESS, ({ prop, value }) => {
        const s = accessSetup('westeurope', 'northeurope');
        const localNetwork: Record<string, unknown> = { addressSpace: ['10.1.0.0/16'] };
        const props: Record<string, unknown> = { plan: s.plan, apps: [s.web], remoteVirtualNetwork: s.remoteVnet, localNetwork, subnetAddressPrefix: '10.1.4.0/26' };
        if (prop.startsWith('localNetwork.')) localNetwork[prop.slice('localNetwork.'.length)] = value;
        else props[prop] = value;
        expectPropsError(() => new CrossRegionVnetAccess(s.stack, 'Access', props as any), 'CrossRegionVnetAccess', prop);
      }),
      { numRuns: runs(60) },
    );
  });

  test('bad values the inner integration judges name its prop too', () => {
    const INNER = fc.oneof(
      fc.record({ prop: fc.constant('maxInstances'), value: junk.filter((v) => v !== undefined && !(Number.isInteger(v) && (v as number) >= 1)) }),
      fc.record({ prop: fc.constant('routeAllTraffic'), value: notBoolean }),
      fc.record({ prop: fc.constant('subnetAddressPrefix'), value: junk.filter((v) => v !== undefined) }),
    );
    fc.assert(
      fc.property(INNER, ({ prop, value }) => {
        const s = accessSetup('westeurope', 'northeurope');
        const props: Record<string, unknown> = { plan: s.plan, apps: [s.web], remoteVirtualNetwork: s.remoteVnet, localNetwork: { addressSpace: ['10.1.0.0/16'] }, subnetAddressPrefix: '10.1.4.0/26', [prop]: value };
        expectPropsError(() => new CrossRegionVnetAccess(s.stack, 'Access', props as any), 'RegionalVnetIntegration', prop);
      }),
      { numRuns: runs(60) },
    );
  });
});
