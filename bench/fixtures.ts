/**
 * Resources both variants of a scenario create in the same way, so the only difference between
 * library and baseline is what the library adds.
 */
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Construct } from 'constructs';

export const LOCATION = 'westeurope';
export const RESOURCE_GROUP = 'rg-bench';

/** The i-th virtual network: its own /24 so every integration subnet is inside it. */
export function vnet(scope: Construct, i: number): VirtualNetwork {
  return new VirtualNetwork(scope, `Vnet${i}`, {
    name: `vnet-bench-${i}`,
    resourceGroupName: RESOURCE_GROUP,
    location: LOCATION,
    addressSpace: [`10.${Math.floor(i / 256) % 256}.${i % 256}.0/24`],
  });
}

/** The i-th integration subnet prefix: the first /26 of the i-th network. */
export function subnetPrefix(i: number): string {
  return `10.${Math.floor(i / 256) % 256}.${i % 256}.0/26`;
}

export function plan(scope: Construct, i: number): ServicePlan {
  return new ServicePlan(scope, `Plan${i}`, {
    name: `plan-bench-${i}`,
    resourceGroupName: RESOURCE_GROUP,
    location: LOCATION,
    osType: 'Linux',
    skuName: 'P1v3',
  });
}

/** An app on `p`; the site_config block starts empty (the integration fills in route-all). */
export function app(scope: Construct, i: number, p: ServicePlan): LinuxWebApp {
  return new LinuxWebApp(scope, `App${i}`, {
    name: `app-bench-${i}`,
    resourceGroupName: RESOURCE_GROUP,
    location: LOCATION,
    servicePlanId: p.id,
    siteConfig: {},
  });
}
