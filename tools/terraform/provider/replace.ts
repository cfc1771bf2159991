/**
 * The replace table: which top-level arguments force a new resource when they change (the
 * provider's `ForceNew`). `terraform providers schema -json` does not carry it, so the mock learns
 * it here, per resource type, and PlanResourceChange answers `requires_replace` for a changed one:
 * Terraform then plans a replacement ("must be replaced", "forces replacement") as with the real
 * provider.
 *
 * Source: hashicorp/terraform-provider-azurerm at tag v4.55.0 (commit
 * 37bf7f03b661b804a59fd62fd6f6e6b8ee4a69df), the resource's schema in
 * internal/services/<service>/<type>_resource.go; the line is the argument's. `commonschema.Location()`,
 * `ResourceGroupName()`, `EdgeZoneOptionalForceNew()` and `ZonesMultipleOptionalForceNew()` are
 * ForceNew (vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema). The same
 * arguments are ForceNew at v4.73.0. Only unconditional ForceNew is listed; replacement decided
 * in CustomizeDiff is not modelled (storage account `account_kind`, `account_replication_type`,
 * `large_file_share_enabled`, `immutability_policy.0.state`; public IP `domain_name_label_scope`;
 * service plan `zone_balancing_enabled` false to true with fewer than two workers).
 * Not ForceNew, for the record: the gateway's `sku`, the public IP's `allocation_method`, a
 * subnet's `address_prefixes`, an app's `service_plan_id`, the swift connection's `subnet_id`.
 */
import { CtyType, Dyn, isRecord, isUnknown, Value } from './cty';
import { blockType, JsonSchema } from './schema';

export interface ReplaceEntry {
  /** Top-level arguments that are ForceNew. */
  readonly attributes: readonly string[];
  /** The provider file (at v4.55.0) and the arguments' lines. */
  readonly source: string;
}

const S = 'internal/services';

export const REQUIRES_REPLACE: Readonly<Record<string, ReplaceEntry>> = {
  azurerm_resource_group: { attributes: ['name', 'location'], source: `${S}/resource/resource_group_resource.go:47,49` },
  azurerm_virtual_network: { attributes: ['name', 'resource_group_name', 'location', 'edge_zone'], source: `${S}/network/virtual_network_resource.go:68,75,77,155` },
  azurerm_subnet: { attributes: ['name', 'resource_group_name', 'virtual_network_name'], source: `${S}/network/subnet_resource.go:136,142,144` },
  azurerm_network_security_group: { attributes: ['name', 'location', 'resource_group_name'], source: `${S}/network/network_security_group_resource.go:53,59,61` },
  azurerm_route_table: { attributes: ['name', 'location', 'resource_group_name'], source: `${S}/network/route_table_resource.go:50,57,59` },
  azurerm_subnet_network_security_group_association: {
    attributes: ['subnet_id', 'network_security_group_id'],
    source: `${S}/network/subnet_network_security_group_association_resource.go:41,48`,
  },
  azurerm_subnet_route_table_association: { attributes: ['subnet_id', 'route_table_id'], source: `${S}/network/subnet_route_table_association_resource.go:41,48` },
  azurerm_virtual_network_peering: {
    attributes: ['name', 'resource_group_name', 'virtual_network_name', 'remote_virtual_network_id', 'only_ipv6_peering_enabled', 'peer_complete_virtual_networks_enabled'],
    source: `${S}/network/virtual_network_peering_resource.go:46,52,54,60,94,100`,
  },
  azurerm_public_ip: {
    attributes: ['name', 'location', 'resource_group_name', 'edge_zone', 'ip_version', 'sku', 'sku_tier', 'public_ip_prefix_id', 'ip_tags', 'zones'],
    source: `${S}/network/public_ip_resource.go:52,59,61,90,92,103,115,160,167,176`,
  },
  azurerm_virtual_network_gateway: {
    attributes: ['name', 'resource_group_name', 'location', 'type', 'vpn_type', 'edge_zone', 'private_ip_address_enabled', 'generation', 'ip_configuration'],
    source: `${S}/network/virtual_network_gateway_resource.go:56,63,65,67,77,88,97,124,136`,
  },
  azurerm_service_plan: { attributes: ['name', 'resource_group_name', 'location', 'os_type'], source: `${S}/appservice/service_plan_resource.go:64,71,73,84` },
  azurerm_linux_web_app: { attributes: ['name', 'resource_group_name', 'location'], source: `${S}/appservice/linux_web_app_resource.go:83,90,92` },
  azurerm_windows_web_app: { attributes: ['name', 'resource_group_name', 'location'], source: `${S}/appservice/windows_web_app_resource.go:82,89,91` },
  azurerm_linux_function_app: { attributes: ['name', 'resource_group_name', 'location'], source: `${S}/appservice/linux_function_app_resource.go:117,125,127` },
  azurerm_windows_function_app: { attributes: ['name', 'resource_group_name', 'location'], source: `${S}/appservice/windows_function_app_resource.go:108,116,118` },
  azurerm_function_app_flex_consumption: { attributes: ['name', 'resource_group_name', 'location', 'service_plan_id'], source: `${S}/appservice/function_app_flex_consumption_resource.go:105,113,115,117` },
  azurerm_app_service_virtual_network_swift_connection: { attributes: ['app_service_id'], source: `${S}/web/app_service_virtual_network_swift_connection_resource.go:45` },
  azurerm_storage_account: {
    attributes: [
      'name', 'resource_group_name', 'location', 'account_tier', 'provisioned_billing_model_version', 'edge_zone', 'immutability_policy',
      'is_hns_enabled', 'nfsv3_enabled', 'dns_endpoint_type', 'queue_encryption_key_type', 'table_encryption_key_type', 'infrastructure_encryption_enabled',
    ],
    source: `${S}/storage/storage_account_resource.go:100,107,109,118,125,290,298,331,338,363,668,676,684`,
  },
};

/** A value in a form where equal values print equally (set elements sorted); undefined when it holds an unknown. */
function canonical(v: Value, t: CtyType): string | undefined {
  if (isUnknown(v)) return undefined;
  if (v === null) return 'null';
  if (v instanceof Dyn) {
    const inner = canonical(v.value, v.type);
    return inner === undefined ? undefined : `dyn(${JSON.stringify(v.type)}:${inner})`;
  }
  const all = (parts: (string | undefined)[]): string[] | undefined => (parts.some((p) => p === undefined) ? undefined : (parts as string[]));
  switch (t.kind) {
    case 'list':
    case 'set': {
      if (!Array.isArray(v)) return JSON.stringify(v);
      const parts = all(v.map((x) => canonical(x, t.element)));
      if (!parts) return undefined;
      return `[${(t.kind === 'set' ? [...parts].sort() : parts).join(',')}]`;
    }
    case 'tuple': {
      if (!Array.isArray(v)) return JSON.stringify(v);
      const parts = all(v.map((x, i) => canonical(x, t.elements[i] ?? { kind: 'dynamic' })));
      return parts ? `[${parts.join(',')}]` : undefined;
    }
    case 'map':
    case 'object': {
      if (!isRecord(v)) return JSON.stringify(v);
      const keys = Object.keys(v).sort();
      const typeOf = (k: string): CtyType => ('element' in t ? t.element : t.attributes[k] ?? { kind: 'dynamic' });
      const parts = all(keys.map((k) => canonical(v[k], typeOf(k))));
      return parts ? `{${keys.map((k, i) => `${JSON.stringify(k)}:${parts[i]}`).join(',')}}` : undefined;
    }
    default:
      return JSON.stringify(v);
  }
}

/**
 * The attribute paths of an update that force replacement: the type's ForceNew arguments whose
 * planned value differs from the prior state's (an unknown planned value counts as a change, as in
 * the provider SDK). Creates and destroys replace nothing.
 */
export function requiresReplace(type: string, schema: JsonSchema, prior: Value, planned: Value, table: Readonly<Record<string, ReplaceEntry>> = REQUIRES_REPLACE): string[][] {
  const entry = table[type];
  if (!entry || !isRecord(prior) || !isRecord(planned)) return [];
  const t = blockType(schema.block);
  if (t.kind !== 'object') return [];
  const out: string[][] = [];
  for (const name of entry.attributes) {
    const at = t.attributes[name];
    if (!at) continue;
    const a = canonical(prior[name] ?? null, at);
    const b = canonical(planned[name] ?? null, at);
    if (a === undefined || b === undefined || a !== b) out.push([name]);
  }
  return out;
}
