import { isUnresolved } from '../../adapter/tokens';
import { isKnown, whyUnknown } from '../../model/fact';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { overlaps, parseIpv4Cidr } from '../../net/cidr';
import { Check, DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

/** The pool must not overlap the network it leads into. */
export const G007_POOL_OUTSIDE_VNET: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G007',
  name: 'Gateway.PoolOutsideVnet',
  level: 'error',
  scope: 'point-to-site-gateway',
  source: { ...DOCS.gateway, section: `${SECTION.setup}; How gateway-required virtual network integration works` },
  summary: "The point-to-site pool must not overlap the network's address space.",
  fix: 'Pick a pool that shares no address with the network, for example 172.16.201.0/24 for a 10.x network.',
  description:
    'Clients of the gateway (the app instances) take addresses from the pool and reach the network through the gateway. Addresses that also belong to the network would be routed inside it instead of back to the gateway, so replies never reach the app.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    if (!isKnown(g.pointToSitePool)) return g.pointToSitePool.state === 'missing' ? [pass()] : [unverified(whyUnknown(g.pointToSitePool))];
    if (!isKnown(g.vnet.addressSpace)) return [unverified(`${whyUnknown(g.vnet.addressSpace)}, so the pool cannot be compared with it`)];
    const space = g.vnet.addressSpace.value.filter((c) => !isUnresolved(c)).map((c) => parseIpv4Cidr(c)).flatMap((r) => (r.ok ? [r.block] : []));
    if (space.length < g.vnet.addressSpace.value.length) return [unverified('part of the network address space is an unresolved token or not a CIDR block')];
    const out: Check[] = [];
    for (const block of g.pointToSitePool.value) {
      if (isUnresolved(block)) {
        out.push(unverified('a point-to-site pool block is an unresolved token'));
        continue;
      }
      const r = parseIpv4Cidr(block);
      if (!r.ok) continue; // VNI-G006 reports it
      const hit = space.find((s) => overlaps(s, r.block));
      if (hit) out.push(fail(`point-to-site pool block ${block} overlaps the network's address space ${hit.cidr}; accepted: a pool outside ${space.map((s) => s.cidr).join(', ')}`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
