/**
 * Scenario 4: service endpoints on the integration subnet, so a storage account can admit the app by
 * subnet instead of by public address.
 */
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { RegionalVnetIntegration } from '../lib';
import { scenarioStack } from './common';

export function serviceEndpointsStorage(scope: Construct, id: string): TerraformStack {
  const { stack, rg } = scenarioStack(scope, id, 'germanywestcentral');
  const vnet = new VirtualNetwork(stack, 'Vnet', {
    name: 'vnet-data', location: rg.location, resourceGroupName: rg.name, addressSpace: ['10.40.0.0/16'],
  });
  const plan = new ServicePlan(stack, 'Plan', {
    name: 'plan-data', location: 'germanywestcentral', resourceGroupName: rg.name, osType: 'Linux', skuName: 'S1',
  });
  const app = new LinuxWebApp(stack, 'App', {
    name: 'app-data-demo', location: 'germanywestcentral', resourceGroupName: rg.name, servicePlanId: plan.id,
    httpsOnly: true, siteConfig: { applicationStack: { pythonVersion: '3.12' } },
  });
  const integration = new RegionalVnetIntegration(stack, 'Integration', {
    plan, virtualNetwork: vnet, subnetAddressPrefix: '10.40.1.0/26', apps: [app], serviceEndpoints: ['Microsoft.Storage'],
  });
  new StorageAccount(stack, 'Storage', {
    name: 'stdatavnetdemo001', location: rg.location, resourceGroupName: rg.name, accountTier: 'Standard', accountReplicationType: 'LRS',
    minTlsVersion: 'TLS1_2',
    networkRules: { defaultAction: 'Deny', virtualNetworkSubnetIds: [integration.subnetId], bypass: ['AzureServices'] },
  });
  return stack;
}
