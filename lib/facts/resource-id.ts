/**
 * Azure Resource Manager IDs. The one parser of the library: every other module asks it for the
 * subscription, resource group or the name of a resource (or of a child resource such as a subnet,
 * an app's virtual network connection and its gateway, a plan route or a peering).
 *
 *   /subscriptions/{sub}/resourceGroups/{rg}/providers/{namespace}/{type}/{name}[/{childType}/{childName}]...
 *
 * Keywords and namespaces compare without case, as Azure compares them.
 */

/** One level of a resource ID below the provider namespace: `virtualNetworks/vnet-hub`. */
export interface ResourceIdSegment {
  readonly type: string;
  readonly name: string;
}

export interface ResourceId {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  /** Provider namespace, for example "Microsoft.Network". */
  readonly provider: string;
  /** The resource and its ancestors, top-level resource first: virtualNetworks/v, subnets/s. */
  readonly segments: readonly ResourceIdSegment[];
}

/** Parses a resource ID; undefined when `id` is not one (or is not a string). */
export function parseResourceId(id: unknown): ResourceId | undefined {
  if (typeof id !== 'string' || !id.startsWith('/')) return undefined;
  const parts = id.slice(1).split('/');
  if (parts.length < 7 || parts.some((p) => p.length === 0)) return undefined;
  const [subs, subscriptionId, groups, resourceGroup, providers, provider, ...rest] = parts;
  if (!same(subs, 'subscriptions') || !same(groups, 'resourceGroups') || !same(providers, 'providers')) return undefined;
  if (rest.length === 0 || rest.length % 2 !== 0) return undefined;
  const segments: ResourceIdSegment[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    // An extension resource (/providers/... again) is not something the rules read.
    if (same(rest[i], 'providers')) return undefined;
    segments.push({ type: rest[i], name: rest[i + 1] });
  }
  return { subscriptionId, resourceGroup, provider, segments };
}

/** The full type: "Microsoft.Network/virtualNetworks/subnets". */
export function resourceTypeOf(id: ResourceId): string {
  return [id.provider, ...id.segments.map((s) => s.type)].join('/');
}

/** The resource's own name (the last segment). */
export function resourceNameOf(id: ResourceId): string {
  return id.segments[id.segments.length - 1].name;
}

/**
 * True when `id` is of `type`, written as its full type ("Microsoft.Network/virtualNetworks/subnets"),
 * compared without case.
 */
export function isOfType(id: ResourceId, type: string): boolean {
  return same(resourceTypeOf(id), type);
}

/**
 * The name at the level of `type` ("Microsoft.Network/virtualNetworks"): the resource itself or
 * one of its ancestors. For a subnet ID and virtual networks, the network's name.
 */
export function nameAtLevel(id: ResourceId, type: string): string | undefined {
  const wanted = type.split('/');
  if (wanted.length < 2 || wanted.length - 1 > id.segments.length) return undefined;
  if (!same(wanted[0], id.provider)) return undefined;
  for (let i = 1; i < wanted.length; i++) if (!same(wanted[i], id.segments[i - 1].type)) return undefined;
  return id.segments[wanted.length - 2].name;
}

/** The parent resource (a subnet's network); undefined for a top-level resource. */
export function parentOf(id: ResourceId): ResourceId | undefined {
  return id.segments.length > 1 ? { ...id, segments: id.segments.slice(0, -1) } : undefined;
}

/** The ID of `name` of child `type` under `parent`, as Azure writes it (tokens in `parent` allowed). */
export function childResourceId(parent: string, type: string, name: string): string {
  return `${parent}/${type}/${name}`;
}

/** Azure resource types the library reads IDs of. */
export const RESOURCE_TYPES = {
  virtualNetwork: 'Microsoft.Network/virtualNetworks',
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  virtualNetworkGateway: 'Microsoft.Network/virtualNetworkGateways',
  site: 'Microsoft.Web/sites',
  serverFarm: 'Microsoft.Web/serverfarms',
} as const;

/**
 * The name of the virtual network an ID names, or whose child it names (a subnet): Resource Manager
 * (Microsoft.Network) and classic (Microsoft.ClassicNetwork) networks alike.
 */
export function networkNameOf(id: ResourceId): string | undefined {
  return nameAtLevel(id, RESOURCE_TYPES.virtualNetwork) ?? nameAtLevel(id, 'Microsoft.ClassicNetwork/virtualNetworks');
}

/** Classic (Azure Service Manager) virtual networks live under Microsoft.ClassicNetwork. */
export function isClassicVnetId(id: string): boolean {
  const parsed = parseResourceId(id);
  return parsed !== undefined && same(parsed.provider, 'Microsoft.ClassicNetwork');
}

/** Whether two IDs name the same subscription (without case); undefined when either is not an ID. */
export function sameSubscription(a: string, b: string): boolean | undefined {
  const pa = parseResourceId(a);
  const pb = parseResourceId(b);
  if (!pa || !pb) return undefined;
  return same(pa.subscriptionId, pb.subscriptionId);
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
