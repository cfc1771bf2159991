/** Plain models for rule unit tests: a compliant baseline that each test bends one way. */
import { Configured, Fact, FactKind, given, missing as absent, tokenMark, TokenShape, unset as notSet } from '../../lib/model/fact';
import { AppModel, Inventory, InventoryParts, PlanModel, RegionalIntegrationModel, SubnetModel, TreeFacts, VnetModel } from '../../lib/model/inventory';
import { emptyTree, makeInventory } from '../../lib/model/inventory-index';
import { k } from './keys';

/** A fact with a literal value. */
export const known = <K extends FactKind>(label: string, v: Configured): Fact<K> => given<K>(label, v);
/** A fact nothing states. */
export const missing = <K extends FactKind>(label: string): Fact<K> => absent<K>(label);
/** An optional attribute left out of a generated resource. */
export const unset = <K extends FactKind>(label: string): Fact<K> => notSet<K>(label);
/** A fact that is a token as a whole (a variable by default). */
export const token = <K extends FactKind>(label: string, origin = 'var.test_input', shape: TokenShape = 'string'): Fact<K> => given<K>(label, tokenMark(origin, shape));
/** A token value for inside a list or map. */
export const tokenValue = (origin = 'var.test_input', shape: TokenShape = 'string') => tokenMark(origin, shape);

export function plan(over: Partial<PlanModel> = {}): PlanModel {
  return {
    key: k('plan-1'), label: 'Stack/Plan', declared: true, id: token('plan ID (id)', 'azurerm_service_plan.plan.id'), skuName: known('plan SKU', 'P1v3'), osType: known('plan OS', 'Windows'),
    location: known('plan location', 'westeurope'), appServiceEnvironmentId: unset('ase'), workerCount: unset('workers'),
    maximumElasticWorkerCount: unset('elastic'), nameInGroup: undefined, subscriptionId: undefined, ...over,
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
    key: k('vnet-1'), nameKeys: [k('vnet-1-name')], label: 'Stack/Vnet', id: token('vnet ID (id)', 'azurerm_virtual_network.vnet.id'), name: known('vnet name', 'vnet'),
    location: known('vnet location', 'westeurope'), addressSpace: known('address space', ['10.0.0.0/16']), subscriptionId: undefined, declared: true, ...over,
  };
}

export function subnet(over: Partial<SubnetModel> = {}): SubnetModel {
  return {
    key: k('subnet-1'), label: 'Stack/Integration/Subnet', name: known('subnet name', 'snet-apps'),
    addressPrefixes: known('prefixes', ['10.0.4.0/26']), delegations: known('delegations', ['Microsoft.Web/serverFarms']), created: true, occupants: unset('occupants'), ...over,
  };
}

export function regional(over: Partial<RegionalIntegrationModel> = {}): RegionalIntegrationModel {
  return {
    path: 'Stack/Integration', plan: plan(), apps: [app()], vnet: vnet(), subnet: subnet(), maxInstances: unset('maxInstances'),
    routeAllTraffic: known('routeAllTraffic', true), hasNetworkSecurityGroup: false, hasRouteTable: false, serviceEndpoints: unset('serviceEndpoints'), ...over,
  };
}

export function tree(over: Partial<TreeFacts> = {}): TreeFacts {
  return { ...emptyTree(), ...over };
}

export function inventory(over: Partial<InventoryParts> = {}): Inventory {
  return makeInventory({ regional: [], gatewayIntegrations: [], gateways: [], peerings: [], tree: tree(), ...over });
}
