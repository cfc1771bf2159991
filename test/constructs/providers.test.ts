/**
 * Every resource a construct creates is written with the provider of the resource it belongs to
 * (lib/adapter/providers.ts): networks in a connectivity subscription, apps in an app subscription.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { RouteTable } from '@cdktf/provider-azurerm/lib/route-table';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { App, TerraformProvider, TerraformStack, Testing } from 'cdktf';
import {
  CrossRegionVnetAccess, GatewayTransitPeering, GatewayVnetIntegration, PointToSiteGateway, RegionalVnetIntegration, RuleSuppressions,
  ServicePlanReference, VirtualNetworkReference, VnetPeering, WebAppReference,
} from '../../lib';
import { findings, synthError } from '../helpers/stacks';

const APP_SUB = '11111111-1111-1111-1111-111111111111';
const HUB_SUB = '22222222-2222-2222-2222-222222222222';

function stackWithProviders(app: App = Testing.app(), id = 'Stack') {
  const stack = new TerraformStack(app, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const appProvider = new AzurermProvider(stack, 'app', { features: [{}], alias: 'app', subscriptionId: APP_SUB, tenantId: 'contoso.onmicrosoft.com' });
  const connectivity = new AzurermProvider(stack, 'connectivity', { features: [{}], alias: 'connectivity', subscriptionId: HUB_SUB });
  return { app, stack, appProvider, connectivity };
}

function vnet(stack: TerraformStack, id: string, space: string, provider?: TerraformProvider, location = 'westeurope'): VirtualNetwork {
  return new VirtualNetwork(stack, id, { name: id.toLowerCase(), location, resourceGroupName: 'rg', addressSpace: [space], provider });
}

function planAndApp(stack: TerraformStack, provider?: TerraformProvider, sku = 'P1v3'): { plan: ServicePlan; web: WindowsWebApp } {
  const plan = new ServicePlan(stack, 'Plan', { name: 'plan', location: 'westeurope', resourceGroupName: 'rg', osType: 'Windows', skuName: sku, provider });
  const web = new WindowsWebApp(stack, 'Web', { name: 'web', location: 'westeurope', resourceGroupName: 'rg', servicePlanId: plan.id, siteConfig: {}, provider });
  return { plan, web };
}

/** type -> provider of each resource of that type, in synthesized order. */
function providers(stack: TerraformStack): Record<string, Array<string | undefined>> {
  const tf = JSON.parse(Testing.synth(stack));
  const out: Record<string, Array<string | undefined>> = {};
  for (const [type, byName] of Object.entries(tf.resource ?? {})) out[type] = Object.values(byName as object).map((r: any) => r.provider);
  return out;
}

describe('RegionalVnetIntegration', () => {
  test('subnet and NSG / route table associations take the network\'s provider; the app keeps its own', () => {
    const { stack, appProvider, connectivity } = stackWithProviders();
    const hub = vnet(stack, 'Hub', '10.0.0.0/16', connectivity);
    const { plan, web } = planAndApp(stack, appProvider);
    const nsg = new NetworkSecurityGroup(stack, 'Nsg', { name: 'nsg', location: 'westeurope', resourceGroupName: 'rg', provider: connectivity });
    const rt = new RouteTable(stack, 'Rt', { name: 'rt', location: 'westeurope', resourceGroupName: 'rg', provider: connectivity });
    new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [web], virtualNetwork: hub, subnetAddressPrefix: '10.0.4.0/26', networkSecurityGroup: nsg, routeTable: rt });
    const p = providers(stack);
    expect(p.azurerm_subnet).toEqual(['azurerm.connectivity']);
    expect(p.azurerm_subnet_network_security_group_association).toEqual(['azurerm.connectivity']);
    expect(p.azurerm_subnet_route_table_association).toEqual(['azurerm.connectivity']);
    expect(p.azurerm_windows_web_app).toEqual(['azurerm.app']);
  });

  test('a network of the default provider: nothing is written (the default configuration)', () => {
    const { stack } = stackWithProviders();
    const { plan, web } = planAndApp(stack);
    new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [web], virtualNetwork: vnet(stack, 'Vnet', '10.0.0.0/16'), subnetAddressPrefix: '10.0.4.0/26' });
    expect(providers(stack).azurerm_subnet).toEqual([undefined]);
  });

  test('the swift connection of an imported app takes the app\'s provider (given, or matched by the subscription in its ID)', () => {
    const { app, stack, appProvider, connectivity } = stackWithProviders();
    const hub = vnet(stack, 'Hub', '10.0.0.0/16', connectivity);
    const plan = ServicePlanReference.fromServicePlanAttributes(stack, 'Plan', {
      servicePlanId: `/subscriptions/${APP_SUB}/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan`, location: 'westeurope', skuName: 'P1v3', osType: 'Windows', provider: appProvider,
    });
    const given = WebAppReference.fromWebAppAttributes(stack, 'Given', { webAppId: `/subscriptions/${APP_SUB}/resourceGroups/rg/providers/Microsoft.Web/sites/a`, location: 'westeurope', osType: 'Windows', provider: appProvider });
    const matched = WebAppReference.fromWebAppAttributes(stack, 'Matched', { webAppId: `/subscriptions/${APP_SUB}/resourceGroups/rg/providers/Microsoft.Web/sites/b`, location: 'westeurope', osType: 'Windows' });
    new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [given, matched], virtualNetwork: hub, subnetAddressPrefix: '10.0.4.0/26' });
    const p = providers(stack);
    expect(p.azurerm_app_service_virtual_network_swift_connection).toEqual(['azurerm.app', 'azurerm.app']);
    expect(p.azurerm_subnet).toEqual(['azurerm.connectivity']);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R024').map((f) => f.outcome)).toEqual(['pass', 'pass', 'pass']);
  });

  test('a provider attribute that is not a provider is refused, naming the attribute', () => {
    const { stack } = stackWithProviders();
    expect(() => VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Bad', { virtualNetworkId: `/subscriptions/${HUB_SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub`, provider: 'azurerm.connectivity' as any }))
      .toThrow(/"provider" must be a Terraform provider configuration, got "azurerm.connectivity"; accepted: an AzurermProvider/);
  });

  test('an adopted subnet of another subscription than its network is a VNI-R024 warning', () => {
    const { app, stack, appProvider, connectivity } = stackWithProviders();
    const hub = vnet(stack, 'Hub', '10.0.0.0/16', connectivity);
    const { Subnet } = require('@cdktf/provider-azurerm/lib/subnet');
    const subnet = new Subnet(stack, 'Apps', { name: 'snet-apps', resourceGroupName: 'rg', virtualNetworkName: hub.name, addressPrefixes: ['10.0.4.0/26'], provider: appProvider });
    const { plan, web } = planAndApp(stack, appProvider);
    new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [web], virtualNetwork: hub, subnet });
    expect(synthError(app)).toBe('');
    const f = findings(app, 'VNI-R024');
    expect(f.map((x) => x.outcome)).toEqual(['warning']);
    expect(f[0].message).toMatch(/integration subnet \(given\) Stack\/Apps \(azurerm\.app\) is written in subscription 1111.*but virtual network Stack\/Hub is in subscription 2222/);
  });
});

test('an adopted subnet of an imported network in a stack with one azurerm configuration: nothing to choose, VNI-R024 passes', () => {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const id = `/subscriptions/${HUB_SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub`;
  const hub = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Hub', { virtualNetworkId: id, location: 'westeurope', addressSpace: ['10.0.0.0/16'] });
  const { Subnet } = require('@cdktf/provider-azurerm/lib/subnet');
  const subnet = new Subnet(stack, 'Apps', { name: 'snet-apps', resourceGroupName: 'rg', virtualNetworkName: 'hub', addressPrefixes: ['10.0.4.0/26'] });
  const { plan, web } = planAndApp(stack);
  new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [web], virtualNetwork: hub, subnet });
  expect(synthError(app)).toBe('');
  expect(findings(app, 'VNI-R024').map((f) => f.outcome)).toEqual(['pass']);
});

describe('PointToSiteGateway', () => {
  test('GatewaySubnet, public IP and gateway take the network\'s provider', () => {
    const { stack, connectivity } = stackWithProviders();
    new PointToSiteGateway(stack, 'Gateway', { virtualNetwork: vnet(stack, 'Hub', '10.0.0.0/16', connectivity), gatewaySubnetAddressPrefix: '10.0.255.0/27', pointToSiteAddressPool: ['172.16.0.0/24'] });
    const p = providers(stack);
    expect(p.azurerm_subnet).toEqual(['azurerm.connectivity']);
    expect(p.azurerm_public_ip).toEqual(['azurerm.connectivity']);
    expect(p.azurerm_virtual_network_gateway).toEqual(['azurerm.connectivity']);
  });
});

describe('peerings', () => {
  test('VnetPeering: each side takes its own network\'s provider; remoteProvider still overrides', () => {
    const { stack, appProvider, connectivity } = stackWithProviders();
    const spoke = vnet(stack, 'Spoke', '10.1.0.0/16', appProvider);
    const hub = vnet(stack, 'Hub', '10.0.0.0/16', connectivity);
    new VnetPeering(stack, 'Peering', { virtualNetwork: spoke, remoteVirtualNetwork: hub });
    const other = vnet(stack, 'Other', '10.2.0.0/16');
    new VnetPeering(stack, 'Override', { virtualNetwork: other, remoteVirtualNetwork: hub, remoteProvider: appProvider });
    const tf = JSON.parse(Testing.synth(stack));
    const byName = Object.fromEntries((Object.values(tf.resource.azurerm_virtual_network_peering) as any[]).map((p) => [p.name, p.provider]));
    expect(byName).toEqual({ 'spoke-to-hub': 'azurerm.app', 'hub-to-spoke': 'azurerm.connectivity', 'other-to-hub': undefined, 'hub-to-other': 'azurerm.app' });
  });

  test('VnetPeering to a network of another stack: the provider of this stack with the same subscription', () => {
    const app = Testing.app();
    const hubStack = new TerraformStack(app, 'Hub');
    new AzurermProvider(hubStack, 'azurerm', { features: [{}] });
    const hubConnectivity = new AzurermProvider(hubStack, 'connectivity', { features: [{}], alias: 'connectivity', subscriptionId: HUB_SUB });
    const hub = vnet(hubStack, 'HubVnet', '10.0.0.0/16', hubConnectivity);
    const { stack } = stackWithProviders(app, 'Spoke');
    new VnetPeering(stack, 'Peering', { virtualNetwork: vnet(stack, 'SpokeVnet', '10.1.0.0/16'), remoteVirtualNetwork: hub });
    expect(providers(stack).azurerm_virtual_network_peering).toEqual([undefined, 'azurerm.connectivity']);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R024').map((f) => f.outcome)).toEqual(['pass', 'pass']);
  });

  test('GatewayTransitPeering: hub side with the hub\'s provider, spoke side with the spoke\'s', () => {
    const { stack, appProvider, connectivity } = stackWithProviders();
    const gateway = new PointToSiteGateway(stack, 'Gateway', { virtualNetwork: vnet(stack, 'Hub', '10.0.0.0/16', connectivity), gatewaySubnetAddressPrefix: '10.0.255.0/27', pointToSiteAddressPool: ['172.16.0.0/24'] });
    const t = new GatewayTransitPeering(stack, 'Transit', { gateway, spokeVirtualNetwork: vnet(stack, 'Spoke', '10.1.0.0/16', appProvider) });
    providers(stack);
    expect(t.hubToSpoke.provider?.fqn).toBe('azurerm.connectivity');
    expect(t.spokeToHub.provider?.fqn).toBe('azurerm.app');
  });

  test('CrossRegionVnetAccess: the local network with the plan\'s provider, the remote side with the remote network\'s', () => {
    const { stack, appProvider, connectivity } = stackWithProviders();
    const { plan, web } = planAndApp(stack, appProvider);
    const remote = vnet(stack, 'Remote', '10.9.0.0/16', connectivity, 'northeurope');
    const access = new CrossRegionVnetAccess(stack, 'Access', { plan, apps: [web], remoteVirtualNetwork: remote, localNetwork: { addressSpace: ['10.1.0.0/16'] }, subnetAddressPrefix: '10.1.0.0/26' });
    providers(stack);
    expect((access.localVirtualNetwork as VirtualNetwork).provider?.fqn).toBe('azurerm.app');
    expect((access.integration.subnet as any).provider?.fqn).toBe('azurerm.app');
    expect(access.peering.localPeering.provider?.fqn).toBe('azurerm.app');
    expect(access.peering.remotePeering?.provider?.fqn).toBe('azurerm.connectivity');
  });
});

describe('GatewayVnetIntegration', () => {
  function gatewayIntegration(appProvider: TerraformProvider | undefined, stack: TerraformStack, vnetProvider = appProvider) {
    const { plan, web } = planAndApp(stack, appProvider, 'S1');
    RuleSuppressions.acknowledge(stack, 'VNI-G015', 'tests of the legacy feature');
    return new GatewayVnetIntegration(stack, 'Integration', {
      app: web, plan, routes: ['10.50.0.0/16'],
      gatewayOptions: { virtualNetwork: vnet(stack, 'Vnet', '10.0.0.0/16', vnetProvider), gatewaySubnetAddressPrefix: '10.0.255.0/27', pointToSiteAddressPool: ['172.16.0.0/24'] },
    });
  }

  test('an app of an aliased provider with a subscription_id: an aliased azapi provider with the same subscription (and tenant), once per stack', () => {
    const { app, stack, appProvider } = stackWithProviders();
    const i = gatewayIntegration(appProvider, stack);
    const web2 = new WindowsWebApp(stack, 'Web2', { name: 'web2', location: 'westeurope', resourceGroupName: 'rg', servicePlanId: (i.plan as ServicePlan).id, siteConfig: {}, provider: appProvider });
    new GatewayVnetIntegration(stack, 'Integration2', { app: web2, plan: i.plan, gateway: i.gateway });
    const tf = JSON.parse(Testing.synth(stack));
    expect(tf.provider.azapi).toEqual([{ alias: 'app', subscription_id: APP_SUB, tenant_id: 'contoso.onmicrosoft.com' }]);
    const all = [...Object.values(tf.resource.azapi_resource), ...Object.values(tf.resource.azapi_resource_action), ...Object.values(tf.resource.azapi_update_resource)] as any[];
    // Per app: connection, gateway link, package action; the shared plan route: its PUT and its destroy-time DELETE.
    expect(all.length).toBe(8);
    expect(new Set(all.map((r) => r.provider))).toEqual(new Set(['azapi.app']));
    expect(i.connection.provider?.fqn).toBe('azapi.app');
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R024').every((f) => f.outcome === 'pass')).toBe(true);
  });

  test('the default azurerm provider with a literal subscription_id: the default azapi provider gets it', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Stack');
    new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: APP_SUB });
    gatewayIntegration(undefined, stack);
    const tf = JSON.parse(Testing.synth(stack));
    expect(tf.provider.azapi).toEqual([{ subscription_id: APP_SUB }]);
    expect((Object.values(tf.resource.azapi_resource) as any[]).map((r) => r.provider)).toEqual([undefined, undefined, undefined]);
  });

  test('an aliased provider without subscription_id: the default azapi provider, reported unverified by VNI-R024', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Stack');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const noSub = new AzurermProvider(stack, 'nosub', { features: [{}], alias: 'nosub' });
    gatewayIntegration(noSub, stack);
    const tf = JSON.parse(Testing.synth(stack));
    expect(tf.provider.azapi).toEqual([{}]);
    expect(synthError(app)).toBe('');
    const f = findings(app, 'VNI-R024').filter((x) => x.outcome === 'unverified');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0].message).toMatch(/app network connection Stack\/Integration\/Connection \(azapi \(default\)\).*azurerm\.nosub sets no literal subscription_id/);
  });

  test('an imported app of another subscription: an azapi provider with the subscription in its ID', () => {
    const { app, stack, connectivity } = stackWithProviders();
    RuleSuppressions.acknowledge(stack, 'VNI-G015', 'tests of the legacy feature');
    const web = WebAppReference.fromWebAppAttributes(stack, 'Web', { webAppId: `/subscriptions/${HUB_SUB}/resourceGroups/rg/providers/Microsoft.Web/sites/web`, location: 'westeurope', osType: 'Windows' });
    const plan = ServicePlanReference.fromServicePlanAttributes(stack, 'Plan', { servicePlanId: `/subscriptions/${HUB_SUB}/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan`, location: 'westeurope', skuName: 'S1', osType: 'Windows' });
    new GatewayVnetIntegration(stack, 'Integration', {
      app: web, plan,
      gatewayOptions: { virtualNetwork: vnet(stack, 'Vnet', '10.0.0.0/16', connectivity), gatewaySubnetAddressPrefix: '10.0.255.0/27', pointToSiteAddressPool: ['172.16.0.0/24'] },
    });
    const tf = JSON.parse(Testing.synth(stack));
    // The app's azurerm provider is unknown (a reference without one): the default azapi configuration takes its subscription.
    expect(tf.provider.azapi).toEqual([{ subscription_id: HUB_SUB }]);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R024').map((f) => f.outcome).filter((o) => o !== 'pass')).toEqual([]);
  });

  test('the default providers reading the environment: nothing to report', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Stack');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    gatewayIntegration(undefined, stack);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R024').map((f) => f.outcome)).toEqual(Array(8).fill('pass'));
  });
});
