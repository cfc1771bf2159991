/** Plain models for rule unit tests: a compliant baseline that each test bends one way. */
import { fact, Fact } from '../../lib/model/fact';
import { AppModel, Inventory, InventoryParts, PlanModel, RegionalIntegrationModel, SubnetModel, TreeFacts, VnetModel } from '../../lib/model/inventory';
import { emptyTree, makeInventory } from '../../lib/model/inventory-index';
import { k } from './keys';

export const known = <T>(label: string, v: T): Fact<T> => fact(label, v);
export const missing = <T>(label: string): Fact<T> => ({ state: 'missing', label });
export const token = <T>(label: string): Fact<T> => ({ state: 'unresolved', label });

export function plan(over: Partial<PlanModel> = {}): PlanModel {
  return {
    key: k('plan-1'), label: 'Stack/Plan', id: missing('plan ID'), skuName: known('plan SKU', 'P1v3'), osType: known('plan OS', 'Windows'),
    location: known('plan location', 'westeurope'), appServiceEnvironmentId: missing('ase'), workerCount: missing('workers'),
    maximumElasticWorkerCount: missing('elastic'), nameInGroup: undefined, subscriptionId: undefined, ...over,
  };
}

export function app(over: Partial<AppModel> = {}): AppModel {
  return {
    key: k('app-1'), label: 'Stack/Web', kind: 'azurerm_windows_web_app', name: known('app name', 'web'), osType: known('app OS', 'Windows'),
    location: known('app location', 'westeurope'), planKey: k('plan-1'), appSettings: known('app settings', {}), ...over,
  };
}

export function vnet(over: Partial<VnetModel> = {}): VnetModel {
  return {
    key: k('vnet-1'), nameKeys: [k('vnet-1-name')], label: 'Stack/Vnet', id: missing('vnet ID'), name: known('vnet name', 'vnet'),
    location: known('vnet location', 'westeurope'), addressSpace: known('address space', ['10.0.0.0/16']), subscriptionId: undefined, declared: true, ...over,
  };
}

export function subnet(over: Partial<SubnetModel> = {}): SubnetModel {
  return {
    key: k('subnet-1'), label: 'Stack/Integration/Subnet', name: known('subnet name', 'snet-apps'),
    addressPrefixes: known('prefixes', ['10.0.4.0/26']), delegations: known('delegations', ['Microsoft.Web/serverFarms']), created: true, occupants: undefined, ...over,
  };
}

export function regional(over: Partial<RegionalIntegrationModel> = {}): RegionalIntegrationModel {
  return {
    path: 'Stack/Integration', plan: plan(), apps: [app()], vnet: vnet(), subnet: subnet(), maxInstances: undefined,
    routeAllTraffic: true, hasNetworkSecurityGroup: false, hasRouteTable: false, serviceEndpoints: [], ...over,
  };
}

export function tree(over: Partial<TreeFacts> = {}): TreeFacts {
  return { ...emptyTree(), ...over };
}

export function inventory(over: Partial<InventoryParts> = {}): Inventory {
  return makeInventory({ regional: [], gatewayIntegrations: [], gateways: [], peerings: [], tree: tree(), ...over });
}
