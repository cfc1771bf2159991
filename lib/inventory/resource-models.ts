/**
 * Models of what the user handed a construct. Generated azurerm resources are read here through
 * their `xxxInput` getters, which return exactly what the user configured (or a token); anything
 * else (imported references, gateways) carries its own ModelSource (model-source.ts).
 */
import { TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { defaultConfiguration } from '../adapter/providers';
import { followReference, keyOfAttribute, networkNameKey, referenceKey } from '../adapter/keys';
import { isResourceOfType, isUnresolved } from '../adapter/tokens';
import { configured, fact } from '../adapter/values';
import { nameAtLevel, parseResourceId, RESOURCE_TYPES } from '../facts/resource-id';
import { SERVER_FARMS_DELEGATION } from '../facts/subnet-names';
import { Configured, Fact, given, unset } from '../model/fact';
import type { PointToSiteGatewayModel } from '../model/gateway';
import { AppKind, AppModel, PlanModel, SubnetModel, VnetModel } from '../model/inventory';
import { readStrings } from '../model/read-strings';
import { parseKey, ResourceKey } from '../model/resource-key';
import { ModelContext, modelSourceOf, sourcedModel } from './model-source';

type Inputs = Record<string, any>;

export const APP_TYPES: readonly AppKind[] = [
  'azurerm_windows_web_app',
  'azurerm_linux_web_app',
  'azurerm_windows_function_app',
  'azurerm_linux_function_app',
  'azurerm_logic_app_standard',
  'azurerm_function_app_flex_consumption',
];

export function isGeneratedApp(x: unknown): x is TerraformResource {
  return TerraformResource.isTerraformResource(x) && (APP_TYPES as readonly string[]).includes((x as TerraformResource).terraformResourceType);
}

/** `name@group`, lower case, when both are literal strings. */
export function nameInGroup(name: unknown, group: unknown): string | undefined {
  if (typeof name !== 'string' || typeof group !== 'string' || isUnresolved(name) || isUnresolved(group)) return undefined;
  if (name.length === 0 || group.length === 0) return undefined;
  return `${name.toLowerCase()}@${group.toLowerCase()}`;
}

/** `name@group` of a literal resource ID. */
export function nameInGroupOfId(id: unknown): string | undefined {
  if (isUnresolved(id)) return undefined;
  const parsed = parseResourceId(id);
  return parsed ? nameInGroup(parsed.segments[0].name, parsed.resourceGroup) : undefined;
}

/** The model of a plan: an azurerm_service_plan, or anything with a ModelSource. */
export function planModel(plan: unknown, ctx: ModelContext): PlanModel {
  return sourcedModel<PlanModel>(plan, ctx) ?? ctx.memo(plan as object, 'model', () => generatedPlan(plan as TerraformResource & Inputs, ctx));
}

function generatedPlan(p: TerraformResource & Inputs, ctx: ModelContext): PlanModel {
  const follow = (v: unknown) => followReference(v, ctx.resources);
  return {
    key: keyOfAttribute(p, 'id'),
    label: p.node.path,
    declared: true,
    id: fact('plan ID (id)', p.id),
    skuName: fact('plan SKU (sku_name)', follow(p.skuNameInput)),
    osType: fact('plan OS (os_type)', follow(p.osTypeInput)),
    location: fact('plan location', follow(p.locationInput)),
    appServiceEnvironmentId: fact('plan App Service Environment (app_service_environment_id)', p.appServiceEnvironmentIdInput, 'unset'),
    workerCount: fact('plan worker count (worker_count)', p.workerCountInput, 'unset'),
    maximumElasticWorkerCount: fact('plan Elastic Premium burst limit (maximum_elastic_worker_count)', p.maximumElasticWorkerCountInput, 'unset'),
    nameInGroup: nameInGroup(follow(p.nameInput), follow(p.resourceGroupNameInput)),
    subscriptionId: providerSubscriptionOf(p, ctx),
  };
}

/**
 * The literal subscription_id of the azurerm provider a resource is created with: its own provider,
 * else the stack's azurerm provider without alias. Undefined when not set or not literal.
 */
export function providerSubscriptionOf(r: TerraformResource, ctx: ModelContext): string | undefined {
  const provider = r.provider ?? defaultConfiguration(TerraformStack.of(r), 'azurerm', ctx.configurations);
  if (!TerraformProvider.isTerraformProvider(provider) || provider.terraformResourceType !== 'azurerm') return undefined;
  const sub = (provider as unknown as { subscriptionIdInput?: unknown }).subscriptionIdInput;
  return typeof sub === 'string' && sub.length > 0 && !isUnresolved(sub) ? sub.toLowerCase() : undefined;
}

/** The model of an app: a generated web, function or Logic App, or anything with a ModelSource. */
export function appModel(app: unknown, ctx: ModelContext): AppModel {
  return sourcedModel<AppModel>(app, ctx) ?? ctx.memo(app as object, 'model', () => generatedApp(app as TerraformResource & Inputs, ctx));
}

/** The name of a site from its literal resource ID. */
export function siteNameOfId(id: unknown): string | undefined {
  if (isUnresolved(id)) return undefined;
  const parsed = parseResourceId(id);
  return parsed ? nameAtLevel(parsed, RESOURCE_TYPES.site) : undefined;
}

function generatedApp(r: TerraformResource & Inputs, ctx: ModelContext): AppModel {
  const follow = (v: unknown) => followReference(v, ctx.resources);
  const kind = r.terraformResourceType as AppKind;
  // Flex Consumption runs Linux only (azurerm_function_app_flex_consumption has no os setting).
  const linux = kind === 'azurerm_linux_web_app' || kind === 'azurerm_linux_function_app' || kind === 'azurerm_function_app_flex_consumption';
  // The resource type says the OS; a Windows web app running a container image is a Windows container.
  let os = linux ? 'Linux' : 'Windows';
  if (kind === 'azurerm_windows_web_app') {
    const stack = r.siteConfigInput?.applicationStack;
    if (stack && (stack.dockerImageName || stack.dockerRegistryUrl)) os = 'WindowsContainer';
  }
  if (kind === 'azurerm_logic_app_standard' && r.siteConfigInput?.linuxFxVersion) os = 'Linux';
  const planInput = kind === 'azurerm_logic_app_standard' ? r.appServicePlanIdInput : r.servicePlanIdInput;
  return {
    key: keyOfAttribute(r, 'id'),
    label: r.node.path,
    kind,
    name: fact('app name (name)', follow(r.nameInput)),
    osType: given(`app OS (${kind})`, os),
    location: fact('app location', follow(r.locationInput)),
    planKey: referenceKey(planInput),
    appSettings: fact('app settings (app_settings)', r.appSettingsInput, 'unset'),
  };
}

/** The model of a virtual network: an azurerm_virtual_network, or anything with a ModelSource. */
export function vnetModel(vnet: unknown, ctx: ModelContext): VnetModel {
  return sourcedModel<VnetModel>(vnet, ctx) ?? ctx.memo(vnet as object, 'model', () => generatedVnet(vnet as TerraformResource & Inputs, ctx));
}

function generatedVnet(v: TerraformResource & Inputs, ctx: ModelContext): VnetModel {
  const follow = (x: unknown) => followReference(x, ctx.resources);
  const literalName = networkNameKey(v.resourceGroupNameInput, v.nameInput);
  return {
    key: keyOfAttribute(v, 'id'),
    nameKeys: [keyOfAttribute(v, 'name'), ...(literalName && parseKey(literalName).kind === 'name' ? [literalName] : [])],
    label: v.node.path,
    id: fact('virtual network ID (id)', v.id),
    name: fact('virtual network name (name)', follow(v.nameInput)),
    location: fact('virtual network location', follow(v.locationInput)),
    addressSpace: fact('virtual network address space (address_space)', v.addressSpaceInput),
    subscriptionId: providerSubscriptionOf(v, ctx),
    declared: true,
  };
}

/**
 * The services a generated subnet is delegated to: the service_delegation name of each delegation
 * block (a token where the user wrote one); unset when the subnet has no delegation.
 */
export function delegationsOf(subnet: Inputs): Fact<'strings'> {
  const label = 'subnet delegation (delegation.service_delegation.name)';
  const d = subnet.delegationInput;
  if (d === undefined || d === null) return unset(label);
  const blocks = configured(d);
  if (!Array.isArray(blocks)) return given(label, blocks);
  return given(label, blocks.map((b: Configured) => {
    const service = b !== null && typeof b === 'object' && !Array.isArray(b) ? (b as Record<string, Configured>).serviceDelegation : undefined;
    return service !== null && typeof service === 'object' && !Array.isArray(service) && 'name' in service ? (service as Record<string, Configured>).name : (service ?? null);
  }));
}

/** The model of a subnet: an azurerm_subnet (created by the construct or adopted), or anything with a ModelSource. */
export function subnetModel(subnet: unknown, created: boolean, ctx: ModelContext): SubnetModel {
  return sourcedModel<SubnetModel>(subnet, ctx) ?? ctx.memo(subnet as object, `model:${created}`, () => generatedSubnet(subnet as TerraformResource & Inputs, created, ctx));
}

function generatedSubnet(s: TerraformResource & Inputs, created: boolean, ctx: ModelContext): SubnetModel {
  return {
    key: keyOfAttribute(s, 'id'),
    label: s.node.path,
    name: fact('subnet name (name)', followReference(s.nameInput, ctx.resources)),
    addressPrefixes: fact('subnet address prefixes (address_prefixes)', s.addressPrefixesInput),
    delegations: delegationsOf(s),
    created,
    occupants: unset('subnet occupants'),
  };
}

/** True when a generated subnet is delegated to Microsoft.Web/serverFarms already. */
export function hasServerFarmsDelegation(subnet: Inputs): boolean {
  const d = readStrings(delegationsOf(subnet));
  return d.state === 'list' && d.known.some((n) => n.toLowerCase() === SERVER_FARMS_DELEGATION.toLowerCase());
}

/** The key of a plan, network, app or subnet without building its model. */
export function keyOf(x: unknown): ResourceKey {
  return modelSourceOf(x)?.key() ?? keyOfAttribute(x as TerraformResource, 'id');
}

export { isResourceOfType };

/** The model of a point-to-site gateway: created or adopted, each carries its ModelSource. */
export function gatewayModel(gateway: unknown, ctx: ModelContext): PointToSiteGatewayModel {
  const m = sourcedModel<PointToSiteGatewayModel>(gateway, ctx);
  if (!m) throw new Error('a point-to-site gateway without a model source');
  return m;
}
