/**
 * Scenario: a hub network and an app in two stacks of one cdktf App, linked by cross-stack
 * references.
 *
 * - Hub stack (`<id>-hub`): the shared network in westeurope (10.0.0.0/16) with a workload subnet
 *   (a database, a private endpoint...).
 * - App stack (`<id>`): a Windows web app on a Premium v3 plan, regional integration into the app's
 *   own network (10.1.0.0/16), and a plain two-way peering to the hub network. The peering reads
 *   the hub network's name and ID from the hub stack; cdktf turns that into an output of the hub
 *   stack and a remote-state lookup in the app stack.
 *
 * Regional integration needs nothing else to reach the hub: the apps send from their integration
 * subnet and the peering carries the traffic. The whole-app rules (overlap of peered networks, one
 * integration per plan, ...) are judged across both stacks.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { RegionalVnetIntegration, VnetPeering } from '../lib';

function stackWithGroup(scope: Construct, id: string, location: string): { stack: TerraformStack; rg: ResourceGroup } {
  const stack = new TerraformStack(scope, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const rg = new ResourceGroup(stack, 'ResourceGroup', { name: `rg-${id}`, location });
  return { stack, rg };
}

/** Builds the hub stack as `<id>-hub` next to the app stack and returns the app stack. */
export function hubAndAppStacks(scope: Construct, id: string): TerraformStack {
  // Hub stack: the shared network.
  const hub = stackWithGroup(scope, `${id}-hub`, 'westeurope');
  const hubVnet = new VirtualNetwork(hub.stack, 'HubVnet', {
    name: 'vnet-hub', location: 'westeurope', resourceGroupName: hub.rg.name, addressSpace: ['10.0.0.0/16'],
  });
  new Subnet(hub.stack, 'Workloads', {
    name: 'snet-workloads', resourceGroupName: hub.rg.name, virtualNetworkName: hubVnet.name, addressPrefixes: ['10.0.1.0/24'],
  });

  // App stack: the app, its own network, the integration and the peering to the hub.
  const { stack, rg } = stackWithGroup(scope, id, 'westeurope');
  const appVnet = new VirtualNetwork(stack, 'AppVnet', {
    name: 'vnet-app', location: 'westeurope', resourceGroupName: rg.name, addressSpace: ['10.1.0.0/16'],
  });
  const plan = new ServicePlan(stack, 'Plan', {
    name: 'plan-app', location: 'westeurope', resourceGroupName: rg.name, osType: 'Windows', skuName: 'P1v3',
  });
  const web = new WindowsWebApp(stack, 'Web', {
    name: 'app-hub-spoke-demo', location: 'westeurope', resourceGroupName: rg.name, servicePlanId: plan.id,
    httpsOnly: true, siteConfig: { minimumTlsVersion: '1.2' },
  });
  const integration = new RegionalVnetIntegration(stack, 'Integration', {
    plan, apps: [web], virtualNetwork: appVnet, subnetAddressPrefix: '10.1.0.0/26', maxInstances: 10,
  });
  new VnetPeering(stack, 'AppToHub', { virtualNetwork: appVnet, remoteVirtualNetwork: hubVnet });
  new TerraformOutput(stack, 'outbound_address_prefixes', {
    description: 'Allow these source ranges on the hub workloads (NSG rules, firewalls)',
    value: integration.outboundAddressPrefixes,
  });
  return stack;
}
