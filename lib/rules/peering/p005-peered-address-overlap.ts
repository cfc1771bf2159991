import { isKnown, whyUnknown } from '../../model/fact';
import { Inventory } from '../../model/inventory';
import { findOverlaps, OwnedBlock } from '../../net/cidr';
import { Check, DOCS, fail, InventoryRule, pass, unverified } from '../rule';
import { blocksOf } from '../shared/peering-blocks';

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
    const out: Check[] = [];
    const failed = new Set<string>();
    const reported = new Set<string>();
    for (const { vnet, edges } of inv.index.peeringNeighbours.values()) {
      const blocks: OwnedBlock<Owner>[] = [];
      const members = [{ v: vnet, path: undefined as string | undefined }, ...edges.map((e) => ({ v: e.peer, path: e.path }))];
      for (const m of members) {
        if (!isKnown(m.v.addressSpace)) continue;
        for (const block of blocksOf(m.v.addressSpace.value)) blocks.push({ block, owner: { vnetKey: m.v.key, label: m.v.label, path: m.path } });
      }
      for (const o of findOverlaps(blocks, (a, b) => a.vnetKey === b.vnetKey)) {
        const [a, b] = [o.first.owner, o.second.owner];
        const pair = [a.vnetKey, b.vnetKey].sort().join('|');
        if (reported.has(pair)) continue;
        reported.add(pair);
        const path = b.path ?? a.path!;
        const how = a.path && b.path ? `both peered with ${vnet.label}` : 'peered with each other';
        failed.add(path);
        out.push(fail(`virtual network ${b.label} (${o.second.block.cidr}) overlaps ${a.label} (${o.first.block.cidr}), ${how}; accepted: address spaces that share no address`, path));
      }
    }
    for (const p of inv.peerings) {
      const unknown = new Map<string, string>();
      for (const s of p.sides) {
        for (const v of [s.local, s.remote]) {
          if (!isKnown(v.addressSpace)) unknown.set(v.key, `${v.label}: ${whyUnknown(v.addressSpace)}`);
        }
      }
      for (const why of unknown.values()) out.push(unverified(`overlap with the peered network cannot be checked for ${why}`, p.path));
      if (!failed.has(p.path)) out.push(pass(p.path));
    }
    return out;
  },
};
