/**
 * Hub and spoke: the hub network holds the point-to-site gateway, a Windows app connects to it, and
 * a spoke network peered with gateway transit becomes reachable too. GatewayTransitPeering sets the
 * peering flags on both sides, orders the spoke side after the gateway, and adds the spoke range as a
 * plan route of every integration on the gateway.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { GatewayTransitPeering, GatewayVnetIntegration, PointToSiteGateway, RuleSuppressions } from '../lib';

export function hubSpokeWithTransitPeering(scope: Construct, id: string): TerraformStack {
  const stack = new TerraformStack(scope, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  RuleSuppressions.acknowledge(stack, 'VNI-G015', 'example of the legacy feature; see CrossRegionVnetAccess for the replacement');
  RuleSuppressions.acknowledge(stack, 'VNI-G027', 'example of the legacy feature: its SSTP gateway retires with it; see CrossRegionVnetAccess');

  const hub = new VirtualNetwork(stack, 'Hub', { name: 'vnet-hub', resourceGroupName: 'rg-hub', location: 'westeurope', addressSpace: ['10.100.0.0/16'] });
  const spoke = new VirtualNetwork(stack, 'Spoke', { name: 'vnet-spoke-data', resourceGroupName: 'rg-spoke', location: 'westeurope', addressSpace: ['10.101.0.0/16'] });

  const gateway = new PointToSiteGateway(stack, 'Gateway', {
    virtualNetwork: hub,
    gatewaySubnetAddressPrefix: '10.100.255.0/27',
    pointToSiteAddressPool: ['172.16.100.0/24'],
  });
  new GatewayTransitPeering(stack, 'HubToData', { gateway, spokeVirtualNetwork: spoke });

  const plan = new ServicePlan(stack, 'Plan', { name: 'plan-hub-apps', resourceGroupName: 'rg-apps', location: 'northeurope', osType: 'Windows', skuName: 'S1' });
  const web = new WindowsWebApp(stack, 'Web', { name: 'web-hub-example', resourceGroupName: 'rg-apps', location: 'northeurope', servicePlanId: plan.id, siteConfig: {} });
  // Declared after the peering: it still gets the 10.101.0.0/16 plan route.
  new GatewayVnetIntegration(stack, 'Integration', { app: web, plan, gateway });
  return stack;
}
