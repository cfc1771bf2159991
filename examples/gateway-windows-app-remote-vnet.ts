/**
 * A Windows web app in North Europe reaching a network in West Europe through gateway-required
 * integration: one `terraform apply` creates the gateway, connects the app and exchanges the
 * certificate. (For new designs prefer regional integration plus global peering; see VNI-G015.)
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { GatewayVnetIntegration, PointToSiteGateway, RuleSuppressions } from '../lib';

export function windowsAppToRemoteVnet(scope: Construct, id: string): TerraformStack {
  const stack = new TerraformStack(scope, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });

  const appRg = new ResourceGroup(stack, 'AppRg', { name: 'rg-app-neu', location: 'northeurope' });
  const netRg = new ResourceGroup(stack, 'NetRg', { name: 'rg-net-weu', location: 'westeurope' });
  const remote = new VirtualNetwork(stack, 'RemoteVnet', {
    name: 'vnet-weu',
    resourceGroupName: netRg.name,
    location: netRg.location,
    addressSpace: ['10.20.0.0/16'],
  });
  const plan = new ServicePlan(stack, 'Plan', { name: 'plan-neu', resourceGroupName: appRg.name, location: appRg.location, osType: 'Windows', skuName: 'S1' });
  const web = new WindowsWebApp(stack, 'Web', {
    name: 'web-neu-example',
    resourceGroupName: appRg.name,
    location: appRg.location,
    servicePlanId: plan.id,
    siteConfig: {},
  });

  const gateway = new PointToSiteGateway(stack, 'Gateway', {
    virtualNetwork: remote,
    gatewaySubnetAddressPrefix: '10.20.255.0/27',
    pointToSiteAddressPool: ['172.16.201.0/24'],
  });
  const integration = new GatewayVnetIntegration(stack, 'Integration', { app: web, plan, gateway });
  RuleSuppressions.acknowledge(integration, 'VNI-G015', 'example of the legacy feature; see CrossRegionVnetAccess for the replacement');
  RuleSuppressions.acknowledge(gateway, 'VNI-G027', 'example of the legacy feature: its SSTP gateway retires with it; see CrossRegionVnetAccess');

  // The app's source address is any address of the pool: allow all of it on the far side.
  new TerraformOutput(stack, 'AppSourceRanges', { value: integration.outboundAddressPrefixes });
  return stack;
}
