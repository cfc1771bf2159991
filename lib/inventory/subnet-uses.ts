/**
 * What a resource's configuration says about subnets, read generically:
 * - subnetUsesOf: every place a resource names a subnet ID, so any resource that sits in a subnet
 *   (a Redis cache's subnet_id, a Container Apps environment's infrastructure_subnet_id, a NIC's
 *   ip_configuration) is seen without a list of resource types. References that do not place the
 *   resource in the subnet (firewall rules, access restrictions, role scopes, associations, the
 *   apps' own virtual_network_subnet_id) are left out;
 * - inlineSubnetsOf: the inline `subnet` blocks of an azurerm_virtual_network.
 */
import { TerraformResource, Token, Tokenization } from 'cdktf';
import { referenceKey, referenceKeysIn } from '../adapter/keys';
import { isOwned } from '../adapter/markers';
import { fact, isListToken, tokenOrigin } from '../adapter/values';
import { isOfType, parseResourceId, RESOURCE_TYPES } from '../facts/resource-id';
import type { InlineSubnets } from '../model/inventory';
import { isLiteralKey, parseKey, resourceAttributeOf, ResourceKey } from '../model/resource-key';

/** One place a resource names a subnet ID. */
export interface SubnetUse {
  /** The attribute path, snake case as Terraform writes it (`ip_configuration.subnet_id`). */
  readonly attribute: string;
  readonly key: ResourceKey;
}

/**
 * Resource types whose reference to a subnet is about the subnet, not a place in it: associations
 * (NSG, route table, NAT gateway), connections of apps, virtual network rules of data services,
 * role assignments, locks, policies, flow logs and diagnostics.
 */
const NOT_PLACED_TYPES = new Set([
  'azurerm_app_service_virtual_network_swift_connection',
  'azurerm_app_service_slot_virtual_network_swift_connection',
  'azurerm_subnet_network_security_group_association',
  'azurerm_subnet_route_table_association',
  'azurerm_subnet_nat_gateway_association',
  'azurerm_role_assignment',
  'azurerm_management_lock',
  'azurerm_resource_policy_assignment',
  'azurerm_resource_policy_exemption',
  'azurerm_monitor_diagnostic_setting',
  'azurerm_network_watcher_flow_log',
  'azurerm_storage_account_network_rules',
]);

/** Types named `..._virtual_network_rule` (SQL, PostgreSQL, MySQL, MariaDB...): firewall rules. */
const RULE_TYPE = /_virtual_network_rule$/;
/** Apps and slots: virtual_network_subnet_id is their integration, judged by the integration rules. */
const APP_TYPE = /^azurerm_((windows|linux)_(web|function)_app(_slot)?|logic_app_standard|function_app_flex_consumption)$/;
/**
 * Attribute path segments that allow traffic from a subnet rather than place anything in it:
 * access restrictions of apps, network rules and ACLs of storage, Key Vault, Service Bus, Event
 * Hubs, Cosmos DB, Cognitive Services, container registries.
 */
const ALLOW_LIST_SEGMENT = /ip_restriction|network_rule|network_acl|virtual_network_rule|virtual_network_subnet_ids/;
/** Attributes that point at a resource to watch, scope or target it. */
const ABOUT_ATTRIBUTE = /^(scope|scopes|target_resource_id|target_resource_ids|resource_id)$/;
/** Meta-arguments an override may carry: not configuration of the resource. */
const META = new Set(['depends_on', 'lifecycle', 'provider', 'count', 'for_each', 'connection', 'provisioner', '//']);

/** True when `key` may stand for a subnet ID: a subnet's id, a literal subnet ID, or a value the app cannot follow. */
function maySubnetId(key: ResourceKey): boolean {
  if (isLiteralKey(key)) return false; // literals are taken from the text itself (below)
  const r = resourceAttributeOf(key);
  if (r) return r.type === 'azurerm_subnet' && r.attribute === 'id';
  const p = parseKey(key);
  if (p.kind !== 'attribute') return false;
  // Data sources: only a subnet's id; variables, locals, remote state and module outputs: any.
  if (p.identifier.startsWith('data.') && !p.identifier.startsWith('data.terraform_remote_state.')) return /^data\.azurerm_subnet\.[^.]+\.id$/.test(p.identifier);
  return true;
}

function literalSubnetKey(text: string): ResourceKey | undefined {
  if (!text.toLowerCase().includes('/subnets/')) return undefined;
  const id = parseResourceId(text);
  return id && isOfType(id, RESOURCE_TYPES.subnet) ? referenceKey(text) : undefined;
}

/** Every place a resource of the app names a subnet ID in a way that puts the resource in that subnet. */
export function subnetUsesOf(r: TerraformResource): SubnetUse[] {
  const type = r.terraformResourceType;
  if (isOwned(r) || NOT_PLACED_TYPES.has(type) || RULE_TYPE.test(type)) return [];
  let attributes: Record<string, unknown>;
  try {
    attributes = (r as unknown as { synthesizeAttributes(): Record<string, unknown> }).synthesizeAttributes() ?? {};
  } catch {
    return [];
  }
  const overrides = (r as unknown as { rawOverrides?: Record<string, unknown> }).rawOverrides ?? {};
  // azapi resources of App Service (sites/networkConfig, virtualNetworkConnections) connect an app: not an occupant.
  const azapiType = attributes.type ?? overrides.type;
  if (type.startsWith('azapi_') && typeof azapiType === 'string' && /^microsoft\.web\//i.test(azapiType)) return [];
  const out = new Map<string, SubnetUse>();
  const add = (attribute: string, key: ResourceKey) => out.set(`${attribute}|${key}`, { attribute, key });
  const walk = (v: unknown, path: readonly string[], depth: number): void => {
    if (depth > 24 || v === undefined || v === null) return;
    const attribute = path.join('.');
    const last = path[path.length - 1] ?? '';
    if (ABOUT_ATTRIBUTE.test(last) || path.some((s) => ALLOW_LIST_SEGMENT.test(s))) return;
    if (APP_TYPE.test(type) && attribute === 'virtual_network_subnet_id') return;
    if (typeof v === 'string' || typeof v === 'number') {
      if (!Token.isUnresolved(v)) {
        const key = typeof v === 'string' ? literalSubnetKey(v) : undefined;
        if (key) add(attribute, key);
        return;
      }
      for (const key of referenceKeysIn(v)) if (maySubnetId(key)) add(attribute, key);
      return;
    }
    if (typeof v !== 'object') return;
    if (Array.isArray(v)) {
      if (isListToken(v)) {
        for (const key of referenceKeysIn(v)) if (maySubnetId(key)) add(attribute, key);
      } else {
        for (const x of v) walk(x, path, depth + 1);
      }
      return;
    }
    if (Tokenization.isResolvable(v)) {
      for (const key of referenceKeysIn(v)) if (maySubnetId(key)) add(attribute, key);
      return;
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (depth > 0 || !META.has(k)) walk(x, [...path, k], depth + 1);
  };
  walk(attributes, [], 0);
  walk(overrides, [], 0);
  return [...out.values()];
}

/**
 * The inline `subnet` blocks of an azurerm_virtual_network; undefined when it has none. A block
 * list that is a token as a whole is returned with `unreadable` saying so.
 */
export function inlineSubnetsOf(vnet: TerraformResource): InlineSubnets | undefined {
  const path = vnet.node.path;
  const value = (vnet as unknown as { subnetInput?: unknown }).subnetInput;
  if (value === undefined || value === null) return undefined;
  const tokenWhy = (v: unknown) => `the inline subnet blocks of virtual network ${path} (subnet) are an unresolved token, known only at apply (${originOf(v)})`;
  if (Tokenization.isResolvable(value) || isListToken(value) || (typeof value === 'string' && Token.isUnresolved(value))) {
    return { path, subnets: [], unreadable: tokenWhy(value) };
  }
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const subnets = value.map((b, i) => {
    const label = `inline subnet ${i + 1} of virtual network ${path}`;
    if (Tokenization.isResolvable(b)) return { path: `${path} subnet ${i + 1}`, name: fact<'string'>(`name of ${label} (subnet.name)`, Token.asString(b)), prefixes: fact<'blocks'>(`address prefixes of ${label} (subnet.address_prefixes)`, Token.asList(b)) };
    const block = (b ?? {}) as { name?: unknown; addressPrefixes?: unknown };
    const shown = typeof block.name === 'string' && !Token.isUnresolved(block.name) ? ` "${block.name}"` : ` ${i + 1}`;
    return {
      path: `${path} subnet${shown}`,
      name: fact<'string'>(`name of ${label} (subnet.name)`, block.name),
      prefixes: fact<'blocks'>(`address prefixes of ${label} (subnet.address_prefixes)`, block.addressPrefixes),
    };
  });
  return { path, subnets, unreadable: undefined };
}

function originOf(v: unknown): string {
  const token = Array.isArray(v) ? Tokenization.reverseList(v as string[]) : typeof v === 'string' ? Tokenization.reverseString(v).firstToken : v;
  const o = tokenOrigin(token);
  return o ? `from ${o}` : 'its origin cannot be told';
}
