/**
 * Turns what the user handed a construct (a generated azurerm resource or an imported reference)
 * into the plain models the rules read. Generated resources are read through their `xxxInput`
 * getters, which return exactly what the user configured (or a token).
 */
import { TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { parseArmId } from '../facts/resource-id';
import { SERVER_FARMS_DELEGATION } from '../facts/subnet-names';
import { fact, Fact, knownFact } from '../model/fact';
import { AppKind, AppModel, OsType, PlanModel, SubnetModel, VnetModel } from '../model/inventory';
import { ServicePlanReference } from '../references/service-plan-reference';
import { SubnetReference } from '../references/subnet-reference';
import { VirtualNetworkReference } from '../references/virtual-network-reference';
import { WebAppReference } from '../references/web-app-reference';
import { attributeKey, followReference as follow, perEvaluation, isResourceOfType, isUnresolved, referenceKey } from './tokens';
import { subnetKeyOf, vnetNameKey } from './tree-scan';

type Inputs = Record<string, any>;

export const APP_TYPES: readonly AppKind[] = [
  'azurerm_windows_web_app',
  'azurerm_linux_web_app',
  'azurerm_windows_function_app',
  'azurerm_linux_function_app',
  'azurerm_logic_app_standard',
];

export function isGeneratedApp(x: unknown): x is TerraformResource {
  return TerraformResource.isTerraformResource(x) && (APP_TYPES as readonly string[]).includes((x as TerraformResource).terraformResourceType);
}

function osFact(label: string, v: unknown): Fact<OsType> {
  const f = fact<string>(label, v as string | undefined);
  if (f.state !== 'known') return f as Fact<OsType>;
  const norm = String(f.value).toLowerCase();
  const os: OsType | undefined = norm === 'windows' ? 'Windows' : norm === 'linux' ? 'Linux' : norm === 'windowscontainer' ? 'WindowsContainer' : undefined;
  return os ? knownFact(label, os) : { state: 'missing', label: `${label} ("${f.value}" is not Windows, Linux or WindowsContainer)` };
}

export function planModel(plan: unknown): PlanModel {
  return perEvaluation(plan as object, 'planModel', () => buildPlanModel(plan));
}

function buildPlanModel(plan: unknown): PlanModel {
  if (ServicePlanReference.isServicePlanReference(plan)) {
    const a = plan.attributes;
    return {
      key: planKeyOf(plan),
      label: plan.node.path,
      id: fact('plan ID', a.servicePlanId),
      skuName: fact('plan SKU (skuName)', a.skuName),
      osType: osFact('plan OS (osType)', a.osType),
      location: fact('plan location', a.location),
      appServiceEnvironmentId: fact('plan App Service Environment', a.appServiceEnvironmentId),
      workerCount: fact('plan worker count', a.workerCount),
      maximumElasticWorkerCount: fact('plan maximum elastic worker count', undefined as number | undefined),
      nameInGroup: importedNameInGroup(a.servicePlanId),
    };
  }
  const p = plan as TerraformResource & Inputs;
  return {
    key: planKeyOf(p),
    label: p.node.path,
    id: fact('plan ID', undefined as string | undefined),
    skuName: fact('plan SKU (sku_name)', follow(p.skuNameInput) as string | undefined),
    osType: osFact('plan OS (os_type)', follow(p.osTypeInput)),
    location: fact('plan location', follow(p.locationInput) as string | undefined),
    appServiceEnvironmentId: fact('plan App Service Environment', p.appServiceEnvironmentIdInput),
    workerCount: fact('plan worker_count', p.workerCountInput),
    maximumElasticWorkerCount: fact('plan maximum_elastic_worker_count', p.maximumElasticWorkerCountInput),
    nameInGroup: nameInGroup(follow(p.nameInput), follow(p.resourceGroupNameInput)),
    subscriptionId: providerSubscriptionOf(p),
  };
}

/**
 * The literal subscription_id of the azurerm provider a resource is created with: its own provider,
 * else the stack's azurerm provider without alias. Undefined when not set or not literal.
 */
export function providerSubscriptionOf(r: TerraformResource): string | undefined {
  const isAzurerm = (x: unknown): x is TerraformProvider =>
    TerraformProvider.isTerraformProvider(x) && (x as TerraformProvider).terraformResourceType === 'azurerm';
  const stack = TerraformStack.of(r);
  // Looked up once per stack and evaluation: scanning the stack's children per resource is quadratic.
  const provider = r.provider ?? perEvaluation(stack, 'defaultAzurermProvider', () => stack.node.children.find((c) => isAzurerm(c) && !(c as TerraformProvider).alias));
  if (!isAzurerm(provider)) return undefined;
  const sub = (provider as unknown as { subscriptionIdInput?: unknown }).subscriptionIdInput;
  return typeof sub === 'string' && sub.length > 0 && !isUnresolved(sub) ? sub.toLowerCase() : undefined;
}

/** `name@group`, lower case, when both are literal strings. */
function nameInGroup(name: unknown, group: unknown): string | undefined {
  if (typeof name !== 'string' || typeof group !== 'string' || isUnresolved(name) || isUnresolved(group)) return undefined;
  if (name.length === 0 || group.length === 0) return undefined;
  return `${name.toLowerCase()}@${group.toLowerCase()}`;
}

/** `name@group` of an imported resource's literal ARM ID. */
function importedNameInGroup(id: unknown): string | undefined {
  if (typeof id !== 'string' || isUnresolved(id)) return undefined;
  const parsed = parseArmId(id);
  return parsed ? nameInGroup(parsed.name, parsed.resourceGroup) : undefined;
}

export function appModel(app: unknown): AppModel {
  return perEvaluation(app as object, 'appModel', () => buildAppModel(app));
}

function buildAppModel(app: unknown): AppModel {
  if (WebAppReference.isWebAppReference(app)) {
    const a = app.attributes;
    return {
      key: referenceKey(a.webAppId) ?? `path:${app.node.path}`,
      label: app.node.path,
      kind: 'imported',
      name: fact('app name', /\/sites\/([^/]+)$/i.exec(isUnresolved(a.webAppId) ? '' : a.webAppId)?.[1]),
      osType: osFact('app OS (osType)', a.osType),
      location: fact('app location', a.location),
      planKey: referenceKey(a.servicePlanId),
      appSettings: fact('app settings', a.appSettings),
    };
  }
  const r = app as TerraformResource & Inputs;
  const kind = r.terraformResourceType as AppKind;
  const linux = kind === 'azurerm_linux_web_app' || kind === 'azurerm_linux_function_app';
  let os: Fact<OsType> = knownFact('app OS', linux ? 'Linux' : 'Windows');
  if (kind === 'azurerm_windows_web_app') {
    const stack = r.siteConfigInput?.applicationStack;
    if (stack && (stack.dockerImageName || stack.dockerRegistryUrl)) os = knownFact('app OS', 'WindowsContainer');
  }
  if (kind === 'azurerm_logic_app_standard') {
    const fx = r.siteConfigInput?.linuxFxVersion;
    if (fx) os = knownFact('app OS', 'Linux');
  }
  const planInput = kind === 'azurerm_logic_app_standard' ? r.appServicePlanIdInput : r.servicePlanIdInput;
  return {
    key: attributeKey(r, 'id'),
    label: r.node.path,
    kind,
    name: fact('app name', follow(r.nameInput) as string | undefined),
    osType: os,
    location: fact('app location', follow(r.locationInput) as string | undefined),
    planKey: referenceKey(planInput),
    appSettings: fact('app settings', r.appSettingsInput),
  };
}

export function vnetModel(vnet: unknown): VnetModel {
  return perEvaluation(vnet as object, 'vnetModel', () => buildVnetModel(vnet));
}

function buildVnetModel(vnet: unknown): VnetModel {
  if (VirtualNetworkReference.isVirtualNetworkReference(vnet)) {
    const a = vnet.attributes;
    return {
      key: vnetKeyOf(vnet),
      nameKeys: [vnetNameKey(vnet.resourceGroupName, vnet.name)].filter((k): k is string => !!k),
      label: vnet.node.path,
      id: fact('virtual network ID', a.virtualNetworkId),
      name: fact('virtual network name', vnet.name),
      location: fact('virtual network location', a.location),
      addressSpace: fact('virtual network address space', a.addressSpace),
    };
  }
  const v = vnet as TerraformResource & Inputs;
  const literalKey = vnetNameKey(v.resourceGroupNameInput, v.nameInput);
  return {
    key: vnetKeyOf(v),
    nameKeys: [attributeKey(v, 'name'), ...(literalKey && literalKey.startsWith('lit:') ? [literalKey] : [])],
    label: v.node.path,
    id: fact('virtual network ID', undefined as string | undefined),
    name: fact('virtual network name', follow(v.nameInput) as string | undefined),
    location: fact('virtual network location', follow(v.locationInput) as string | undefined),
    addressSpace: fact('virtual network address space (address_space)', v.addressSpaceInput),
    subscriptionId: providerSubscriptionOf(v),
  };
}

/** Service names a generated subnet is delegated to; unresolved when any part is a token. */
export function delegationsOf(subnet: Inputs): Fact<string[]> {
  const d = subnet.delegationInput;
  const label = 'subnet delegation';
  if (d === undefined || d === null) return knownFact(label, []);
  if (isUnresolved(d) || !Array.isArray(d)) return { state: 'unresolved', label };
  const names: string[] = [];
  for (const entry of d) {
    const n = entry?.serviceDelegation?.name;
    if (typeof n !== 'string' || isUnresolved(n)) return { state: 'unresolved', label };
    names.push(n);
  }
  return knownFact(label, names);
}

export function subnetModel(subnet: unknown, created: boolean): SubnetModel {
  if (SubnetReference.isSubnetReference(subnet)) {
    const a = subnet.attributes;
    return {
      key: referenceKey(a.subnetId) ?? `path:${subnet.node.path}`,
      label: subnet.node.path,
      name: fact('subnet name', a.name),
      addressPrefixes: fact('subnet address prefixes', a.addressPrefixes),
      delegations: fact('subnet delegations', a.delegations),
      created: false,
      occupants: fact('subnet occupants (occupants)', a.occupants),
    };
  }
  const s = subnet as TerraformResource & Inputs;
  return {
    key: subnetKeyOf(s),
    label: s.node.path,
    name: fact('subnet name', follow(s.nameInput) as string | undefined),
    addressPrefixes: fact('subnet address prefixes (address_prefixes)', s.addressPrefixesInput),
    delegations: delegationsOf(s),
    created,
  };
}

/** True when a generated subnet is delegated to Microsoft.Web/serverFarms already. */
export function hasServerFarmsDelegation(subnet: Inputs): boolean {
  const d = delegationsOf(subnet);
  return d.state === 'known' && d.value!.some((n) => n.toLowerCase() === SERVER_FARMS_DELEGATION.toLowerCase());
}

export { isResourceOfType };

/** The key that identifies a plan (generated or imported), without building its whole model. */
export function planKeyOf(plan: unknown): string {
  if (ServicePlanReference.isServicePlanReference(plan)) return referenceKey(plan.servicePlanId) ?? `path:${plan.node.path}`;
  return attributeKey(plan as TerraformResource, 'id');
}

/** The key that identifies a virtual network (generated or imported), without building its model. */
export function vnetKeyOf(vnet: unknown): string {
  if (VirtualNetworkReference.isVirtualNetworkReference(vnet)) return referenceKey(vnet.virtualNetworkId) ?? `path:${vnet.node.path}`;
  return attributeKey(vnet as TerraformResource, 'id');
}
