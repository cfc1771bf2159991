/**
 * Peerings the user wrote as plain azurerm_virtual_network_peering resources (not through
 * VnetPeering or GatewayTransitPeering). Each resource is one side; the two sides of one peering
 * (A to B and B to A) are paired so the peering rules judge them like the constructs' peerings.
 */
import { TerraformResource } from 'cdktf';
import { fact } from '../model/fact';
import { VnetModel } from '../model/inventory';
import { PeeringModel, PeeringSideModel } from '../model/peering';
import { vnetModel } from './resource-facts';
import { isUnresolved, referenceKey } from './tokens';
import { isOwned } from './tree-scan';

type Inputs = Record<string, any>;

/** Kind given to the models of hand-written peerings (messages and reports). */
export const HAND_WRITTEN_PEERING = 'azurerm_virtual_network_peering';

/** The network a reference key names (`ref:<stack>:azurerm_virtual_network.<id>.<attr>`). */
function networkOf(value: unknown, index: ReadonlyMap<string, TerraformResource>, attribute: 'name' | 'id'): TerraformResource | undefined {
  const key = referenceKey(value);
  const m = key ? /^ref:(.*):(azurerm_virtual_network\.[^.]+)\.([a-z_]+)$/.exec(key) : null;
  if (!m || m[3] !== attribute) return undefined;
  return index.get(`${m[1]}:${m[2]}`);
}

/** Model of a network named only by a literal resource ID (a network outside the program). */
function literalNetwork(id: unknown, label: string): VnetModel | undefined {
  if (typeof id !== 'string' || isUnresolved(id) || id.length === 0) return undefined;
  const name = /\/virtualNetworks\/([^/]+)$/i.exec(id)?.[1];
  return {
    key: referenceKey(id)!,
    nameKeys: [],
    label: id,
    id: fact('virtual network ID', id),
    name: fact('virtual network name', name),
    location: fact(`virtual network location (${label} names it by ID only)`, undefined as string | undefined),
    addressSpace: fact(`virtual network address space (${label} names it by ID only)`, undefined as string[] | undefined),
  };
}

/**
 * Models of the hand-written peerings among `resources`. A side whose local network is not a
 * virtual network resource of the app (a literal name) cannot be placed and is left out.
 */
export function handWrittenPeerings(index: ReadonlyMap<string, TerraformResource>): PeeringModel[] {
  const sides: PeeringSideModel[] = [];
  for (const r of index.values()) {
    if (r.terraformResourceType !== 'azurerm_virtual_network_peering' || isOwned(r)) continue;
    const p = r as TerraformResource & Inputs;
    const localResource = networkOf(p.virtualNetworkNameInput, index, 'name');
    if (!localResource) continue;
    const remoteResource = networkOf(p.remoteVirtualNetworkIdInput, index, 'id');
    const remote = remoteResource ? vnetModel(remoteResource) : literalNetwork(p.remoteVirtualNetworkIdInput, r.node.path);
    if (!remote) continue;
    sides.push({
      path: r.node.path,
      local: vnetModel(localResource),
      remote,
      // azurerm defaults: access on, the others off.
      allowVirtualNetworkAccess: fact('allow_virtual_network_access', (p.allowVirtualNetworkAccessInput ?? true) as boolean),
      allowForwardedTraffic: fact('allow_forwarded_traffic', (p.allowForwardedTrafficInput ?? false) as boolean),
      allowGatewayTransit: fact('allow_gateway_transit', (p.allowGatewayTransitInput ?? false) as boolean),
      useRemoteGateways: fact('use_remote_gateways', (p.useRemoteGatewaysInput ?? false) as boolean),
    });
  }
  sides.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byEnds = new Map<string, PeeringSideModel>();
  for (const s of sides) byEnds.set(`${s.local.key}|${s.remote.key}`, s);
  const used = new Set<PeeringSideModel>();
  const out: PeeringModel[] = [];
  for (const s of sides) {
    if (used.has(s)) continue;
    used.add(s);
    const partner = byEnds.get(`${s.remote.key}|${s.local.key}`);
    if (partner && !used.has(partner)) used.add(partner);
    out.push({ path: s.path, sides: partner && partner !== s ? [s, partner] : [s], kind: HAND_WRITTEN_PEERING });
  }
  return out;
}
