/**
 * Scenario: a Windows web app in westeurope reaching a virtual network in northeurope, without a
 * gateway. This is the migration path away from gateway-required integration.
 *
 * Before (gateway-required integration, being retired): the northeurope network held a
 * point-to-site VPN gateway, and the app connected to it through GatewayVnetIntegration; the app
 * sent from the gateway's point-to-site pool.
 *
 * After (this file): CrossRegionVnetAccess creates a small network in the app's region
 * (westeurope, 10.10.0.0/16), integrates the plan into a /26 subnet of it, and peers it globally
 * with the northeurope network (10.20.0.0/16). Migration steps:
 * 1. add CrossRegionVnetAccess next to the existing GatewayVnetIntegration, with a local address
 *    space that overlaps neither the remote network nor the old point-to-site pool;
 * 2. allow `outboundAddressPrefixes` (the integration subnet) on the remote side instead of the
 *    point-to-site pool;
 * 3. remove GatewayVnetIntegration (an app uses one form of integration at a time, VNI-R014:
 *    apply once with the app removed from the gateway integration, then add it here), and remove
 *    the gateway once no app uses it.
 *
 * The remote network is declared here so the example stands alone; for a network managed elsewhere
 * use VirtualNetworkReference.fromVirtualNetworkAttributes with its ID, location and address space.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { SubnetNetworkSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/subnet-network-security-group-association';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CrossRegionVnetAccess } from '../lib';

export function crossRegionVnetAccess(scope: Construct, id: string): TerraformStack {
  const stack = new TerraformStack(scope, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const rg = new ResourceGroup(stack, 'ResourceGroup', { name: `rg-${id}`, location: 'westeurope' });

  // The network in the other region (previously reached through its point-to-site gateway).
  const remote = new VirtualNetwork(stack, 'RemoteVnet', {
    name: 'vnet-northeurope', location: 'northeurope', resourceGroupName: rg.name, addressSpace: ['10.20.0.0/16'],
  });
  const data = new Subnet(stack, 'RemoteData', {
    name: 'snet-data', resourceGroupName: rg.name, virtualNetworkName: remote.name, addressPrefixes: ['10.20.1.0/24'],
  });

  const plan = new ServicePlan(stack, 'Plan', {
    name: 'plan-westeurope', location: 'westeurope', resourceGroupName: rg.name, osType: 'Windows', skuName: 'P1v3',
  });
  const web = new WindowsWebApp(stack, 'Web', {
    name: 'app-cross-region-demo', location: 'westeurope', resourceGroupName: rg.name, servicePlanId: plan.id,
    httpsOnly: true, siteConfig: { minimumTlsVersion: '1.2' },
  });

  const access = new CrossRegionVnetAccess(stack, 'Access', {
    plan,
    apps: [web],
    remoteVirtualNetwork: remote,
    localNetwork: { name: 'vnet-westeurope', addressSpace: ['10.10.0.0/16'] },
    subnetAddressPrefix: '10.10.0.0/26',
    maxInstances: 10,
  });

  // Only the app's integration subnet may reach the data subnet in northeurope.
  const nsg = new NetworkSecurityGroup(stack, 'RemoteDataNsg', {
    name: 'nsg-data', location: 'northeurope', resourceGroupName: rg.name,
    securityRule: [{
      name: 'allow-app-sql', priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp',
      sourcePortRange: '*', destinationPortRange: '1433',
      sourceAddressPrefixes: access.outboundAddressPrefixes, destinationAddressPrefix: '10.20.1.0/24',
    }],
  });
  new SubnetNetworkSecurityGroupAssociation(stack, 'RemoteDataNsgAssociation', { subnetId: data.id, networkSecurityGroupId: nsg.id });

  new TerraformOutput(stack, 'outbound_address_prefixes', { value: access.outboundAddressPrefixes });
  return stack;
}
