import { GatewayIntegrationModel, PointToSiteGatewayModel } from '../../../lib/model/gateway';
import { AppModel, Inventory, InventoryParts, PlanModel, VnetModel } from '../../../lib/model/inventory';
import { makeInventory } from '../../../lib/model/inventory-index';
import { isResourceKey } from '../../../lib/model/resource-key';
import { k } from '../../helpers/keys';
import { known, missing, token, tree, unset } from '../../helpers/models';

export const unresolved = token;

export function vnet(over: Partial<VnetModel> = {}): VnetModel {
  const declared = over.key === undefined || isResourceKey(over.key, 'azurerm_virtual_network');
  return {
    key: k('ref:stack:azurerm_virtual_network.vnet.id'),
    nameKeys: [k('ref:stack:azurerm_virtual_network.vnet.name')],
    label: 'stack/vnet',
    id: declared ? token('virtual network ID (id)', 'azurerm_virtual_network.vnet.id') : missing('virtual network ID'),
    name: known('virtual network name', 'vnet-remote'),
    location: known('virtual network location', 'westeurope'),
    addressSpace: known('virtual network address space', ['10.20.0.0/16']),
    subscriptionId: undefined,
    declared,
    ...over,
  };
}

export function gateway(over: Partial<PointToSiteGatewayModel> = {}): PointToSiteGatewayModel {
  return {
    path: 'stack/gw',
    key: k('ref:stack:azurerm_virtual_network_gateway.gw.id'),
    vnet: vnet(),
    pointToSitePool: known('pool', ['172.16.201.0/24']),
    created: true,
    id: token('gateway ID (id)', 'azurerm_virtual_network_gateway.gw.id'),
    sku: known('sku', 'VpnGw1AZ'),
    gatewayType: known('type', 'Vpn'),
    vpnType: known('vpn type', 'RouteBased'),
    generation: known('generation', 'Generation1'),
    protocols: known('protocols', ['SSTP']),
    gatewaySubnetName: known('gateway subnet name', 'GatewaySubnet'),
    gatewaySubnetPrefixes: known('gateway subnet prefixes', ['10.20.255.0/27']),
    customRoutes: unset('custom routes'),
    hasExpressRouteGateway: unset('ExpressRoute gateway in the network'),
    bgpEnabled: missing('BGP on the gateway'),
    location: known('gateway location', 'westeurope'),
    publicIpLocation: known('public IP location', 'westeurope'),
    publicIpZones: known('public IP zones', ['1', '2', '3']),
    ...over,
  };
}

export function plan(over: Partial<PlanModel> = {}): PlanModel {
  return {
    key: k('ref:stack:azurerm_service_plan.plan.id'),
    label: 'stack/plan',
    declared: true,
    id: token('plan ID (id)', 'azurerm_service_plan.plan.id'),
    skuName: known('sku', 'S1'),
    osType: known('os', 'Windows'),
    location: known('location', 'northeurope'),
    appServiceEnvironmentId: unset('ase'),
    workerCount: unset('workers'),
    maximumElasticWorkerCount: unset('max'),
    nameInGroup: undefined,
    subscriptionId: undefined,
    ...over,
  };
}

export function app(over: Partial<AppModel> = {}): AppModel {
  return {
    key: k('ref:stack:azurerm_windows_web_app.web.id'),
    label: 'stack/web',
    kind: 'azurerm_windows_web_app',
    name: known('name', 'web-one'),
    osType: known('os', 'Windows'),
    location: known('location', 'northeurope'),
    planKey: k('ref:stack:azurerm_service_plan.plan.id'),
    appSettings: unset('app settings'),
    ...over,
  };
}

export function integration(over: Partial<GatewayIntegrationModel> = {}): GatewayIntegrationModel {
  return {
    path: 'stack/int', app: app(), plan: plan(), gateway: gateway(), routes: known('routes', []), routeTableGiven: false, serviceEndpointsExpected: unset('serviceEndpoints'),
    rootCertificateManaged: true, packageUriKey: k('ref:stack:azapi_resource_action.pkg.sensitive_output'), ...over,
  };
}

export function inventory(over: Partial<InventoryParts> = {}): Inventory {
  return makeInventory({ regional: [], gatewayIntegrations: [], gateways: [], peerings: [], tree: tree(), ...over });
}

export const kinds = (checks: { kind: string }[]) => checks.map((c) => c.kind);
