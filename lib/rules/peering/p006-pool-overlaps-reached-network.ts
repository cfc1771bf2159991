import { Inventory, VnetModel } from '../../model/inventory';
import { findOverlaps, OwnedBlock } from '../../net/cidr';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';
import { blocksOf, unreadable } from '../shared/blocks';

interface Owner {
  readonly kind: 'pool' | 'network';
  readonly label: string;
  /** How the pool reaches the network. */
  readonly via: string;
}

/** The point-to-site pool must be distinct from every network its clients reach. */
export const P006_POOL_OVERLAPS_REACHED_NETWORK: InventoryRule = {
  id: 'VNI-P006',
  name: 'Peering.PointToSitePoolOverlap',
  level: 'error',
  scope: 'inventory',
  reads: [
    { scope: 'point-to-site-gateway', path: 'pointToSitePool', kind: 'blocks', ipv6: 'ignored' },
    { scope: 'point-to-site-gateway', path: 'vnet.addressSpace', kind: 'blocks', ipv6: 'ignored' },
  ],
  source: {
    ...DOCS.gateway,
    section: 'Peering; Gateway-required virtual network integration routing',
    versions: 'The 2023 gateway page and its later revision agree: the app sends from the point-to-site pool and reaches the gateway network and the networks peered with it.',
  },
  summary: 'The point-to-site address pool of a gateway must not overlap its own virtual network or any network peered with it.',
  fix: 'Pick a point-to-site pool (an RFC 1918 block) outside the address space of the gateway network and of every network peered with it.',
  description:
    'With gateway-required integration the app\'s outbound address comes from the gateway\'s point-to-site pool. ' +
    'Replies from the gateway network, and from a network peered with it through gateway transit, are routed back to that pool; ' +
    'if the pool shares addresses with one of those networks the replies stay inside that network and the app never gets them. ' +
    'The rule gathers every gateway and peering of every stack, so a gateway in a hub stack is checked against spokes peered in other stacks; ranges are compared by sorting, never pairwise.',
  example: [
    "// Hub 10.0.0.0/16, spoke 10.1.0.0/16, pool 172.16.201.0/24: all distinct.",
    "new PointToSiteGateway(hubStack, 'Gateway', { virtualNetwork: hubVnet, pointToSitePool: ['172.16.201.0/24'], /* ... */ });",
  ].join('\n'),
  check(inv: Inventory) {
    const out: Check[] = [];
    for (const g of inv.gateways) {
      const reached: { v: VnetModel; via: string }[] = [
        { v: g.vnet, via: 'its own network' },
        ...(inv.index.peeringNeighbours.get(g.vnet.key)?.edges ?? []).map((e) => ({ v: e.peer, via: `peered through ${e.path}` })),
      ];
      const pool = blocksOf(g.pointToSitePool, 'overlap of the point-to-site pool with the networks it reaches');
      const blocks: OwnedBlock<Owner>[] = pool.known.map((block) => ({ block, owner: { kind: 'pool', label: g.path, via: '' } }));
      const problems: Check[] = unreadable(pool).map((c) => ({ ...c, path: g.path }));
      for (const r of reached) {
        const space = blocksOf(r.v.addressSpace, `overlap of the point-to-site pool with ${r.v.label} (${r.via})`);
        problems.push(...unreadable(space).map((c) => ({ ...c, path: g.path })));
        for (const block of space.known) blocks.push({ block, owner: { kind: 'network', label: r.v.label, via: r.via } });
      }
      // Pool against pool and network against network are judged elsewhere (VNI-P005 and the gateway rules).
      const overlaps = findOverlaps(blocks, (a, b) => a.kind === b.kind);
      for (const o of overlaps) {
        const p = o.first.owner.kind === 'pool' ? o.first : o.second;
        const net = p === o.first ? o.second : o.first;
        out.push(fail(`point-to-site pool ${p.block.cidr} overlaps ${net.block.cidr} of virtual network ${net.owner.label} (${net.owner.via}); accepted: a pool that shares no address with the gateway network or its peers`, g.path));
      }
      out.push(...problems);
      if (overlaps.length === 0 && problems.length === 0) out.push(pass(g.path));
    }
    return out;
  },
};
