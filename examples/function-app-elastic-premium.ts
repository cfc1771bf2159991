/**
 * Scenario 3: a Function app on an Elastic Premium plan with route-all, a network security group
 * and a route table on the integration subnet, so all outbound traffic is filtered and routed.
 */
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { RouteTable } from '@cdktf/provider-azurerm/lib/route-table';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsFunctionApp } from '@cdktf/provider-azurerm/lib/windows-function-app';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { RegionalVnetIntegration } from '../lib';
import { scenarioStack } from './common';

export function functionAppElasticPremium(scope: Construct, id: string): TerraformStack {
  const { stack, rg } = scenarioStack(scope, id, 'swedencentral');
  const vnet = new VirtualNetwork(stack, 'Vnet', {
    name: 'vnet-func', location: rg.location, resourceGroupName: rg.name, addressSpace: ['10.30.0.0/16'],
  });
  const nsg = new NetworkSecurityGroup(stack, 'Nsg', {
    name: 'nsg-func-integration', location: rg.location, resourceGroupName: rg.name,
    securityRule: [{
      name: 'deny-internet-outbound', priority: 4000, direction: 'Outbound', access: 'Deny', protocol: '*',
      sourcePortRange: '*', destinationPortRange: '*', sourceAddressPrefix: '10.30.2.0/26', destinationAddressPrefix: 'Internet',
    }],
  });
  const routes = new RouteTable(stack, 'Routes', {
    name: 'rt-func-integration', location: rg.location, resourceGroupName: rg.name,
    route: [{ name: 'default-via-firewall', addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopInIpAddress: '10.30.0.4' }],
  });
  const plan = new ServicePlan(stack, 'Plan', {
    name: 'plan-func', location: 'swedencentral', resourceGroupName: rg.name, osType: 'Windows', skuName: 'EP1', maximumElasticWorkerCount: 20,
  });
  const storage = new StorageAccount(stack, 'Storage', {
    name: 'stfuncvnetdemo001', location: rg.location, resourceGroupName: rg.name, accountTier: 'Standard', accountReplicationType: 'LRS',
    minTlsVersion: 'TLS1_2',
  });
  const func = new WindowsFunctionApp(stack, 'Function', {
    name: 'func-vnet-demo', location: 'swedencentral', resourceGroupName: rg.name, servicePlanId: plan.id,
    storageAccountName: storage.name, storageAccountAccessKey: storage.primaryAccessKey, httpsOnly: true,
    siteConfig: { applicationStack: { dotnetVersion: 'v8.0' } },
  });
  new RegionalVnetIntegration(stack, 'Integration', {
    plan, virtualNetwork: vnet, subnetAddressPrefix: '10.30.2.0/26', apps: [func],
    routeAllTraffic: true, networkSecurityGroup: nsg, routeTable: routes,
  });
  return stack;
}
