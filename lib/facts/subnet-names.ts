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

/**
 * The service a Flex Consumption (FC1) app's integration subnet is delegated to: Flex Consumption
 * runs on the Container Apps platform. Sources: MicrosoftDocs/azure-docs
 * articles/azure-functions/flex-consumption-plan.md (Considerations; stored copy ms.date 05/24/2024)
 * and the vnet acceptance test of hashicorp/terraform-provider-azurerm v4.55.0
 * (internal/services/appservice/function_app_flex_consumption_resource_test.go), which also gives
 * the action.
 */
export const APP_ENVIRONMENTS_DELEGATION = 'Microsoft.App/environments';
export const APP_ENVIRONMENTS_DELEGATION_ACTIONS: readonly string[] = ['Microsoft.Network/virtualNetworks/subnets/action'];

/** The Flex Consumption plan SKU (azurerm_service_plan sku_name). */
export const FLEX_CONSUMPTION_SKU = 'FC1';

/** The delegation the integration subnet of a plan needs: Flex Consumption or App Service. */
export function delegationForPlanSku(sku: string | undefined): { name: string; actions: readonly string[] } {
  return sku !== undefined && sku.toUpperCase() === FLEX_CONSUMPTION_SKU
    ? { name: APP_ENVIRONMENTS_DELEGATION, actions: APP_ENVIRONMENTS_DELEGATION_ACTIONS }
    : { name: SERVER_FARMS_DELEGATION, actions: SERVER_FARMS_DELEGATION_ACTIONS };
}

/** The subnet a virtual network gateway must live in. */
export const GATEWAY_SUBNET_NAME = 'GatewaySubnet';
