import { knownFact, Fact } from '../../../lib/model/fact';
import { GatewayIntegrationModel, PointToSiteGatewayModel } from '../../../lib/model/gateway';
import { AppModel, Inventory, PlanModel, VnetModel } from '../../../lib/model/inventory';

const missing = <T>(label: string): Fact<T> => ({ state: 'missing', label });
export const unresolved = <T>(label: string): Fact<T> => ({ state: 'unresolved', label });

export function vnet(over: Partial<VnetModel> = {}): VnetModel {
  return {
    key: 'ref:stack:azurerm_virtual_network.vnet.id',
    nameKeys: ['ref:stack:azurerm_virtual_network.vnet.name'],
    label: 'stack/vnet',
    id: missing('virtual network ID'),
    name: knownFact('virtual network name', 'vnet-remote'),
    location: knownFact('virtual network location', 'westeurope'),
    addressSpace: knownFact('virtual network address space', ['10.20.0.0/16']),
    ...over,
  };
}

export function gateway(over: Partial<PointToSiteGatewayModel> = {}): PointToSiteGatewayModel {
  return {
    path: 'stack/gw',
    key: 'ref:stack:azurerm_virtual_network_gateway.gw.id',
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
    ...over,
  };
}

export function plan(over: Partial<PlanModel> = {}): PlanModel {
  return {
    key: 'ref:stack:azurerm_service_plan.plan.id',
    label: 'stack/plan',
    id: missing('plan ID'),
    skuName: knownFact('sku', 'S1'),
    osType: knownFact('os', 'Windows'),
    location: knownFact('location', 'northeurope'),
    appServiceEnvironmentId: missing('ase'),
    workerCount: missing('workers'),
    maximumElasticWorkerCount: missing('max'),
    ...over,
  };
}

export function app(over: Partial<AppModel> = {}): AppModel {
  return {
    key: 'ref:stack:azurerm_windows_web_app.web.id',
    label: 'stack/web',
    kind: 'azurerm_windows_web_app',
    name: knownFact('name', 'web-one'),
    osType: knownFact('os', 'Windows'),
    location: knownFact('location', 'northeurope'),
    planKey: 'ref:stack:azurerm_service_plan.plan.id',
    appSettings: missing('app settings'),
    ...over,
  };
}

export function integration(over: Partial<GatewayIntegrationModel> = {}): GatewayIntegrationModel {
  return { path: 'stack/int', app: app(), plan: plan(), gateway: gateway(), routes: [], routeTableGiven: false, serviceEndpointsExpected: [], rootCertificateManaged: true, ...over };
}

export function inventory(over: Partial<Inventory> = {}): Inventory {
  return {
    regional: [],
    gatewayIntegrations: [],
    gateways: [],
    peerings: [],
    tree: { swiftConnectionsByApp: new Map(), subnetOccupants: new Map(), subnetsByVnet: new Map(), expressRouteGatewaysByVnet: new Map(), resourcesByAddress: new Map() },
    ...over,
  };
}

export const kinds = (checks: { kind: string }[]) => checks.map((c) => c.kind);
