/** Corpus: gateway-required integration (point-to-site gateway, certificate chain, plan routes). */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { App, TerraformStack } from 'cdktf';
import {
  GatewayTransitPeering, GatewayVnetIntegration, PointToSiteGateway, PointToSiteGatewayReference, RuleSuppressions, ServicePlanReference, WebAppReference,
} from '../../../lib';
import type { Case } from '../stacks';
import { armId, azStack, group, plan, storage, SUB_A, SUB_B, vnet, windowsApp, windowsFunction } from './common';

function gatewayStack(app: App, id = 'gw'): TerraformStack {
  const s = azStack(app, id);
  RuleSuppressions.acknowledge(s, 'VNI-G015', 'corpus of the legacy feature (tf:verify)');
  RuleSuppressions.acknowledge(s, 'VNI-G027', 'corpus of the legacy feature: SSTP retires with it (tf:verify)');
  return s;
}

export const GATEWAY: Case[] = [
  {
    name: 'gateway-app-subscription-aliased-azapi',
    description: 'App, plan, network and gateway through an aliased azurerm provider of another subscription: the azapi resources use an aliased azapi provider of that subscription',
    build: (app: App) => {
      const s = azStack(app, 'gw', SUB_A);
      RuleSuppressions.acknowledge(s, 'VNI-G015', 'corpus of the legacy feature (tf:verify)');
      const appProvider = new AzurermProvider(s, 'app', { features: [{}], alias: 'app', subscriptionId: SUB_B });
      const rg = group(s, 'rg-gw-alias', 'westeurope', appProvider);
      const net = vnet(s, 'vnet-gw-alias', rg, ['10.58.0.0/16'], appProvider);
      const sp = plan(s, 'asp-gw-alias', rg, { sku: 'S1' });
      sp.provider = appProvider;
      const web = windowsApp(s, 'app-gw-alias', sp);
      web.provider = appProvider;
      new GatewayVnetIntegration(s, 'Integration', {
        app: web, plan: sp, routes: ['192.168.58.0/24'],
        gatewayOptions: { virtualNetwork: net, gatewaySubnetAddressPrefix: '10.58.255.0/27', pointToSiteAddressPool: ['172.16.58.0/24'] },
      });
    },
  },
  {
    name: 'gateway-inline-options',
    description: 'A gateway created inside the integration from gatewayOptions',
    build: (app: App) => {
      const s = gatewayStack(app);
      const rg = group(s, 'rg-gw-inline', 'northeurope');
      const net = vnet(s, 'vnet-gw-inline', rg, ['10.50.0.0/16']);
      const sp = plan(s, 'asp-gw-inline', rg, { sku: 'S1' });
      new GatewayVnetIntegration(s, 'Integration', {
        app: windowsApp(s, 'app-gw-inline', sp), plan: sp,
        gatewayOptions: { virtualNetwork: net, gatewaySubnetAddressPrefix: '10.50.255.0/27', pointToSiteAddressPool: ['172.16.50.0/24'] },
      });
    },
  },
  {
    name: 'gateway-routes-and-function-app',
    description: 'A web app and a function app on one plan through one gateway, with plan routes',
    build: (app: App) => {
      const s = gatewayStack(app);
      const rg = group(s, 'rg-gw-routes', 'westeurope');
      const net = vnet(s, 'vnet-gw-routes', rg, ['10.51.0.0/16']);
      const sp = plan(s, 'asp-gw-routes', rg, { sku: 'P1v3' });
      const gateway = new PointToSiteGateway(s, 'Gateway', { virtualNetwork: net, gatewaySubnetAddressPrefix: '10.51.255.0/27', pointToSiteAddressPool: ['172.16.51.0/24'] });
      new GatewayVnetIntegration(s, 'Web', { app: windowsApp(s, 'app-gw-routes', sp), plan: sp, gateway, routes: ['192.168.10.0/24', '192.168.11.0/24'] });
      new GatewayVnetIntegration(s, 'Func', { app: windowsFunction(s, 'func-gw-routes', sp, storage(s, 'stfuncgwroutes', rg)), plan: sp, gateway, routes: ['192.168.10.0/24'] });
    },
  },
  {
    name: 'gateway-existing-gateway-subnet',
    description: 'A gateway in a GatewaySubnet the program declares',
    build: (app: App) => {
      const s = gatewayStack(app);
      const rg = group(s, 'rg-gw-subnet', 'eastus');
      const net = vnet(s, 'vnet-gw-subnet', rg, ['10.52.0.0/16']);
      const gws = new Subnet(s, 'GatewaySubnet', { name: 'GatewaySubnet', resourceGroupName: rg.name, virtualNetworkName: net.name, addressPrefixes: ['10.52.255.0/27'] });
      const gateway = new PointToSiteGateway(s, 'Gateway', { virtualNetwork: net, gatewaySubnet: gws, pointToSiteAddressPool: ['172.16.52.0/24'], sku: 'VpnGw2AZ', generation: 'Generation2' });
      const sp = plan(s, 'asp-gw-subnet', rg, { sku: 'S1' });
      new GatewayVnetIntegration(s, 'Integration', { app: windowsApp(s, 'app-gw-subnet', sp), plan: sp, gateway });
    },
  },
  {
    name: 'gateway-basic-sku',
    description: 'A Basic gateway (Standard static public IP without zones) beside an AZ gateway whose IP is zonal by choice',
    build: (app: App) => {
      const s = gatewayStack(app);
      RuleSuppressions.acknowledge(s, 'VNI-G025', 'corpus: the Basic SKU is a dev/test gateway (tf:verify)');
      RuleSuppressions.acknowledge(s, 'VNI-G026', 'corpus: a zonal gateway by choice (tf:verify)');
      const rg = group(s, 'rg-gw-basic', 'westeurope');
      const sp = plan(s, 'asp-gw-basic', rg, { sku: 'S1' });
      const basic = new PointToSiteGateway(s, 'Basic', { virtualNetwork: vnet(s, 'vnet-gw-basic', rg, ['10.55.0.0/16']), gatewaySubnetAddressPrefix: '10.55.255.0/27', pointToSiteAddressPool: ['172.16.55.0/24'], sku: 'Basic' });
      const zonal = new PointToSiteGateway(s, 'Zonal', { virtualNetwork: vnet(s, 'vnet-gw-zonal', rg, ['10.56.0.0/16']), gatewaySubnetAddressPrefix: '10.56.255.0/27', pointToSiteAddressPool: ['172.16.56.0/24'], sku: 'VpnGw2AZ', publicIpZones: ['2'] });
      new GatewayVnetIntegration(s, 'BasicIntegration', { app: windowsApp(s, 'app-gw-basic', sp), plan: sp, gateway: basic });
      new GatewayVnetIntegration(s, 'ZonalIntegration', { app: windowsApp(s, 'app-gw-zonal', sp), plan: sp, gateway: zonal });
    },
  },
  {
    name: 'gateway-adopted-by-id',
    description: 'A gateway managed elsewhere, adopted by ID (its root certificates are managed there)',
    build: (app: App) => {
      const s = gatewayStack(app);
      const rg = group(s, 'rg-gw-adopted', 'westeurope');
      const net = vnet(s, 'vnet-gw-adopted', rg, ['10.53.0.0/16']);
      const gateway = PointToSiteGatewayReference.fromGatewayAttributes(s, 'Gateway', {
        gatewayId: armId(SUB_A, 'rg-gw-adopted', 'Microsoft.Network/virtualNetworkGateways/vgw-shared'), virtualNetwork: net, pointToSiteAddressPool: ['172.16.53.0/24'],
      });
      const sp = plan(s, 'asp-gw-adopted', rg, { sku: 'S1' });
      new GatewayVnetIntegration(s, 'Integration', { app: windowsApp(s, 'app-gw-adopted', sp), plan: sp, gateway });
    },
  },
  {
    name: 'gateway-imported-app-and-plan',
    description: 'An app and plan managed elsewhere (imported) connected through a gateway of this program',
    build: (app: App) => {
      const s = gatewayStack(app);
      const rg = group(s, 'rg-gw-imported', 'westeurope');
      const net = vnet(s, 'vnet-gw-imported', rg, ['10.54.0.0/16']);
      const gateway = new PointToSiteGateway(s, 'Gateway', { virtualNetwork: net, gatewaySubnetAddressPrefix: '10.54.255.0/27', pointToSiteAddressPool: ['172.16.54.0/24'] });
      const sp = ServicePlanReference.fromServicePlanAttributes(s, 'Plan', { servicePlanId: armId(SUB_A, 'rg-legacy', 'Microsoft.Web/serverFarms/asp-legacy'), skuName: 'S1', osType: 'Windows' });
      const web = WebAppReference.fromWebAppAttributes(s, 'Web', { webAppId: armId(SUB_A, 'rg-legacy', 'Microsoft.Web/sites/app-legacy'), osType: 'Windows', appSettings: {} });
      new GatewayVnetIntegration(s, 'Integration', { app: web, plan: sp, gateway, certificateName: 'legacy-app' });
    },
  },
  {
    name: 'gateway-transit-two-spokes',
    description: 'Hub gateway, two spokes peered with gateway transit (plan routes added for both)',
    build: (app: App) => {
      const s = gatewayStack(app);
      const rg = group(s, 'rg-gw-transit', 'westeurope');
      const hub = vnet(s, 'vnet-gw-hub', rg, ['10.60.0.0/16']);
      const gateway = new PointToSiteGateway(s, 'Gateway', { virtualNetwork: hub, gatewaySubnetAddressPrefix: '10.60.255.0/27', pointToSiteAddressPool: ['172.16.60.0/24'] });
      new GatewayTransitPeering(s, 'SpokeA', { gateway, spokeVirtualNetwork: vnet(s, 'vnet-gw-spoke-a', rg, ['10.61.0.0/16']) });
      new GatewayTransitPeering(s, 'SpokeB', { gateway, spokeVirtualNetwork: vnet(s, 'vnet-gw-spoke-b', rg, ['10.62.0.0/16']) });
      const sp = plan(s, 'asp-gw-transit', rg, { sku: 'S1' });
      new GatewayVnetIntegration(s, 'Integration', { app: windowsApp(s, 'app-gw-transit', sp), plan: sp, gateway });
    },
  },
  {
    name: 'gateway-two-networks-one-plan',
    description: 'One plan connected to two networks through two gateways (two apps)',
    build: (app: App) => {
      const s = gatewayStack(app);
      const rg = group(s, 'rg-gw-two', 'westeurope');
      const sp = plan(s, 'asp-gw-two', rg, { sku: 'P1v3' });
      const netA = vnet(s, 'vnet-gw-two-a', rg, ['10.63.0.0/16']);
      const netB = vnet(s, 'vnet-gw-two-b', rg, ['10.64.0.0/16']);
      const gwA = new PointToSiteGateway(s, 'GatewayA', { virtualNetwork: netA, gatewaySubnetAddressPrefix: '10.63.255.0/27', pointToSiteAddressPool: ['172.16.63.0/24'] });
      const gwB = new PointToSiteGateway(s, 'GatewayB', { virtualNetwork: netB, gatewaySubnetAddressPrefix: '10.64.255.0/27', pointToSiteAddressPool: ['172.16.64.0/24'] });
      new GatewayVnetIntegration(s, 'A', { app: windowsApp(s, 'app-gw-two-a', sp), plan: sp, gateway: gwA });
      new GatewayVnetIntegration(s, 'B', { app: windowsApp(s, 'app-gw-two-b', sp), plan: sp, gateway: gwB });
    },
  },
];
