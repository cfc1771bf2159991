/**
 * Scenario 2: two Linux web apps on one plan, integrated into a virtual network that another team
 * manages. The network is imported by attributes; the integration subnet is created in it.
 */
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { RegionalVnetIntegration, VirtualNetworkReference } from '../lib';
import { scenarioStack } from './common';

export function linuxAppsExistingVnet(scope: Construct, id: string): TerraformStack {
  const { stack, rg } = scenarioStack(scope, id, 'northeurope');
  const vnet = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'SharedVnet', {
    virtualNetworkId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-shared',
    location: 'North Europe',
    addressSpace: ['10.20.0.0/16'],
  });
  const plan = new ServicePlan(stack, 'Plan', {
    name: 'plan-linux', location: 'northeurope', resourceGroupName: rg.name, osType: 'Linux', skuName: 'P1v3', workerCount: 3,
  });
  const apps = ['api', 'worker'].map((name) => new LinuxWebApp(stack, `App-${name}`, {
    name: `app-${name}-linux-demo`, location: 'northeurope', resourceGroupName: rg.name, servicePlanId: plan.id,
    httpsOnly: true, siteConfig: { applicationStack: { nodeVersion: '20-lts' } },
  }));
  new RegionalVnetIntegration(stack, 'Integration', {
    plan, virtualNetwork: vnet, subnetAddressPrefix: '10.20.8.0/26', subnetName: 'snet-linux-apps', apps,
  });
  return stack;
}
