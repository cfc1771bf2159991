/**
 * The hand-written baseline: the resources a RegionalVnetIntegration produces, built with the
 * generated azurerm classes and no library code at all. The subnet sits in a plain Construct with
 * the integration's id, so its logical ID and default name match the library's and the two outputs
 * can be compared byte for byte (the runner checks this before timing anything).
 */
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { dependable, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { app, plan, subnetPrefix, vnet } from './fixtures';

export function regionalBaseline(stack: TerraformStack, n: number): void {
  for (let i = 0; i < n; i++) regionalBaselineUnit(stack, i);
}

/** The i-th integration's resources in `stack`. */
export function regionalBaselineUnit(stack: TerraformStack, i: number): void {
  const v = vnet(stack, i);
  const p = plan(stack, i);
  const a = app(stack, i, p);
  const scope = new Construct(stack, `Integration${i}`);
  const subnet = new Subnet(scope, 'Subnet', {
    name: `snet-appservice-${scope.node.addr.substring(0, 8)}`,
    resourceGroupName: v.resourceGroupName,
    virtualNetworkName: v.name,
    addressPrefixes: [subnetPrefix(i)],
    delegation: [
      {
        name: 'appservice',
        serviceDelegation: { name: 'Microsoft.Web/serverFarms', actions: ['Microsoft.Network/virtualNetworks/subnets/action'] },
      },
    ],
  });
  a.virtualNetworkSubnetId = subnet.id;
  a.siteConfig.vnetRouteAllEnabled = true;
  a.dependsOn = [dependable(subnet)];
}
