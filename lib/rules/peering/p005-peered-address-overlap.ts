import { Inventory } from '../../model/inventory';
import { findOverlaps, OwnedBlock } from '../../net/cidr';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';
import { ResourceKey } from '../../model/resource-key';
import { blocksOf, unreadable } from '../shared/blocks';
import { pushTo } from '../shared/multimap';

interface Owner {
  readonly vnetKey: string;
  readonly label: string;
  /** The peering that brought this network into the neighbourhood; none for the centre network. */
  readonly path?: string;
}

/** Peered networks (and the peers of one network) must not share addresses. */
export const P005_PEERED_ADDRESS_OVERLAP: InventoryRule = {
  id: 'VNI-P005',
  name: 'Peering.PeeredAddressSpaceOverlap',
  level: 'error',
  scope: 'inventory',
  reads: [
    { scope: 'peering', path: 'sides.0.local.addressSpace', kind: 'blocks', ipv6: 'ignored' },
    { scope: 'peering', path: 'sides.0.remote.addressSpace', kind: 'blocks', ipv6: 'ignored' },
  ],
  source: {
    ...DOCS.features,
    section: 'Virtual network integration (access resources in peered virtual networks, including across regions)',
    versions: 'The 2019 integration page and the 2023 gateway page tell you to route the peered network\'s address range from the app, which only works when the ranges are distinct; Azure refuses to peer overlapping address spaces.',
  },
  summary: 'The address space of a virtual network must not overlap that of any network it is peered with, nor may two networks peered with the same network overlap each other.',
  fix: 'Renumber one of the networks so that every network in a peering, and every peer of one network, has its own ranges.',
  description:
    'Traffic between peered networks is routed by destination address: a range that exists on both sides cannot be routed to either, and Azure refuses the peering. ' +
    'The same holds among the peers of one network (a hub and its spokes): the hub would have two routes for one range. ' +
    'With regional integration the apps send from their integration subnet and reach the peered network\'s ranges; with gateway-required integration the peered range is added as a route of the plan. ' +
    'The rule gathers every peering of every stack, groups the networks around each network, and finds overlaps by sorting the ranges, so it stays fast on large apps.',
  example: [
    "const local = new VirtualNetwork(stack, 'Local', { name: 'vnet-we', location: 'westeurope', resourceGroupName: rg.name, addressSpace: ['10.1.0.0/16'] });",
    "const remote = new VirtualNetwork(stack, 'Remote', { name: 'vnet-ne', location: 'northeurope', resourceGroupName: rg.name, addressSpace: ['10.2.0.0/16'] });",
    "new VnetPeering(stack, 'Peering', { virtualNetwork: local, remoteVirtualNetwork: remote });",
  ].join('\n'),
  check(inv: Inventory) {
    const found = new Map<string, Check[]>();
    const add = (path: string, c: Check) => pushTo(found, path, c);
    const reported = new Set<string>();
    for (const { vnet, edges } of inv.index.peeringNeighbours.values()) {
      const blocks: OwnedBlock<Owner>[] = [];
      const members = [{ v: vnet, path: undefined as string | undefined }, ...edges.map((e) => ({ v: e.peer, path: e.path }))];
      for (const m of members) {
        for (const block of blocksOf(m.v.addressSpace, 'peered address spaces').known) blocks.push({ block, owner: { vnetKey: m.v.key, label: m.v.label, path: m.path } });
      }
      // Within each family: a dual-stack network's IPv6 space only meets other IPv6 space.
      for (const o of findOverlaps(blocks, (a, b) => a.vnetKey === b.vnetKey)) {
        const [a, b] = [o.first.owner, o.second.owner];
        const pair = [a.vnetKey, b.vnetKey].sort().join('|');
        if (reported.has(pair)) continue;
        reported.add(pair);
        const path = b.path ?? a.path!;
        const how = a.path && b.path ? `both peered with ${vnet.label}` : 'peered with each other';
        add(path, fail(`virtual network ${b.label} (${o.second.block.cidr}) overlaps ${a.label} (${o.first.block.cidr}), ${how}; accepted: address spaces that share no address`, path));
      }
    }
    for (const p of inv.peerings) {
      const seen = new Set<ResourceKey>();
      for (const s of p.sides) {
        for (const v of [s.local, s.remote]) {
          if (seen.has(v.key)) continue;
          seen.add(v.key);
          for (const c of unreadable(blocksOf(v.addressSpace, `overlap of ${v.label} with the networks it is peered with`))) add(p.path, { ...c, path: p.path });
        }
      }
    }
    return inv.peerings.flatMap((p) => found.get(p.path) ?? [pass(p.path)]);
  },
};
