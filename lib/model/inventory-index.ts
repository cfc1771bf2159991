/**
 * The one index over an inventory that rules share, built once per evaluation by makeInventory
 * (the hub calls it; so do tests that build inventories by hand). Rules read it instead of keeping
 * caches of their own.
 */
import { GatewayIntegrationModel } from './gateway';
import { Inventory, InventoryParts, SubnetLink, TreeFacts, VnetModel } from './inventory';
import { keyWithAncestors, ResourceKey } from './resource-key';

/** One edge of the peering graph: `vnet` is peered with `peer` by the construct at `path`. */
export interface PeerEdge {
  readonly vnet: VnetModel;
  readonly peer: VnetModel;
  readonly path: string;
}

export interface InventoryIndex {
  /**
   * Every virtual network that takes part in a peering, by VnetModel.key, with the networks it is
   * directly peered with (each neighbour once, even when both sides are modelled).
   */
  readonly peeringNeighbours: ReadonlyMap<ResourceKey, { readonly vnet: VnetModel; readonly edges: readonly PeerEdge[] }>;
  /** The path of the first gateway construct of the inventory in each network, by network key and name key. */
  readonly gatewayConstructByNetwork: ReadonlyMap<ResourceKey, string>;
  /**
   * Paths of the outputs not marked sensitive, under every reference key they read and every
   * attribute path above it (`x.a.b` also counts as `x.a` and `x`). A local they read counts as
   * what the local reads, through any chain of locals.
   */
  readonly plainOutputsByKey: ReadonlyMap<ResourceKey, readonly string[]>;
  /** Paths of the plain outputs that read a key as a whole (locals followed, no attribute paths added): `x` read as an object. */
  readonly plainOutputsByExactKey: ReadonlyMap<ResourceKey, readonly string[]>;
  /** Paths of the apps whose app settings read a key, indexed like plainOutputsByKey (locals followed). */
  readonly appSettingsByKey: ReadonlyMap<ResourceKey, readonly string[]>;
  /** Paths of the apps whose app settings read a key as a whole, like plainOutputsByExactKey. */
  readonly appSettingsByExactKey: ReadonlyMap<ResourceKey, readonly string[]>;
  /**
   * App-to-subnet links of the tree whose app is not wired by a RegionalVnetIntegration of the
   * inventory (the constructs set virtual_network_subnet_id on the apps they wire; those are not
   * "by hand").
   */
  readonly handWiredLinks: readonly SubnetLink[];
  /**
   * Positions in `gatewayIntegrations` of the integrations whose gateway is in a network, by the
   * network's key (`byKey`) and by each of its name keys (`byNameKey`). Read with integrationsOnNetwork.
   */
  readonly gatewayIntegrationsByNetwork: {
    readonly byKey: ReadonlyMap<ResourceKey, readonly number[]>;
    readonly byNameKey: ReadonlyMap<ResourceKey, readonly number[]>;
  };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/**
 * Every key a list of references reads, each with the attribute paths above it, following locals:
 * a reference to `local.x` (or a part of it) also reads what local x's expression reads.
 */
function localExpander(locals: ReadonlyMap<ResourceKey, readonly ResourceKey[]>): (refs: readonly ResourceKey[]) => { all: Set<ResourceKey>; exact: Set<ResourceKey> } {
  return (refs) => {
    const all = new Set<ResourceKey>();
    const exact = new Set<ResourceKey>();
    const queue = [...refs];
    while (queue.length > 0) {
      const r = queue.pop()!;
      if (exact.has(r)) continue;
      exact.add(r);
      for (const k of keyWithAncestors(r)) {
        if (all.has(k)) continue;
        all.add(k);
        const inner = locals.get(k);
        if (inner) queue.push(...inner);
      }
    }
    return { all, exact };
  };
}

/** The inventory of `parts`, with its index. */
export function makeInventory(parts: InventoryParts): Inventory {
  return { ...parts, index: indexOf(parts) };
}

function indexOf(inv: InventoryParts): InventoryIndex {
  const neighbours = new Map<ResourceKey, { vnet: VnetModel; edges: PeerEdge[]; seen: Set<ResourceKey> }>();
  const addEdge = (vnet: VnetModel, peer: VnetModel, path: string) => {
    let entry = neighbours.get(vnet.key);
    if (!entry) neighbours.set(vnet.key, (entry = { vnet, edges: [], seen: new Set() }));
    if (entry.seen.has(peer.key)) return;
    entry.seen.add(peer.key);
    entry.edges.push({ vnet, peer, path });
  };
  for (const p of inv.peerings) {
    for (const s of p.sides) {
      addEdge(s.local, s.remote, p.path);
      addEdge(s.remote, s.local, p.path);
    }
  }

  const gatewayConstructByNetwork = new Map<ResourceKey, string>();
  for (const g of inv.gateways) {
    for (const k of [g.vnet.key, ...g.vnet.nameKeys]) if (!gatewayConstructByNetwork.has(k)) gatewayConstructByNetwork.set(k, g.path);
  }

  const plainOutputsByKey = new Map<ResourceKey, string[]>();
  const expand = localExpander(inv.tree.localReferences);
  const plainOutputsByExactKey = new Map<ResourceKey, string[]>();
  for (const o of inv.tree.outputs) {
    if (o.sensitive) continue;
    const { all, exact } = expand(o.references);
    for (const k of all) push(plainOutputsByKey, k, o.path);
    for (const k of exact) push(plainOutputsByExactKey, k, o.path);
  }
  const appSettingsByKey = new Map<ResourceKey, string[]>();
  const appSettingsByExactKey = new Map<ResourceKey, string[]>();
  for (const a of inv.tree.appSettings) {
    const { all, exact } = expand(a.references);
    for (const k of all) push(appSettingsByKey, k, a.path);
    for (const k of exact) push(appSettingsByExactKey, k, a.path);
  }

  const byKey = new Map<ResourceKey, number[]>();
  const byNameKey = new Map<ResourceKey, number[]>();
  inv.gatewayIntegrations.forEach((g, i) => {
    push(byKey, g.gateway.vnet.key, i);
    for (const k of new Set(g.gateway.vnet.nameKeys)) push(byNameKey, k, i);
  });

  const wired = new Set(inv.regional.flatMap((r) => r.apps.map((a) => a.key)));
  const handWiredLinks = inv.tree.subnetLinks.filter((l) => l.appKey === undefined || !wired.has(l.appKey));

  return {
    peeringNeighbours: new Map([...neighbours].map(([k, v]) => [k, { vnet: v.vnet, edges: v.edges }])),
    gatewayConstructByNetwork,
    plainOutputsByKey,
    plainOutputsByExactKey,
    appSettingsByKey,
    appSettingsByExactKey,
    handWiredLinks,
    gatewayIntegrationsByNetwork: { byKey, byNameKey },
  };
}

/**
 * The gateway-required integrations whose gateway is in `vnet` (the same key, or a name key in
 * common), in inventory order: a lookup per key instead of a scan of every integration per question.
 */
export function integrationsOnNetwork(inv: Inventory, vnet: VnetModel): GatewayIntegrationModel[] {
  const { byKey, byNameKey } = inv.index.gatewayIntegrationsByNetwork;
  const at = new Set<number>(byKey.get(vnet.key) ?? []);
  for (const k of vnet.nameKeys) for (const i of byNameKey.get(k) ?? []) at.add(i);
  return [...at].sort((a, b) => a - b).map((i) => inv.gatewayIntegrations[i]);
}

/**
 * Where a virtual network gateway of `vnet` is known to be: the path of a gateway construct of the
 * inventory or of an azurerm_virtual_network_gateway in the tree, or undefined.
 */
export function gatewayIn(inv: Inventory, vnet: VnetModel): string | undefined {
  for (const k of [vnet.key, ...vnet.nameKeys]) {
    const hit = inv.index.gatewayConstructByNetwork.get(k) ?? inv.tree.gatewaysByVnet.get(k)?.[0]?.path;
    if (hit) return hit;
  }
  return undefined;
}

/** A tree scan that found nothing (inventories built by hand: examples, tests). */
export function emptyTree(): TreeFacts {
  return {
    swiftConnectionsByApp: new Map(), subnetOccupants: new Map(), subnetsByVnet: new Map(), gatewaysByVnet: new Map(), unplacedGateways: [],
    expressRouteGatewaysByVnet: new Map(), subnetLinks: [], autoscaleByTarget: new Map(), subnetPolicies: new Map(), outputs: [],
    gatewayPlacement: { vpnGatewaysByVnet: new Map(), gatewaySubnetsByVnet: new Map() },
    inlineSubnetsByVnet: new Map(), localReferences: new Map(), appSettings: [],
  };
}
