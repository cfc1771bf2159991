/** Plain models for rule unit tests: a compliant baseline that each test bends one way. */
import { fact, Fact } from '../../lib/model/fact';
import { AppModel, Inventory, PlanModel, RegionalIntegrationModel, SubnetModel, TreeFacts, VnetModel } from '../../lib/model/inventory';

export const known = <T>(label: string, v: T): Fact<T> => fact(label, v);
export const missing = <T>(label: string): Fact<T> => ({ state: 'missing', label });
export const token = <T>(label: string): Fact<T> => ({ state: 'unresolved', label });

export function plan(over: Partial<PlanModel> = {}): PlanModel {
  return {
    key: 'plan-1', label: 'Stack/Plan', id: missing('plan ID'), skuName: known('plan SKU', 'P1v3'), osType: known('plan OS', 'Windows'),
    location: known('plan location', 'westeurope'), appServiceEnvironmentId: missing('ase'), workerCount: missing('workers'),
    maximumElasticWorkerCount: missing('elastic'), ...over,
  };
}

export function app(over: Partial<AppModel> = {}): AppModel {
  return {
    key: 'app-1', label: 'Stack/Web', kind: 'azurerm_windows_web_app', name: known('app name', 'web'), osType: known('app OS', 'Windows'),
    location: known('app location', 'westeurope'), planKey: 'plan-1', appSettings: known('app settings', {}), ...over,
  };
}

export function vnet(over: Partial<VnetModel> = {}): VnetModel {
  return {
    key: 'vnet-1', nameKeys: ['vnet-1-name'], label: 'Stack/Vnet', id: missing('vnet ID'), name: known('vnet name', 'vnet'),
    location: known('vnet location', 'westeurope'), addressSpace: known('address space', ['10.0.0.0/16']), ...over,
  };
}

export function subnet(over: Partial<SubnetModel> = {}): SubnetModel {
  return {
    key: 'subnet-1', label: 'Stack/Integration/Subnet', name: known('subnet name', 'snet-apps'),
    addressPrefixes: known('prefixes', ['10.0.4.0/26']), delegations: known('delegations', ['Microsoft.Web/serverFarms']), created: true, ...over,
  };
}

export function regional(over: Partial<RegionalIntegrationModel> = {}): RegionalIntegrationModel {
  return {
    path: 'Stack/Integration', plan: plan(), apps: [app()], vnet: vnet(), subnet: subnet(), maxInstances: undefined,
    routeAllTraffic: true, hasNetworkSecurityGroup: false, hasRouteTable: false, serviceEndpoints: [], ...over,
  };
}

export function tree(over: Partial<TreeFacts> = {}): TreeFacts {
  return { swiftConnectionsByApp: new Map(), subnetOccupants: new Map(), subnetsByVnet: new Map(), resourcesByAddress: new Map(), ...over };
}

export function inventory(over: Partial<Inventory> = {}): Inventory {
  return { regional: [], gatewayIntegrations: [], gateways: [], peerings: [], tree: tree(), ...over };
}
