/**
 * Peerings the user wrote as plain azurerm_virtual_network_peering resources (not through
 * VnetPeering or GatewayTransitPeering). Each resource is one side; the two sides of one peering
 * (A to B and B to A) are paired so the peering rules judge them like the constructs' peerings.
 */
import { TerraformResource } from 'cdktf';
import { addressOfKey, referenceKey } from '../adapter/keys';
import { isOwned } from '../adapter/markers';
import { isUnresolved } from '../adapter/tokens';
import { isOfType, nameAtLevel, parseResourceId, RESOURCE_TYPES } from '../facts/resource-id';
import { fact } from '../adapter/values';
import { missing } from '../model/fact';
import { VnetModel } from '../model/inventory';
import { inferPeering, PeeringModel, UnplacedSide } from '../model/peering';
import { isResourceKey } from '../model/resource-key';
import { ModelContext } from './model-source';
import { vnetModel } from './resource-models';

type Inputs = Record<string, any>;

/** Kind given to the models of hand-written peerings (messages and reports). */
export const HAND_WRITTEN_PEERING = 'azurerm_virtual_network_peering';

/** The network resource a value references by `attribute` (`azurerm_virtual_network.<id>.<attribute>`). */
function networkOf(value: unknown, ctx: ModelContext, attribute: 'name' | 'id'): TerraformResource | undefined {
  const key = referenceKey(value);
  if (!key || !isResourceKey(key, 'azurerm_virtual_network', attribute)) return undefined;
  return ctx.resources.get(addressOfKey(key)!);
}

/** Model of a network named only by a literal resource ID (a network outside the program). */
function literalNetwork(id: unknown, label: string): VnetModel | undefined {
  if (typeof id !== 'string' || isUnresolved(id) || id.length === 0) return undefined;
  const parsed = parseResourceId(id);
  const name = parsed && isOfType(parsed, RESOURCE_TYPES.virtualNetwork) ? nameAtLevel(parsed, RESOURCE_TYPES.virtualNetwork) : undefined;
  return {
    key: referenceKey(id)!,
    nameKeys: [],
    label: id,
    id: fact('virtual network ID (remote_virtual_network_id)', id),
    name: fact('virtual network name', name),
    location: missing(`location of virtual network ${id} (${label} names it by ID only)`),
    addressSpace: missing(`address space of virtual network ${id} (${label} names it by ID only)`),
    subscriptionId: undefined,
    declared: false,
  };
}

/**
 * Models of the hand-written peerings among the app's resources. A side whose local network is not
 * a virtual network resource of the app (a literal name) cannot be placed and is left out.
 */
export function handWrittenPeerings(ctx: ModelContext): PeeringModel[] {
  const sides: (UnplacedSide & { localKey: string; remoteKey: string })[] = [];
  for (const r of ctx.resources.values()) {
    if (r.terraformResourceType !== 'azurerm_virtual_network_peering' || isOwned(r)) continue;
    const p = r as TerraformResource & Inputs;
    const localResource = networkOf(p.virtualNetworkNameInput, ctx, 'name');
    if (!localResource) continue;
    const remoteResource = networkOf(p.remoteVirtualNetworkIdInput, ctx, 'id');
    const remote = remoteResource ? vnetModel(remoteResource, ctx) : literalNetwork(p.remoteVirtualNetworkIdInput, r.node.path);
    if (!remote) continue;
    const local = vnetModel(localResource, ctx);
    sides.push({
      path: r.node.path,
      local,
      remote,
      localKey: local.key,
      remoteKey: remote.key,
      // azurerm defaults: access on, the others off.
      allowVirtualNetworkAccess: fact('allow_virtual_network_access', p.allowVirtualNetworkAccessInput ?? true),
      allowForwardedTraffic: fact('allow_forwarded_traffic', p.allowForwardedTrafficInput ?? false),
      allowGatewayTransit: fact('allow_gateway_transit', p.allowGatewayTransitInput ?? false),
      useRemoteGateways: fact('use_remote_gateways', p.useRemoteGatewaysInput ?? false),
    });
  }
  sides.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byEnds = new Map<string, (typeof sides)[number]>();
  for (const s of sides) byEnds.set(`${s.localKey}|${s.remoteKey}`, s);
  const used = new Set<(typeof sides)[number]>();
  const out: PeeringModel[] = [];
  for (const s of sides) {
    if (used.has(s)) continue;
    used.add(s);
    const partner = byEnds.get(`${s.remoteKey}|${s.localKey}`);
    if (partner && !used.has(partner)) used.add(partner);
    const pair = (partner && partner !== s ? [s, partner] : [s]).map(({ localKey: _l, remoteKey: _r, ...side }) => side);
    const { purpose, sides: placed } = inferPeering(pair);
    out.push({ path: s.path, sides: placed, purpose, kind: HAND_WRITTEN_PEERING, gateway: undefined });
  }
  return out;
}
