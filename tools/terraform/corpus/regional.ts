/** Corpus: regional virtual network integration (delegated subnet), one program per case. */
import { FunctionAppFlexConsumption } from '@cdktf/provider-azurerm/lib/function-app-flex-consumption';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { RouteTable } from '@cdktf/provider-azurerm/lib/route-table';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { RegionalVnetIntegration, ServicePlanReference, SubnetReference, VirtualNetworkReference, WebAppReference } from '../../../lib';
import type { Case } from '../stacks';
import { armId, azStack, group, linuxApp, linuxFunction, plan, storage, SUB_A, vnet, windowsApp, windowsFunction } from './common';

export const REGIONAL: Case[] = [
  {
    name: 'regional-flex-consumption',
    description: 'Two Flex Consumption function apps, each on its FC1 plan, sharing one subnet delegated to Microsoft.App/environments (issue 11)',
    build: (app: App) => {
      const s = azStack(app, 'fn');
      const rg = group(s, 'rg-flex');
      const st = storage(s, 'stflexdeploy', rg);
      const net = vnet(s, 'vnet-flex', rg, ['10.60.0.0/16']);
      const flex = (id: string) => {
        const sp = plan(s, `asp-${id}`, rg, { os: 'Linux', sku: 'FC1' });
        const fn = new FunctionAppFlexConsumption(s, id, {
          name: id, resourceGroupName: rg.name, location: rg.location, servicePlanId: sp.id,
          runtimeName: 'python', runtimeVersion: '3.11', storageContainerType: 'blobContainer',
          storageContainerEndpoint: `${st.primaryBlobEndpoint}deployments`, storageAuthenticationType: 'StorageAccountConnectionString',
          storageAccessKey: st.primaryAccessKey, siteConfig: {},
        });
        return { sp, fn };
      };
      const a = flex('func-flex-orders');
      const b = flex('func-flex-billing');
      const first = new RegionalVnetIntegration(s, 'Orders', { plan: a.sp, apps: [a.fn], virtualNetwork: net, subnetAddressPrefix: '10.60.1.0/26' });
      // The how-to lets Flex Consumption apps share their subnet: the second integration adopts it.
      new RegionalVnetIntegration(s, 'Billing', { plan: b.sp, apps: [b.fn], virtualNetwork: net, subnet: first.subnet as Subnet });
    },
  },
  {
    name: 'regional-basic-windows',
    description: 'One Windows app on a Basic plan, new network and subnet',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const rg = group(s, 'rg-basic');
      const sp = plan(s, 'asp-basic', rg, { sku: 'B1' });
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [windowsApp(s, 'app-basic-win', sp)], virtualNetwork: vnet(s, 'vnet-basic', rg, ['10.0.0.0/16']), subnetAddressPrefix: '10.0.1.0/26' });
    },
  },
  {
    name: 'regional-linux-two-apps-route-all-off',
    description: 'Two Linux apps on one plan, route-all off, a named subnet and a scale limit',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const rg = group(s, 'rg-linux', 'northeurope');
      const sp = plan(s, 'asp-linux', rg, { os: 'Linux', sku: 'P0v3', workers: 2 });
      new RegionalVnetIntegration(s, 'Integration', {
        plan: sp, apps: [linuxApp(s, 'app-linux-api', sp), linuxApp(s, 'app-linux-ui', sp)], virtualNetwork: vnet(s, 'vnet-linux', rg, ['10.1.0.0/16']),
        subnetAddressPrefix: '10.1.2.0/27', subnetName: 'snet-linux-apps', routeAllTraffic: false, maxInstances: 20,
      });
    },
  },
  {
    name: 'regional-existing-vnet-reference',
    description: 'A network of another team, imported by attributes; the subnet is created in it',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const rg = group(s, 'rg-apps-ref');
      const net = VirtualNetworkReference.fromVirtualNetworkAttributes(s, 'Shared', {
        virtualNetworkId: armId(SUB_A, 'rg-network', 'Microsoft.Network/virtualNetworks/vnet-shared'), location: 'westeurope', addressSpace: ['10.40.0.0/16'],
      });
      const sp = plan(s, 'asp-ref', rg);
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [windowsApp(s, 'app-ref-win', sp)], virtualNetwork: net, subnetAddressPrefix: '10.40.9.0/26' });
    },
  },
  {
    name: 'regional-imported-delegated-subnet',
    description: 'A subnet of another team, already delegated, imported by attributes',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const rg = group(s, 'rg-apps-sub');
      const vnetId = armId(SUB_A, 'rg-network', 'Microsoft.Network/virtualNetworks/vnet-shared');
      const net = VirtualNetworkReference.fromVirtualNetworkAttributes(s, 'Shared', { virtualNetworkId: vnetId, location: 'westeurope', addressSpace: ['10.41.0.0/16'] });
      const subnet = SubnetReference.fromSubnetAttributes(s, 'Apps', { subnetId: `${vnetId}/subnets/snet-apps`, addressPrefixes: ['10.41.4.0/26'], delegations: ['Microsoft.Web/serverFarms'] });
      const sp = plan(s, 'asp-sub', rg);
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [windowsApp(s, 'app-sub-win', sp)], virtualNetwork: net, subnet });
    },
  },
  {
    name: 'regional-adopted-subnet-resource',
    description: 'A subnet resource declared in the same program, adopted (delegation added by the library)',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const rg = group(s, 'rg-adopt');
      const net = vnet(s, 'vnet-adopt', rg, ['10.2.0.0/16']);
      const subnet = new Subnet(s, 'AppSubnet', { name: 'snet-apps', resourceGroupName: rg.name, virtualNetworkName: net.name, addressPrefixes: ['10.2.4.0/24'] });
      const sp = plan(s, 'asp-adopt', rg, { os: 'Linux' });
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [linuxApp(s, 'app-adopt-linux', sp)], virtualNetwork: net, subnet });
    },
  },
  {
    name: 'regional-nsg-route-table',
    description: 'Integration subnet with an NSG and a route table (route-all on)',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const rg = group(s, 'rg-nsg');
      const net = vnet(s, 'vnet-nsg', rg, ['10.3.0.0/16']);
      const nsg = new NetworkSecurityGroup(s, 'Nsg', { name: 'nsg-apps', location: rg.location, resourceGroupName: rg.name });
      const rt = new RouteTable(s, 'Routes', {
        name: 'rt-apps', location: rg.location, resourceGroupName: rg.name,
        route: [{ name: 'to-firewall', addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopInIpAddress: '10.3.255.4' }],
      });
      const sp = plan(s, 'asp-nsg', rg);
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [windowsApp(s, 'app-nsg-win', sp)], virtualNetwork: net, subnetAddressPrefix: '10.3.1.0/26', networkSecurityGroup: nsg, routeTable: rt });
    },
  },
  {
    name: 'regional-service-endpoints',
    description: 'Service endpoints for Storage and Key Vault on the integration subnet',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const rg = group(s, 'rg-se');
      const sp = plan(s, 'asp-se', rg);
      new RegionalVnetIntegration(s, 'Integration', {
        plan: sp, apps: [windowsApp(s, 'app-se-win', sp)], virtualNetwork: vnet(s, 'vnet-se', rg, ['10.4.0.0/16']), subnetAddressPrefix: '10.4.1.0/26',
        serviceEndpoints: ['Microsoft.Storage', 'Microsoft.KeyVault'],
      });
    },
  },
  {
    name: 'regional-windows-function-elastic-premium',
    description: 'Windows function app on Elastic Premium with its storage account',
    build: (app: App) => {
      const s = azStack(app, 'func');
      const rg = group(s, 'rg-func-win');
      const sp = plan(s, 'asp-func-win', rg, { sku: 'EP1' });
      const fn = windowsFunction(s, 'func-win-ep', sp, storage(s, 'stfuncwinep', rg));
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [fn], virtualNetwork: vnet(s, 'vnet-func-win', rg, ['10.5.0.0/16']), subnetAddressPrefix: '10.5.1.0/26' });
    },
  },
  {
    name: 'regional-linux-function-premium',
    description: 'Linux function app (managed identity storage access) on a Premium v3 plan',
    build: (app: App) => {
      const s = azStack(app, 'func');
      const rg = group(s, 'rg-func-linux', 'swedencentral');
      const sp = plan(s, 'asp-func-linux', rg, { os: 'Linux', sku: 'P1v3' });
      const fn = linuxFunction(s, 'func-linux-p', sp, storage(s, 'stfunclinux', rg));
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [fn], virtualNetwork: vnet(s, 'vnet-func-linux', rg, ['10.6.0.0/16']), subnetAddressPrefix: '10.6.1.0/27' });
    },
  },
  {
    name: 'regional-imported-app',
    description: 'An app managed elsewhere (imported by ID): connected with a swift connection resource',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const rg = group(s, 'rg-imported-app');
      const sp = plan(s, 'asp-imported-app', rg);
      const legacy = WebAppReference.fromWebAppAttributes(s, 'Legacy', { webAppId: armId(SUB_A, 'rg-imported-app', 'Microsoft.Web/sites/app-legacy'), location: 'westeurope', osType: 'Windows', appSettings: {}, servicePlanId: sp.id });
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [legacy], virtualNetwork: vnet(s, 'vnet-imported-app', rg, ['10.7.0.0/16']), subnetAddressPrefix: '10.7.1.0/26' });
    },
  },
  {
    name: 'regional-imported-plan',
    description: 'A plan managed elsewhere (imported by attributes) with a new app on it',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const rg = group(s, 'rg-imported-plan');
      const sp = ServicePlanReference.fromServicePlanAttributes(s, 'Plan', { servicePlanId: armId(SUB_A, 'rg-imported-plan', 'Microsoft.Web/serverFarms/asp-shared'), skuName: 'P1v3', osType: 'Windows', location: 'westeurope' });
      const web = windowsAppOnPlanId(s, 'app-on-imported-plan', rg.name, sp.servicePlanId);
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [web], virtualNetwork: vnet(s, 'vnet-imported-plan', rg, ['10.8.0.0/16']), subnetAddressPrefix: '10.8.1.0/26' });
    },
  },
  {
    name: 'regional-names-from-variables',
    description: 'Names from a variable and locations that follow the resource group (tokens the rules cannot read)',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const env = new TerraformVariable(s, 'env', { type: 'string', default: 'prod' });
      const rg = new ResourceGroup(s, 'rg', { name: `rg-web-${env.stringValue}`, location: 'westeurope' });
      const net = vnet(s, 'vnet-vars', rg, ['10.9.0.0/16']);
      const sp = plan(s, 'asp-vars', rg);
      const integration = new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [windowsApp(s, 'app-vars', sp)], virtualNetwork: net, subnetAddressPrefix: '10.9.1.0/26' });
      new TerraformOutput(s, 'outbound_address_prefixes', { value: integration.outboundAddressPrefixes });
    },
  },
  {
    name: 'regional-two-plans-one-network',
    description: 'Two plans, each with its own subnet in one network',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const rg = group(s, 'rg-two-plans');
      const net = vnet(s, 'vnet-two-plans', rg, ['10.10.0.0/16']);
      const a = plan(s, 'asp-a', rg);
      const b = plan(s, 'asp-b', rg, { os: 'Linux' });
      new RegionalVnetIntegration(s, 'IntegrationA', { plan: a, apps: [windowsApp(s, 'app-a-win', a)], virtualNetwork: net, subnetAddressPrefix: '10.10.1.0/26' });
      new RegionalVnetIntegration(s, 'IntegrationB', { plan: b, apps: [linuxApp(s, 'app-b-linux', b)], virtualNetwork: net, subnetAddressPrefix: '10.10.2.0/26' });
    },
  },
];

function windowsAppOnPlanId(stack: TerraformStack, id: string, rgName: string, planId: string): WindowsWebApp {
  return new WindowsWebApp(stack, id, { name: id, location: 'westeurope', resourceGroupName: rgName, servicePlanId: planId, httpsOnly: true, siteConfig: {} });
}
