/**
 * Scenario: a landing zone with two subscriptions, each served by its own aliased azurerm provider.
 *
 * - Connectivity subscription (`azurerm.connectivity`): the hub network (10.0.0.0/16) with a
 *   route-based point-to-site gateway.
 * - App subscription (`azurerm.app`): a Windows web app on a Premium v3 plan, its spoke network
 *   (10.1.0.0/16) and the regional integration into it; the spoke is peered with the hub and uses
 *   the hub's gateway (gateway transit).
 *
 * No resource names a provider by hand except those the program declares itself: the integration
 * subnet takes the spoke's provider, the hub-to-spoke peering the hub's, the spoke-to-hub peering
 * the spoke's, and the GatewaySubnet, public IP and gateway the hub's (rule VNI-R024 checks it).
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { GatewayTransitPeering, PointToSiteGateway, RegionalVnetIntegration } from '../lib';

/** Subscription IDs of the example (placeholders: use your own). */
export const APP_SUBSCRIPTION = '11111111-aaaa-4bbb-8ccc-000000000001';
export const CONNECTIVITY_SUBSCRIPTION = '22222222-aaaa-4bbb-8ccc-000000000002';

export function landingZoneTwoSubscriptions(scope: Construct, id: string): TerraformStack {
  const stack = new TerraformStack(scope, id);
  const connectivity = new AzurermProvider(stack, 'connectivity', { features: [{}], alias: 'connectivity', subscriptionId: CONNECTIVITY_SUBSCRIPTION });
  const appSubscription = new AzurermProvider(stack, 'app', { features: [{}], alias: 'app', subscriptionId: APP_SUBSCRIPTION });

  // Connectivity subscription: the hub and its gateway.
  const hubRg = new ResourceGroup(stack, 'HubGroup', { name: 'rg-connectivity-hub', location: 'westeurope', provider: connectivity });
  const hub = new VirtualNetwork(stack, 'Hub', {
    name: 'vnet-hub', location: hubRg.location, resourceGroupName: hubRg.name, addressSpace: ['10.0.0.0/16'], provider: connectivity,
  });
  const gateway = new PointToSiteGateway(stack, 'HubGateway', {
    virtualNetwork: hub,
    gatewaySubnetAddressPrefix: '10.0.255.0/27',
    pointToSiteAddressPool: ['172.16.200.0/24'],
  });

  // App subscription: the plan, the app, the spoke and the integration.
  const appRg = new ResourceGroup(stack, 'AppGroup', { name: 'rg-app-web', location: 'westeurope', provider: appSubscription });
  const spoke = new VirtualNetwork(stack, 'Spoke', {
    name: 'vnet-spoke-web', location: appRg.location, resourceGroupName: appRg.name, addressSpace: ['10.1.0.0/16'], provider: appSubscription,
  });
  const plan = new ServicePlan(stack, 'Plan', {
    name: 'plan-web', location: appRg.location, resourceGroupName: appRg.name, osType: 'Windows', skuName: 'P1v3', provider: appSubscription,
  });
  const web = new WindowsWebApp(stack, 'Web', {
    name: 'app-landing-zone-demo', location: appRg.location, resourceGroupName: appRg.name, servicePlanId: plan.id,
    httpsOnly: true, siteConfig: { minimumTlsVersion: '1.2' }, provider: appSubscription,
  });
  new RegionalVnetIntegration(stack, 'Integration', {
    plan, apps: [web], virtualNetwork: spoke, subnetAddressPrefix: '10.1.0.0/26', maxInstances: 10,
  });

  // Both sides of the peering, each in its own network's subscription; the spoke uses the hub's gateway.
  new GatewayTransitPeering(stack, 'HubToSpoke', { gateway, spokeVirtualNetwork: spoke, addPlanRoutes: false });
  return stack;
}
