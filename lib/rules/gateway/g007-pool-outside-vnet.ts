import { PointToSiteGatewayModel } from '../../model/gateway';
import { overlaps } from '../../net/cidr';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { blocksOf, cidrs } from '../shared/blocks';

/** The pool must not overlap the network it leads into. */
export const G007_POOL_OUTSIDE_VNET: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G007',
  name: 'Gateway.PoolOutsideVnet',
  level: 'error',
  scope: 'point-to-site-gateway',
  reads: [
    { scope: 'point-to-site-gateway', path: 'pointToSitePool', kind: 'blocks', ipv6: 'ignored' },
    { scope: 'point-to-site-gateway', path: 'vnet.addressSpace', kind: 'blocks', ipv6: 'ignored' },
  ],
  source: { ...DOCS.gateway, section: `${SECTION.setup}; How gateway-required virtual network integration works` },
  summary: "The point-to-site pool must not overlap the network's address space.",
  fix: 'Pick a pool that shares no address with the network, for example 172.16.201.0/24 for a 10.x network.',
  description:
    'Clients of the gateway (the app instances) take addresses from the pool and reach the network through the gateway. Addresses that also belong to the network would be routed inside it instead of back to the gateway, so replies never reach the app.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    const pool = blocksOf(g.pointToSitePool, 'overlap of the point-to-site pool with the network');
    const space = blocksOf(g.vnet.addressSpace, 'overlap of the point-to-site pool with the network');
    const out: Check[] = [...pool.malformed, ...space.malformed];
    // Blocks of different families never overlap: a dual-stack network's IPv6 space is no concern of an IPv4 pool.
    for (const block of pool.known) {
      const hit = space.known.find((s) => overlaps(s, block));
      if (hit) out.push(fail(`point-to-site pool block ${block.cidr} overlaps the network's address space ${hit.cidr}; accepted: a pool outside ${cidrs(space.known)}`));
    }
    if (out.length === 0) out.push(...[pool.unknown, space.unknown].filter((c): c is Check => c !== undefined));
    return out.length > 0 ? out : [pass()];
  },
};
