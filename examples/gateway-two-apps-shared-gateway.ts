/**
 * Two apps on one Windows plan share one point-to-site gateway. Each app gets its own connection
 * and root certificate on the gateway; the network counts once towards the plan's limit of five.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsFunctionApp } from '@cdktf/provider-azurerm/lib/windows-function-app';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { GatewayVnetIntegration, PointToSiteGateway, RuleSuppressions } from '../lib';

export function twoAppsSharedGateway(scope: Construct, id: string): TerraformStack {
  const stack = new TerraformStack(scope, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  RuleSuppressions.acknowledge(stack, 'VNI-G015', 'example of the legacy feature; see CrossRegionVnetAccess for the replacement');
  RuleSuppressions.acknowledge(stack, 'VNI-G027', 'example of the legacy feature: its SSTP gateway retires with it; see CrossRegionVnetAccess');

  const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet-shared', resourceGroupName: 'rg-net', location: 'eastus', addressSpace: ['10.30.0.0/16'] });
  const plan = new ServicePlan(stack, 'Plan', { name: 'plan-shared', resourceGroupName: 'rg-apps', location: 'westus', osType: 'Windows', skuName: 'P1v3' });
  const web = new WindowsWebApp(stack, 'Web', { name: 'web-shared-example', resourceGroupName: 'rg-apps', location: 'westus', servicePlanId: plan.id, siteConfig: {} });
  const fn = new WindowsFunctionApp(stack, 'Func', {
    name: 'func-shared-example',
    resourceGroupName: 'rg-apps',
    location: 'westus',
    servicePlanId: plan.id,
    storageAccountName: 'stfuncshared',
    storageUsesManagedIdentity: true,
    siteConfig: {},
  });

  const gateway = new PointToSiteGateway(stack, 'Gateway', {
    virtualNetwork: vnet,
    gatewaySubnetAddressPrefix: '10.30.255.0/27',
    pointToSiteAddressPool: ['172.16.30.0/24'],
    sku: 'VpnGw2AZ',
  });
  // Both add a plan route for the on-premises range; it is created once (routes belong to the plan).
  new GatewayVnetIntegration(stack, 'WebIntegration', { app: web, plan, gateway, routes: ['192.168.40.0/24'] });
  new GatewayVnetIntegration(stack, 'FuncIntegration', { app: fn, plan, gateway, routes: ['192.168.40.0/24'] });
  return stack;
}
