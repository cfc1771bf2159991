import { knownFact, Fact } from '../../../lib/model/fact';
import { GatewayIntegrationModel, PointToSiteGatewayModel } from '../../../lib/model/gateway';
import { AppModel, Inventory, InventoryParts, PlanModel, VnetModel } from '../../../lib/model/inventory';
import { k } from '../../helpers/keys';
import { isResourceKey } from '../../../lib/model/resource-key';
import { tree } from '../../helpers/models';
import { makeInventory } from '../../../lib/model/inventory-index';

const missing = <T>(label: string): Fact<T> => ({ state: 'missing', label });
export const unresolved = <T>(label: string): Fact<T> => ({ state: 'unresolved', label });

export function vnet(over: Partial<VnetModel> = {}): VnetModel {
  const declared = over.key === undefined || isResourceKey(over.key, 'azurerm_virtual_network');
  return {
    key: k('ref:stack:azurerm_virtual_network.vnet.id'),
    nameKeys: [k('ref:stack:azurerm_virtual_network.vnet.name')],
    label: 'stack/vnet',
    id: missing('virtual network ID'),
    name: knownFact('virtual network name', 'vnet-remote'),
    location: knownFact('virtual network location', 'westeurope'),
    addressSpace: knownFact('virtual network address space', ['10.20.0.0/16']),
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
    pointToSitePool: knownFact('pool', ['172.16.201.0/24']),
    created: true,
    id: missing('gateway ID'),
    sku: knownFact('sku', 'VpnGw1'),
    gatewayType: knownFact('type', 'Vpn'),
    vpnType: knownFact('vpn type', 'RouteBased'),
    generation: knownFact('generation', 'Generation1'),
    protocols: knownFact('protocols', ['SSTP']),
    gatewaySubnetName: knownFact('gateway subnet name', 'GatewaySubnet'),
    gatewaySubnetPrefixes: knownFact('gateway subnet prefixes', ['10.20.255.0/27']),
    customRoutes: [],
    hasExpressRouteGateway: missing('ExpressRoute'),
    bgpEnabled: missing('BGP on the gateway'),
    ...over,
  };
}

export function plan(over: Partial<PlanModel> = {}): PlanModel {
  return {
    key: k('ref:stack:azurerm_service_plan.plan.id'),
    label: 'stack/plan',
    id: missing('plan ID'),
    skuName: knownFact('sku', 'S1'),
    osType: knownFact('os', 'Windows'),
    location: knownFact('location', 'northeurope'),
    appServiceEnvironmentId: missing('ase'),
    workerCount: missing('workers'),
    maximumElasticWorkerCount: missing('max'),
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
    name: knownFact('name', 'web-one'),
    osType: knownFact('os', 'Windows'),
    location: knownFact('location', 'northeurope'),
    planKey: k('ref:stack:azurerm_service_plan.plan.id'),
    appSettings: missing('app settings'),
    ...over,
  };
}

export function integration(over: Partial<GatewayIntegrationModel> = {}): GatewayIntegrationModel {
  return { path: 'stack/int', app: app(), plan: plan(), gateway: gateway(), routes: [], routeTableGiven: false, serviceEndpointsExpected: [], rootCertificateManaged: true, packageUriKey: k('ref:stack:azapi_resource_action.pkg.sensitive_output'), ...over };
}

export function inventory(over: Partial<InventoryParts> = {}): Inventory {
  return makeInventory({ regional: [], gatewayIntegrations: [], gateways: [], peerings: [], tree: tree(), ...over });
}

export const kinds = (checks: { kind: string }[]) => checks.map((c) => c.kind);
