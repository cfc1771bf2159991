/**
 * One pass over the whole construct tree of an app, collecting the resources that rules about
 * subnets and apps need. Reads only `xxxInput` getters of generated azurerm resources.
 */
import { TerraformOutput, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { addressOf, keyOfAttribute, networkNameKey, referenceKey, referenceKeysIn } from '../adapter/keys';
import { isOwned } from '../adapter/markers';
import { isUnresolved } from '../adapter/tokens';
import { fact } from '../adapter/values';
import { isOfType, nameAtLevel, parseResourceId, RESOURCE_TYPES } from '../facts/resource-id';
import { AppSettingsFact, AutoscaleFact, InlineSubnets, OutputFact, SubnetLink, SubnetPolicy, TreeFacts, TreeResource, TreeSubnet } from '../model/inventory';
import type { Fact } from '../model/fact';
import { isLiteralKey, ResourceKey } from '../model/resource-key';
import { GatewayPlacementScan } from './gateway-placement-scan';
import { inlineSubnetsOf, subnetUsesOf } from './subnet-uses';
import { appSettingsReferences, localReferences } from './value-flow';

type AnyInput = Record<string, unknown>;

function list(value: unknown): AnyInput[] {
  if (Array.isArray(value)) return value as AnyInput[];
  if (value && typeof value === 'object') return [value as AnyInput];
  return [];
}

/** App resource types that take virtual_network_subnet_id, with the input that names their plan. */
const APP_PLAN_INPUT: Record<string, string> = {
  azurerm_windows_web_app: 'servicePlanIdInput',
  azurerm_linux_web_app: 'servicePlanIdInput',
  azurerm_windows_function_app: 'servicePlanIdInput',
  azurerm_linux_function_app: 'servicePlanIdInput',
  azurerm_logic_app_standard: 'appServicePlanIdInput',
  azurerm_function_app_flex_consumption: 'servicePlanIdInput',
};

/**
 * The highest capacity maximum of an autoscale setting's profiles, as a fact: a token (or any other
 * value that is not a number) where a profile has one, so the capacity rules report it.
 */
function autoscaleMaximum(path: string, profiles: unknown): Fact<'number'> {
  const label = `capacity maximum of autoscale setting ${path} (profile.capacity.maximum)`;
  const list = Array.isArray(profiles) ? profiles : profiles === undefined || profiles === null ? [] : [profiles];
  let max: number | undefined;
  for (const p of list) {
    const m = (p as { capacity?: { maximum?: unknown } })?.capacity?.maximum;
    if (typeof m !== 'number' || isUnresolved(m) || !Number.isFinite(m)) return fact(label, m);
    max = max === undefined ? m : Math.max(max, m);
  }
  return fact(label, max, 'unset');
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** What one scan finds: the facts the rules read, and every resource by address (for the models). */
export interface TreeScan {
  readonly tree: TreeFacts;
  readonly resources: ReadonlyMap<string, TerraformResource>;
}

/** Scans every construct under `root` once. */
export function scanTree(root: IConstruct): TreeScan {
  const swiftConnectionsByApp = new Map<ResourceKey, TreeResource[]>();
  const subnetOccupants = new Map<ResourceKey, TreeResource[]>();
  const subnetsByVnet = new Map<ResourceKey, TreeSubnet[]>();
  const resourcesByAddress = new Map<string, TerraformResource>();
  const vnetOfSubnet = new Map<ResourceKey, ResourceKey>();
  const gateways: { resource: TreeResource; subnetIds: unknown[] }[] = [];
  const subnetLinks: SubnetLink[] = [];
  const autoscaleByTarget = new Map<ResourceKey, AutoscaleFact[]>();
  const planOfApp = new Map<ResourceKey, ResourceKey | undefined>();
  const swiftLinks: { path: string; type: string; appKey: ResourceKey | undefined; subnetKey: ResourceKey }[] = [];
  // ExpressRoute gateways name their subnet by ID; the subnet names its network. Resolved after the loop.
  const expressRouteBySubnet: { subnetId: unknown; resource: TreeResource }[] = [];
  const outputs: OutputFact[] = [];
  const subnetPolicies = new Map<ResourceKey, SubnetPolicy[]>();
  const placement = new GatewayPlacementScan();
  const inlineSubnetsByVnet = new Map<ResourceKey, InlineSubnets>();
  const locals = new Map<ResourceKey, ResourceKey[]>();
  const appSettings: AppSettingsFact[] = [];
  for (const c of root.node.findAll()) {
    if (TerraformOutput.isTerraformOutput(c)) {
      outputs.push({ path: c.node.path, sensitive: c.sensitive === true, references: referenceKeysIn(c.value, TerraformStack.of(c).node.path) });
      continue;
    }
    const local = localReferences(c);
    if (local) {
      locals.set(local.key, local.references);
      continue;
    }
    if (!TerraformResource.isTerraformResource(c)) continue;
    const r = c as unknown as TerraformResource & AnyInput;
    resourcesByAddress.set(addressOf(r), r);
    const type = r.terraformResourceType;
    const path = c.node.path;
    placement.visit(r, type, path);
    const settings = appSettingsReferences(r);
    if (settings) appSettings.push(settings);
    if (type === 'azurerm_app_service_virtual_network_swift_connection') {
      if (isOwned(r)) continue;
      const key = referenceKey(r.appServiceIdInput);
      if (key) push(swiftConnectionsByApp, key, { path, type });
      const subnetKey = referenceKey(r.subnetIdInput);
      if (subnetKey) swiftLinks.push({ path, type, appKey: key, subnetKey });
      continue;
    }
    if (type === 'azurerm_subnet_network_security_group_association' || type === 'azurerm_subnet_route_table_association') {
      const key = isOwned(r) ? undefined : referenceKey(r.subnetIdInput);
      if (key) push(subnetPolicies, key, { path, kind: type === 'azurerm_subnet_route_table_association' ? 'route table' : 'network security group' });
      continue;
    }
    if (type === 'azurerm_monitor_autoscale_setting') {
      const target = referenceKey(r.targetResourceIdInput);
      if (target && r.enabledInput !== false) push(autoscaleByTarget, target, { path, maximum: autoscaleMaximum(path, r.profileInput) });
      continue;
    }
    const planInput = APP_PLAN_INPUT[type];
    if (planInput) {
      const appKey = keyOfAttribute(r, 'id');
      const planKey = referenceKey(r[planInput]);
      planOfApp.set(appKey, planKey);
      const subnetKey = referenceKey(r.virtualNetworkSubnetIdInput);
      if (subnetKey) subnetLinks.push({ path, type, appKey, planKey, subnetKey });
      continue;
    }
    if (type === 'azurerm_subnet') {
      const vnetKey = networkNameKey(r.resourceGroupNameInput, r.virtualNetworkNameInput);
      if (vnetKey) push(subnetsByVnet, vnetKey, { key: subnetKeyOf(r), path, name: fact<'string'>(`name of subnet ${path} (name)`, r.nameInput), prefixes: fact<'blocks'>(`address prefixes of subnet ${path} (address_prefixes)`, r.addressPrefixesInput) });
      if (vnetKey) vnetOfSubnet.set(subnetKeyOf(r), vnetKey);
      continue;
    }
    if (type === 'azurerm_virtual_network_gateway') {
      gateways.push({ resource: { path, type }, subnetIds: list(r.ipConfigurationInput).map((cfg) => cfg.subnetId) });
      if (String(r.typeInput ?? '').toLowerCase() === 'expressroute') {
        for (const cfg of list(r.ipConfigurationInput)) expressRouteBySubnet.push({ subnetId: cfg.subnetId, resource: { path, type } });
      }
    }
    if (type === 'azurerm_virtual_network') {
      const inline = inlineSubnetsOf(r);
      if (inline) inlineSubnetsByVnet.set(keyOfAttribute(r, 'id'), inline);
    }
    for (const use of subnetUsesOf(r)) push(subnetOccupants, use.key, { path, type, attribute: use.attribute });
  }
  const { gatewaysByVnet, unplacedGateways } = placeGateways(gateways, vnetOfSubnet);
  const expressRouteGatewaysByVnet = new Map<ResourceKey, TreeResource[]>();
  for (const { subnetId, resource } of expressRouteBySubnet) {
    const key = referenceKey(subnetId);
    const vnetKey = key ? vnetOfSubnet.get(key) ?? networkKeyOfSubnetId(subnetId) : undefined;
    if (vnetKey) push(expressRouteGatewaysByVnet, vnetKey, resource);
  }
  for (const l of swiftLinks) subnetLinks.push({ ...l, planKey: l.appKey ? planOfApp.get(l.appKey) : undefined });
  const tree: TreeFacts = {
    swiftConnectionsByApp, subnetOccupants, subnetsByVnet, gatewaysByVnet, unplacedGateways, expressRouteGatewaysByVnet, subnetLinks, autoscaleByTarget, outputs, subnetPolicies,
    gatewayPlacement: placement.finish(),
    inlineSubnetsByVnet, localReferences: locals, appSettings,
  };
  return { tree, resources: resourcesByAddress };
}

/** The network key of a literal subnet ID (its network's name in its resource group). */
function networkKeyOfSubnetId(subnetId: unknown): ResourceKey | undefined {
  const id = parseResourceId(subnetId);
  if (!id || !isOfType(id, RESOURCE_TYPES.subnet)) return undefined;
  return networkNameKey(id.resourceGroup, nameAtLevel(id, RESOURCE_TYPES.virtualNetwork));
}

/** Puts each gateway in the virtual network of its subnet: a subnet of the tree, or a literal subnet ID. */
function placeGateways(
  gateways: readonly { resource: TreeResource; subnetIds: unknown[] }[],
  vnetOfSubnet: ReadonlyMap<ResourceKey, ResourceKey>,
): { gatewaysByVnet: Map<ResourceKey, TreeResource[]>; unplacedGateways: TreeResource[] } {
  const gatewaysByVnet = new Map<ResourceKey, TreeResource[]>();
  const unplacedGateways: TreeResource[] = [];
  for (const g of gateways) {
    let placed = false;
    for (const id of g.subnetIds) {
      const key = referenceKey(id);
      let vnetKey = key ? vnetOfSubnet.get(key) : undefined;
      if (!vnetKey && key && isLiteralKey(key)) vnetKey = networkKeyOfSubnetId(id);
      if (vnetKey) {
        push(gatewaysByVnet, vnetKey, g.resource);
        placed = true;
        break;
      }
    }
    if (!placed) unplacedGateways.push(g.resource);
  }
  return { gatewaysByVnet, unplacedGateways };
}

/** The key other resources use when they reference this subnet's ID. */
export function subnetKeyOf(subnet: TerraformResource): ResourceKey {
  return keyOfAttribute(subnet, 'id');
}
