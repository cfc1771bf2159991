/**
 * Scenario 1: a Windows web app on a Premium v3 plan, integrated into a new virtual network through
 * a new /26 subnet delegated to Microsoft.Web/serverFarms.
 */
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { RegionalVnetIntegration } from '../lib';
import { scenarioStack } from './common';

export function windowsWebAppNewVnet(scope: Construct, id: string): TerraformStack {
  const { stack, rg } = scenarioStack(scope, id, 'westeurope');
  const vnet = new VirtualNetwork(stack, 'Vnet', {
    name: 'vnet-web', location: rg.location, resourceGroupName: rg.name, addressSpace: ['10.10.0.0/16'],
  });
  const plan = new ServicePlan(stack, 'Plan', {
    name: 'plan-web', location: 'westeurope', resourceGroupName: rg.name, osType: 'Windows', skuName: 'P1v3',
  });
  const web = new WindowsWebApp(stack, 'Web', {
    name: 'app-web-vnet-demo', location: 'westeurope', resourceGroupName: rg.name, servicePlanId: plan.id,
    httpsOnly: true, siteConfig: { minimumTlsVersion: '1.2' },
  });
  new RegionalVnetIntegration(stack, 'Integration', {
    plan, virtualNetwork: vnet, subnetAddressPrefix: '10.10.4.0/26', apps: [web], maxInstances: 10,
  });
  return stack;
}
