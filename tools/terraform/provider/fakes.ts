/**
 * Deterministic fake values for what Azure computes: resource IDs shaped like ARM's (in the
 * subscription the provider configuration names, so a test can see where a resource lands), the
 * azapi outputs the library reads (certBlob of a VNet connection, the VPN client package URI), and
 * plain strings derived from the attribute name. The same inputs always give the same value.
 */
import { createHash } from 'crypto';
import { Dyn, inferType, Value } from './cty';

export interface MockContext {
  /** subscription_id of the provider configuration, else ARM_SUBSCRIPTION_ID, else the zero GUID. */
  readonly subscriptionId: string;
}

export const FALLBACK_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';

function hash(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function guid(...parts: unknown[]): string {
  const h = hash(...parts);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function str(v: unknown, fallback: string): string {
  return typeof v === 'string' && v.length > 0 ? v : fallback;
}

/** ARM path below the resource group, per azurerm resource (and data source) type. */
const ARM_PATHS: Record<string, (v: Record<string, unknown>) => string> = {
  azurerm_virtual_network: (v) => `Microsoft.Network/virtualNetworks/${v.name}`,
  azurerm_subnet: (v) => `Microsoft.Network/virtualNetworks/${v.virtual_network_name}/subnets/${v.name}`,
  azurerm_virtual_network_peering: (v) => `Microsoft.Network/virtualNetworks/${v.virtual_network_name}/virtualNetworkPeerings/${v.name}`,
  azurerm_virtual_network_gateway: (v) => `Microsoft.Network/virtualNetworkGateways/${v.name}`,
  azurerm_public_ip: (v) => `Microsoft.Network/publicIPAddresses/${v.name}`,
  azurerm_network_security_group: (v) => `Microsoft.Network/networkSecurityGroups/${v.name}`,
  azurerm_route_table: (v) => `Microsoft.Network/routeTables/${v.name}`,
  azurerm_nat_gateway: (v) => `Microsoft.Network/natGateways/${v.name}`,
  azurerm_private_endpoint: (v) => `Microsoft.Network/privateEndpoints/${v.name}`,
  azurerm_service_plan: (v) => `Microsoft.Web/serverFarms/${v.name}`,
  azurerm_windows_web_app: (v) => `Microsoft.Web/sites/${v.name}`,
  azurerm_linux_web_app: (v) => `Microsoft.Web/sites/${v.name}`,
  azurerm_windows_function_app: (v) => `Microsoft.Web/sites/${v.name}`,
  azurerm_linux_function_app: (v) => `Microsoft.Web/sites/${v.name}`,
  azurerm_function_app_flex_consumption: (v) => `Microsoft.Web/sites/${v.name}`,
  azurerm_logic_app_standard: (v) => `Microsoft.Web/sites/${v.name}`,
  azurerm_storage_account: (v) => `Microsoft.Storage/storageAccounts/${v.name}`,
};

/** Resources whose ID is another resource's ID (associations) or a path below it. */
const DERIVED_IDS: Record<string, (v: Record<string, unknown>) => string | undefined> = {
  azurerm_subnet_network_security_group_association: (v) => v.subnet_id as string | undefined,
  azurerm_subnet_route_table_association: (v) => v.subnet_id as string | undefined,
  azurerm_subnet_nat_gateway_association: (v) => v.subnet_id as string | undefined,
  azurerm_app_service_virtual_network_swift_connection: (v) => (typeof v.app_service_id === 'string' ? `${v.app_service_id}/config/virtualNetwork` : undefined),
};

function resourceGroupId(ctx: MockContext, rg: string): string {
  return `/subscriptions/${ctx.subscriptionId}/resourceGroups/${rg}`;
}

/** The ID Azure would give the resource. */
export function armId(type: string, v: Record<string, unknown>, ctx: MockContext): string {
  const derived = DERIVED_IDS[type]?.(v);
  if (derived) return derived;
  if (type === 'azurerm_resource_group') return resourceGroupId(ctx, str(v.name, 'rg-mock'));
  if (type === 'azapi_resource') return azapiResourceId(v, ctx);
  if (type === 'azapi_update_resource') return typeof v.resource_id === 'string' && v.resource_id.length > 0 ? v.resource_id : azapiResourceId(v, ctx);
  if (type === 'azapi_resource_action') return `${str(v.resource_id, resourceGroupId(ctx, 'rg-mock'))}${v.action ? `/${v.action}` : ''}`;
  if (type === 'azurerm_client_config' || type === 'azapi_client_config') return `clientConfigs/${ctx.subscriptionId}`;
  const path = ARM_PATHS[type];
  const rg = str(v.resource_group_name, 'rg-mock');
  if (path) return `${resourceGroupId(ctx, rg)}/providers/${path(v)}`;
  return `${resourceGroupId(ctx, rg)}/providers/Mock.${type}/${str(v.name, hash(type, v).slice(0, 12))}`;
}

/** azapi_resource: a child type's last segment under its parent, or a top-level type under a resource group. */
function azapiResourceId(v: Record<string, unknown>, ctx: MockContext): string {
  const type = str(v.type, 'Mock.Unknown/things@2020-01-01').split('@')[0];
  const segments = type.split('/');
  const parent = str(v.parent_id, resourceGroupId(ctx, 'rg-mock'));
  const name = str(v.name, 'mock');
  if (segments.length > 2 && /\/providers\//i.test(parent)) return `${parent}/${segments[segments.length - 1]}/${name}`;
  if (type === 'Microsoft.Resources/resourceGroups') return resourceGroupId(ctx, name);
  return `${parent}/providers/${type}/${name}`;
}

/** Values for top-level attributes that depend on the resource type; undefined: use the generic fake. */
export function fakeTopLevel(type: string, attr: string, v: Record<string, unknown>, ctx: MockContext): Value | undefined {
  if (attr === 'id') return armId(type, v, ctx);
  if (type === 'azapi_update_resource' && attr === 'resource_id') return armId(type, v, ctx);
  if (type === 'azapi_resource' || type === 'azapi_update_resource') {
    if (attr === 'output') return exportedOutput(v.response_export_values, azapiResponse(v, ctx), armId(type, v, ctx));
    if (attr === 'location') return '';
  }
  if (type === 'azapi_resource_action') {
    const response = actionResponse(v, ctx);
    if (attr === 'output') return exportedOutput(v.response_export_values, response, armId(type, v, ctx));
    if (attr === 'sensitive_output') return exportedOutput(v.sensitive_response_export_values, response, armId(type, v, ctx));
    if (attr === 'method') return 'POST';
    if (attr === 'when') return 'apply';
  }
  if (attr === 'default_hostname' && typeof v.name === 'string') return `${v.name}.azurewebsites.net`;
  if (attr === 'location' && typeof v.location === 'string') return v.location;
  return undefined;
}

/** What the ARM API answers for an azapi_resource: its body plus the read-only properties the library reads. */
function azapiResponse(v: Record<string, unknown>, ctx: MockContext): unknown {
  const body = (v.body !== null && typeof v.body === 'object' ? v.body : {}) as Record<string, unknown>;
  const id = armId('azapi_resource', v, ctx);
  const properties = { ...((body.properties as Record<string, unknown> | undefined) ?? {}) };
  const type = str(v.type, '').split('@')[0];
  if (/^Microsoft\.Web\/sites\/virtualNetworkConnections$/i.test(type)) {
    // The app's certificate: base64 of a (fake) DER certificate, and its SHA-1 thumbprint.
    properties.certBlob = Buffer.from(`mock certificate for ${id}`, 'utf8').toString('base64');
    properties.certThumbprint = hash('thumbprint', id).slice(0, 40).toUpperCase();
  }
  return { ...body, id, name: v.name ?? null, type, properties };
}

/** What a resource action answers. generatevpnclientpackage answers a JSON string: the package URI. */
function actionResponse(v: Record<string, unknown>, ctx: MockContext): unknown {
  if (String(v.action).toLowerCase() === 'generatevpnclientpackage') {
    const id = armId('azapi_resource_action', v, ctx);
    return `https://mockvpnpackages.blob.core.windows.net/vpnclientpackage/${hash('package', id).slice(0, 16)}/package.zip?sv=2024-05-01&sr=b&sig=mock`;
  }
  return {};
}

/** azapi's export: the whole response for ["*"], else an object of the listed paths (a map form names them). */
function exportedOutput(exportValues: unknown, response: unknown, id: string): Value {
  const toValue = (x: unknown): Value => {
    if (x === null || x === undefined) return null;
    if (Array.isArray(x)) return x.map(toValue);
    if (typeof x === 'object') return Object.fromEntries(Object.entries(x as Record<string, unknown>).map(([k, y]) => [k, toValue(y)]));
    return x as Value;
  };
  const wrap = (x: Value): Value => new Dyn(inferType(x), x);
  if (Array.isArray(exportValues)) {
    if (exportValues.includes('*')) return wrap(toValue(response));
    const out: Record<string, unknown> = {};
    for (const p of exportValues) {
      if (typeof p !== 'string') continue;
      const got = p.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), response);
      setPath(out, p.split('.'), got ?? `mock-${hash(id, p).slice(0, 12)}`);
    }
    return wrap(toValue(out));
  }
  if (exportValues !== null && typeof exportValues === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(exportValues as Record<string, unknown>)) out[k] = `mock-${hash(id, k).slice(0, 12)}`;
    return wrap(toValue(out));
  }
  return wrap({});
}

function setPath(o: Record<string, unknown>, keys: string[], value: unknown): void {
  let cur = o;
  for (const k of keys.slice(0, -1)) {
    if (cur[k] === null || typeof cur[k] !== 'object') cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]] = value;
}

/** A string for an attribute Azure computes, shaped by its name. */
export function fakeString(type: string, path: readonly string[], v: Record<string, unknown>, ctx: MockContext): string {
  const attr = path[path.length - 1] ?? '';
  const seed = [type, v.name ?? null, v.resource_group_name ?? null, ...path];
  if (/(^|_)(principal|tenant|object|client|application)_id$/.test(attr) || attr === 'guid') return guid(...seed);
  if (attr === 'subscription_id') return ctx.subscriptionId;
  if (attr.endsWith('_id')) return `${resourceGroupId(ctx, str(v.resource_group_name, 'rg-mock'))}/providers/Mock.Computed/${attr}/${hash(...seed).slice(0, 12)}`;
  if (/ip_address$/.test(attr)) {
    const h = hash(...seed);
    return `20.${parseInt(h.slice(0, 2), 16)}.${parseInt(h.slice(2, 4), 16)}.${parseInt(h.slice(4, 6), 16)}`;
  }
  return `mock-${attr || 'value'}-${hash(...seed).slice(0, 8)}`;
}
