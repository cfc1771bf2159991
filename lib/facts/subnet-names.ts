/**
 * Subnet names that Azure reserves for one service each. An integration subnet is dedicated to
 * App Service, so none of these can be it.
 */
export const RESERVED_SUBNET_NAMES: readonly string[] = [
  'GatewaySubnet',
  'AzureFirewallSubnet',
  'AzureFirewallManagementSubnet',
  'AzureBastionSubnet',
  'RouteServerSubnet',
];

/** Azure compares these names without regard to case. */
export function reservedSubnetName(name: string): string | undefined {
  return RESERVED_SUBNET_NAMES.find((r) => r.toLowerCase() === name.toLowerCase());
}

/** The service a regional integration subnet is delegated to, and the action App Service needs. */
export const SERVER_FARMS_DELEGATION = 'Microsoft.Web/serverFarms';
export const SERVER_FARMS_DELEGATION_ACTIONS: readonly string[] = ['Microsoft.Network/virtualNetworks/subnets/action'];

/** The subnet a virtual network gateway must live in. */
export const GATEWAY_SUBNET_NAME = 'GatewaySubnet';
