/**
 * Plain JavaScript callers have no type checker. Whatever they pass, the error must name the
 * construct path and the prop, and never be a TypeError from deep inside.
 */
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { TerraformStack, Testing } from 'cdktf';
import {
  RegionalVnetIntegration,
  ServicePlanReference,
  SubnetReference,
  VirtualNetworkReference,
  WebAppReference,
} from '../../lib';

function setup() {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet', resourceGroupName: 'rg', location: 'westeurope', addressSpace: ['10.0.0.0/16'] });
  const plan = new ServicePlan(stack, 'Plan', { name: 'plan', resourceGroupName: 'rg', location: 'westeurope', osType: 'Linux', skuName: 'P1v3' });
  const web = new LinuxWebApp(stack, 'Web', { name: 'web', resourceGroupName: 'rg', location: 'westeurope', servicePlanId: plan.id, siteConfig: {} });
  const valid: Record<string, unknown> = { plan, virtualNetwork: vnet, subnetAddressPrefix: '10.0.1.0/26', apps: [web] };
  return { app, stack, vnet, plan, web, valid };
}

/** Constructs with `props` and returns the error (failing the test when there is none or a TypeError). */
function errorOf(props: unknown, s = setup()): Error {
  try {
    new RegionalVnetIntegration(s.stack, 'Integration', props as any);
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(TypeError);
    return e as Error;
  }
  throw new Error('expected the construct to throw');
}

const PATH = 'stack/Integration';

describe('RegionalVnetIntegration rejects bad props from plain JavaScript', () => {
  test.each([
    ['no props at all', undefined, /needs a props object, got nothing/],
    ['null', null, /needs a props object, got null/],
    ['an array', [], /needs a props object, got an array of 0/],
    ['a string', 'vnet', /needs a props object, got "vnet"/],
  ])('%s', (_, props, message) => {
    const e = errorOf(props);
    expect(e.message).toMatch(message);
    expect(e.message).toContain(PATH);
  });

  const cases: [string, (v: Record<string, unknown>) => Record<string, unknown>, string, RegExp][] = [
    ['missing plan', ({ plan: _plan, ...rest }) => rest, 'plan', /must be an azurerm ServicePlan .* got nothing/],
    ['plan given as an ID string', (v) => ({ ...v, plan: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Web/serverFarms/p' }), 'plan', /got "\/subscriptions/],
    ['plan given as a plain object', (v) => ({ ...v, plan: { skuName: 'P1v3' } }), 'plan', /got an object \{"skuName":"P1v3"\}/],
    ['plan given as the virtual network', (v) => ({ ...v, plan: v.virtualNetwork }), 'plan', /got an azurerm_virtual_network resource/],
    ['missing virtualNetwork', ({ virtualNetwork: _v, ...rest }) => rest, 'virtualNetwork', /must be an azurerm VirtualNetwork/],
    ['virtualNetwork given as a number', (v) => ({ ...v, virtualNetwork: 42 }), 'virtualNetwork', /got 42/],
    ['neither subnetAddressPrefix nor subnet', ({ subnetAddressPrefix: _s, ...rest }) => rest, 'subnetAddressPrefix', /give exactly one/],
    ['both subnetAddressPrefix and subnet', (v) => ({ ...v, subnet: SubnetReference.fromSubnetAttributes(v.plan as any, 'S', { subnetId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s' }) }), 'subnetAddressPrefix', /give exactly one/],
    ['subnet given as a string', ({ subnetAddressPrefix: _s, ...rest }) => ({ ...rest, subnet: 'snet-integration' }), 'subnet', /got "snet-integration"/],
    ['prefix length 33', (v) => ({ ...v, subnetAddressPrefix: '10.0.0.0/33' }), 'subnetAddressPrefix', /not a valid IPv4 CIDR block: "10\.0\.0\.0\/33"/],
    ['octet 300', (v) => ({ ...v, subnetAddressPrefix: '300.1.1.1/24' }), 'subnetAddressPrefix', /"300\.1\.1\.1\/24" is not a valid IPv4 block/],
    ['host bits set', (v) => ({ ...v, subnetAddressPrefix: '10.0.0.1/24' }), 'subnetAddressPrefix', /host bits set; the block starts at 10\.0\.0\.0\/24/],
    ['IPv6', (v) => ({ ...v, subnetAddressPrefix: 'fd00:1::/64' }), 'subnetAddressPrefix', /is IPv6; only IPv4/],
    ['leading whitespace', (v) => ({ ...v, subnetAddressPrefix: ' 10.0.1.0/26' }), 'subnetAddressPrefix', /whitespace/],
    ['trailing newline', (v) => ({ ...v, subnetAddressPrefix: '10.0.1.0/26\n' }), 'subnetAddressPrefix', /whitespace/],
    ['empty prefix', (v) => ({ ...v, subnetAddressPrefix: '' }), 'subnetAddressPrefix', /empty/],
    ['prefix as a list', (v) => ({ ...v, subnetAddressPrefix: ['10.0.1.0/26'] }), 'subnetAddressPrefix', /got an array/],
    ['prefix as a number', (v) => ({ ...v, subnetAddressPrefix: 167772416 }), 'subnetAddressPrefix', /got number 167772416/],
    ['empty subnetName', (v) => ({ ...v, subnetName: '' }), 'subnetName', /is not a valid name, got ""; accepted: 1 to 80 letters/],
    ['blank subnetName', (v) => ({ ...v, subnetName: '   ' }), 'subnetName', /is not a valid name, got "   "/],
    ['subnetName ending with a hyphen', (v) => ({ ...v, subnetName: 'snet-' }), 'subnetName', /is not a valid name, got "snet-"; accepted: .*not ending with "\." or "-"/],
    ['numeric subnetName', (v) => ({ ...v, subnetName: 7 }), 'subnetName', /got 7/],
    ['maxInstances 0', (v) => ({ ...v, maxInstances: 0 }), 'maxInstances', /whole number of 1 or more, got 0/],
    ['maxInstances negative', (v) => ({ ...v, maxInstances: -3 }), 'maxInstances', /got -3/],
    ['maxInstances fractional', (v) => ({ ...v, maxInstances: 2.5 }), 'maxInstances', /got 2\.5/],
    ['maxInstances NaN', (v) => ({ ...v, maxInstances: NaN }), 'maxInstances', /got NaN/],
    ['maxInstances as text', (v) => ({ ...v, maxInstances: '10' }), 'maxInstances', /got "10"/],
    ['maxInstances as BigInt', (v) => ({ ...v, maxInstances: BigInt(10) }), 'maxInstances', /got the BigInt 10n/],
    ['routeAllTraffic as text', (v) => ({ ...v, routeAllTraffic: 'yes' }), 'routeAllTraffic', /true or false, got "yes"/],
    ['routeAllTraffic as 1', (v) => ({ ...v, routeAllTraffic: 1 }), 'routeAllTraffic', /got 1/],
    ['serviceEndpoints as a string', (v) => ({ ...v, serviceEndpoints: 'Microsoft.Storage' }), 'serviceEndpoints', /array of strings, got "Microsoft\.Storage"/],
    ['unknown service endpoint', (v) => ({ ...v, serviceEndpoints: ['Storage'] }), 'serviceEndpoints', /invalid entry "Storage", got an array of 1 \["Storage"\]; accepted: an array of values such as "Microsoft\.Storage"/],
    ['duplicate service endpoint', (v) => ({ ...v, serviceEndpoints: ['Microsoft.Storage', 'Microsoft.Sql', 'Microsoft.Storage'] }), 'serviceEndpoints', /lists "Microsoft\.Storage" twice/],
    ['service endpoint as a symbol', (v) => ({ ...v, serviceEndpoints: [Symbol('x')] }), 'serviceEndpoints', /invalid entry a symbol \(x\)/],
    ['networkSecurityGroup as an ID', (v) => ({ ...v, networkSecurityGroup: '/subscriptions/0/nsg' }), 'networkSecurityGroup', /must be an azurerm NetworkSecurityGroup, got "\/subscriptions\/0\/nsg"/],
    ['routeTable as the plan', (v) => ({ ...v, routeTable: v.plan }), 'routeTable', /must be an azurerm RouteTable, got an azurerm_service_plan resource/],
    ['apps as a single app', (v) => ({ ...v, apps: (v.apps as unknown[])[0] }), 'apps', /must be an array of apps, got an azurerm_linux_web_app resource/],
    ['apps as a string', (v) => ({ ...v, apps: 'web' }), 'apps', /must be an array of apps, got "web"/],
    ['an app given by name', (v) => ({ ...v, apps: ['web'] }), 'apps', /entries must be azurerm web apps.*got "web"/],
    ['a null app', (v) => ({ ...v, apps: [null] }), 'apps', /got null/],
    ['a missing app', (v) => ({ ...v, apps: [undefined] }), 'apps', /got nothing/],
    ['the plan as an app', (v) => ({ ...v, apps: [v.plan] }), 'apps', /got an azurerm_service_plan resource/],
    ['the same app twice', (v) => ({ ...v, apps: [(v.apps as unknown[])[0], (v.apps as unknown[])[0]] }), 'apps', /already contains stack\/Web, got an azurerm_linux_web_app resource \(stack\/Web\) again; accepted: each app once/],
  ];

  test.each(cases)('%s', (_, change, prop, message) => {
    const s = setup();
    const e = errorOf(change(s.valid), s);
    expect(e.message).toContain(`${PATH}: RegionalVnetIntegration prop "${prop}"`);
    expect(e.message).toMatch(message);
  });

  test('the same imported app twice (IDs differ only in case)', () => {
    const s = setup();
    const id = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Web/sites/shop';
    const a = WebAppReference.fromWebAppAttributes(s.stack, 'A', { webAppId: id });
    const b = WebAppReference.fromWebAppAttributes(s.stack, 'B', { webAppId: id.toUpperCase() });
    const e = errorOf({ ...s.valid, apps: [a, b] }, s);
    expect(e.message).toContain(`${PATH}: RegionalVnetIntegration prop "apps" already contains`);
  });

  test('addApp with the same app again, or with junk, names the prop', () => {
    const s = setup();
    const integration = new RegionalVnetIntegration(s.stack, 'Integration', s.valid as any);
    expect(() => integration.addApp(s.web)).toThrow(`${PATH}: RegionalVnetIntegration prop "apps" already contains stack/Web`);
    expect(() => integration.addApp(undefined as any)).toThrow(/prop "apps" entries must be .* got nothing/);
    expect(() => integration.addApp({ id: 'x' } as any)).toThrow(/prop "apps" entries must be .* got an object \{"id":"x"\}/);
  });
});

describe('an integration without apps', () => {
  test.each([
    ['apps left out', undefined],
    ['an empty apps list', []],
  ])('%s: construction works (apps can follow with addApp) but synthesis fails naming the construct and "apps"', (_, apps) => {
    const s = setup();
    new RegionalVnetIntegration(s.stack, 'Integration', { ...s.valid, apps } as any);
    expect(() => s.app.synth()).toThrow(/stack\/Integration: RegionalVnetIntegration prop "apps" is empty at synth time/);
  });

  test('an app added later with addApp is enough', () => {
    const s = setup();
    const integration = new RegionalVnetIntegration(s.stack, 'Integration', { ...s.valid, apps: [] } as any);
    integration.addApp(s.web);
    expect(() => s.app.synth()).not.toThrow();
  });
});

describe('imported references reject bad attributes, naming the path and the attribute', () => {
  const ID = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet';
  const PLAN = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan';
  test.each([
    ['plan without ID', () => ServicePlanReference.fromServicePlanAttributes(scope(), 'Ref', {} as any), /stack\/Ref: ServicePlanReference\.fromServicePlanAttributes: "servicePlanId" is required/],
    ['plan attributes missing', () => ServicePlanReference.fromServicePlanAttributes(scope(), 'Ref', undefined as any), /stack\/Ref: .*expected an attributes object such as \{ servicePlanId: \.\.\. \}, got nothing/],
    ['plan ID blank', () => ServicePlanReference.fromServicePlanAttributes(scope(), 'Ref', { servicePlanId: ' ' }), /"servicePlanId" must be a non-empty string, got " "/],
    ['plan workerCount 0', () => ServicePlanReference.fromServicePlanAttributes(scope(), 'Ref', { servicePlanId: PLAN, workerCount: 0 }), /"workerCount" must be a whole number of 1 or more, got 0/],
    ['plan skuName a number', () => ServicePlanReference.fromServicePlanAttributes(scope(), 'Ref', { servicePlanId: PLAN, skuName: 3 as any }), /"skuName" must be a non-empty string, got 3/],
    ['vnet address space with host bits', () => VirtualNetworkReference.fromVirtualNetworkAttributes(scope(), 'Ref', { virtualNetworkId: ID, addressSpace: ['10.0.0.1/16'] }), /"addressSpace" has an invalid block: "10\.0\.0\.1\/16" has host bits set/],
    ['vnet address space IPv6 with host bits', () => VirtualNetworkReference.fromVirtualNetworkAttributes(scope(), 'Ref', { virtualNetworkId: ID, addressSpace: ['10.0.0.0/16', 'fd00::1/48'] }), /"addressSpace" has an invalid block: "fd00::1\/48" has host bits set/],
    ['vnet address space empty', () => VirtualNetworkReference.fromVirtualNetworkAttributes(scope(), 'Ref', { virtualNetworkId: ID, addressSpace: [] }), /"addressSpace" must be a non-empty array of CIDR blocks, got an array of 0/],
    ['vnet address space as a string', () => VirtualNetworkReference.fromVirtualNetworkAttributes(scope(), 'Ref', { virtualNetworkId: ID, addressSpace: '10.0.0.0/16' as any }), /got "10\.0\.0\.0\/16"/],
    ['vnet ID that is not an ARM ID', () => VirtualNetworkReference.fromVirtualNetworkAttributes(scope(), 'Ref', { virtualNetworkId: 'vnet' }), /stack\/Ref: .*"virtualNetworkId" is not a resource ID, got "vnet"; accepted: a resource ID/],
    ['plan ID of another type', () => ServicePlanReference.fromServicePlanAttributes(scope(), 'Ref', { servicePlanId: ID }), /"servicePlanId" is not the ID of a Microsoft\.Web\/serverfarms resource, got "\/subscriptions/],
    ['subnet prefixes with whitespace', () => SubnetReference.fromSubnetAttributes(scope(), 'Ref', { subnetId: `${ID}/subnets/s`, addressPrefixes: ['10.0.1.0/26 '] }), /"addressPrefixes" has an invalid block: .*whitespace/],
    ['subnet delegations not strings', () => SubnetReference.fromSubnetAttributes(scope(), 'Ref', { subnetId: `${ID}/subnets/s`, delegations: [1] as any }), /"delegations" must be an array of strings, got an array of 1/],
    ['web app without ID', () => WebAppReference.fromWebAppAttributes(scope(), 'Ref', { location: 'westeurope' } as any), /stack\/Ref: WebAppReference\.fromWebAppAttributes: "webAppId" is required/],
    ['web app location a BigInt', () => WebAppReference.fromWebAppAttributes(scope(), 'Ref', { webAppId: `${PLAN.split('/providers/')[0]}/providers/Microsoft.Web/sites/a`, location: BigInt(1) as any }), /"location" must be a non-empty string, got the BigInt 1n/],
  ])('%s', (_, make, message) => {
    let error: unknown;
    try {
      make();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
  });

  function scope(): TerraformStack {
    return new TerraformStack(Testing.app(), 'stack');
  }
});

describe('unknown SKUs and regions are reported as unverified, not rejected', () => {
  // Azure adds SKUs and regions faster than a library ships; rejecting an unknown name would block
  // a valid new option, so the rules warn with "unverified" and the user can acknowledge it.
  const warningsOf = (c: RegionalVnetIntegration) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));

  test('an unknown plan SKU on a generated plan', () => {
    const s = setup();
    s.plan.skuName = 'P9x';
    const integration = new RegionalVnetIntegration(s.stack, 'Integration', s.valid as any);
    s.app.synth();
    const messages = warningsOf(integration);
    expect(messages.some((m) => m.includes('[VNI-R001]') && m.includes('(unverified)') && m.includes('"P9x"'))).toBe(true);
  });

  test('an unknown region on the virtual network', () => {
    const s = setup();
    s.vnet.location = 'moon-north';
    const integration = new RegionalVnetIntegration(s.stack, 'Integration', s.valid as any);
    // The region differs from the plan's as well, which is an error of its own.
    expect(() => s.app.synth()).toThrow(/\[VNI-R010\].*different regions/);
    const messages = warningsOf(integration);
    expect(messages.some((m) => m.includes('[VNI-R010]') && m.includes('(unverified)') && m.includes('"moon-north"'))).toBe(true);
  });

  test('an unknown region used everywhere synthesizes with an unverified warning', () => {
    const s = setup();
    for (const r of [s.vnet, s.plan, s.web]) r.location = 'moonnorth';
    const integration = new RegionalVnetIntegration(s.stack, 'Integration', s.valid as any);
    s.app.synth();
    const messages = warningsOf(integration);
    expect(messages.filter((m) => m.includes('[VNI-R010]') && m.includes('(unverified)'))).toHaveLength(3);
  });

  test('a subnet adopted from the tree with a malformed prefix fails the size rule', () => {
    const s = setup();
    const subnet = new Subnet(s.stack, 'Snet', { name: 'snet', resourceGroupName: 'rg', virtualNetworkName: s.vnet.name, addressPrefixes: ['10.0.1.1/26'] });
    const { subnetAddressPrefix: _p, ...rest } = s.valid;
    new RegionalVnetIntegration(s.stack, 'Integration', { ...rest, subnet } as any);
    expect(() => s.app.synth()).toThrow(/\[VNI-R002\].*malformed: "10\.0\.1\.1\/26" has host bits set/);
  });
});
