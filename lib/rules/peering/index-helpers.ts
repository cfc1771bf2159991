/**
 * Indexes over the inventory that several peering rules share, built once per inventory (the
 * rules run many times per synthesis only in tests; a WeakMap keeps them linear either way).
 */
import { Inventory, TreeResource, VnetModel } from '../../model/inventory';

/** One edge of the peering graph: `vnet` is peered with `peer` by the construct at `path`. */
export interface PeerEdge {
  readonly vnet: VnetModel;
  readonly peer: VnetModel;
  readonly path: string;
}

const neighbourCache = new WeakMap<Inventory, Map<string, { vnet: VnetModel; edges: PeerEdge[] }>>();

/**
 * Every virtual network that takes part in a peering, keyed by VnetModel.key, with the networks it
 * is directly peered with (each neighbour once, even when both sides are modelled).
 */
export function peeringNeighbours(inv: Inventory): Map<string, { vnet: VnetModel; edges: PeerEdge[] }> {
  const cached = neighbourCache.get(inv);
  if (cached) return cached;
  const byVnet = new Map<string, { vnet: VnetModel; edges: PeerEdge[]; seen: Set<string> }>();
  const add = (vnet: VnetModel, peer: VnetModel, path: string) => {
    let entry = byVnet.get(vnet.key);
    if (!entry) byVnet.set(vnet.key, (entry = { vnet, edges: [], seen: new Set() }));
    if (entry.seen.has(peer.key)) return;
    entry.seen.add(peer.key);
    entry.edges.push({ vnet, peer, path });
  };
  for (const p of inv.peerings) {
    for (const s of p.sides) {
      add(s.local, s.remote, p.path);
      add(s.remote, s.local, p.path);
    }
  }
  const result = new Map([...byVnet].map(([k, v]) => [k, { vnet: v.vnet, edges: v.edges }]));
  neighbourCache.set(inv, result);
  return result;
}

const gatewayCache = new WeakMap<Inventory, { byKey: Map<string, string>; tree: ReadonlyMap<string, readonly TreeResource[]> }>();

/**
 * Where a virtual network gateway is known to exist: the path of a gateway construct of the
 * inventory or of an azurerm_virtual_network_gateway in the tree, or undefined.
 */
export function gatewayIn(inv: Inventory, vnet: VnetModel): string | undefined {
  let idx = gatewayCache.get(inv);
  if (!idx) {
    const byKey = new Map<string, string>();
    for (const g of inv.gateways) {
      for (const k of [g.vnet.key, ...g.vnet.nameKeys]) if (!byKey.has(k)) byKey.set(k, g.path);
    }
    idx = { byKey, tree: inv.tree.gatewaysByVnet ?? new Map() };
    gatewayCache.set(inv, idx);
  }
  for (const k of [vnet.key, ...vnet.nameKeys]) {
    const hit = idx.byKey.get(k) ?? idx.tree.get(k)?.[0]?.path;
    if (hit) return hit;
  }
  return undefined;
}

/** True when the network is an azurerm_virtual_network declared in this app (not imported). */
export function declaredInApp(vnet: VnetModel): boolean {
  return /^ref:.*:azurerm_virtual_network\.[^.:]+\.id$/.test(vnet.key);
}
