/**
 * One Windows plan whose apps reach two different networks, each through its own gateway. A plan
 * may reach up to five networks this way (rule VNI-G009); each app reaches one.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { GatewayVnetIntegration, RuleSuppressions } from '../lib';

export function onePlanTwoVnets(scope: Construct, id: string): TerraformStack {
  const stack = new TerraformStack(scope, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  RuleSuppressions.acknowledge(stack, 'VNI-G015', 'example of the legacy feature; see CrossRegionVnetAccess for the replacement');
  RuleSuppressions.acknowledge(stack, 'VNI-G027', 'example of the legacy feature: its SSTP gateway retires with it; see CrossRegionVnetAccess');

  const plan = new ServicePlan(stack, 'Plan', { name: 'plan-two-nets', resourceGroupName: 'rg-apps', location: 'uksouth', osType: 'Windows', skuName: 'B1' });
  const networks = [
    { name: 'vnet-finance', location: 'ukwest', space: '10.61.0.0/16', pool: '172.16.61.0/24' },
    { name: 'vnet-hr', location: 'westeurope', space: '10.62.0.0/16', pool: '172.16.62.0/24' },
  ];
  networks.forEach((n, i) => {
    const vnet = new VirtualNetwork(stack, `Vnet${i}`, { name: n.name, resourceGroupName: 'rg-net', location: n.location, addressSpace: [n.space] });
    const web = new WindowsWebApp(stack, `Web${i}`, { name: `web-${n.name}`, resourceGroupName: 'rg-apps', location: 'uksouth', servicePlanId: plan.id, siteConfig: {} });
    // Inline gateway options: the integration creates the gateway in its own scope.
    new GatewayVnetIntegration(stack, `Integration${i}`, {
      app: web,
      plan,
      gatewayOptions: {
        virtualNetwork: vnet,
        gatewaySubnetAddressPrefix: n.space.replace('0.0/16', '255.0/27'),
        pointToSiteAddressPool: [n.pool],
      },
    });
  });
  return stack;
}
