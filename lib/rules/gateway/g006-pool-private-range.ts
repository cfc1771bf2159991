import { isKnown, whyUnknown } from '../../model/fact';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { isRfc1918, parseIpv4Cidr } from '../../net/cidr';
import { isUnresolved } from '../../adapter/tokens';
import { Check, DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

/** The point-to-site pool must be private address space. */
export const G006_POOL_PRIVATE_RANGE: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G006',
  name: 'Gateway.PoolPrivateRange',
  level: 'error',
  scope: 'point-to-site-gateway',
  source: { ...DOCS.gateway, section: `${SECTION.setup}; Troubleshooting` },
  summary: 'Every block of the point-to-site pool must lie in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.',
  fix: 'Choose a pool inside the RFC 1918 ranges, for example 172.16.201.0/24.',
  description:
    'App Service sends traffic into the network only for private (RFC 1918) destinations and sources. A pool outside those ranges gives the app addresses the platform will not route, and the troubleshooting section lists it as the first thing to check.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    if (!isKnown(g.pointToSitePool)) return g.pointToSitePool.state === 'missing' ? [pass()] : [unverified(whyUnknown(g.pointToSitePool))];
    const out: Check[] = [];
    for (const block of g.pointToSitePool.value) {
      if (isUnresolved(block)) {
        out.push(unverified(`a point-to-site pool block is an unresolved token. Accepted: blocks inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16`));
        continue;
      }
      const r = parseIpv4Cidr(block);
      if (!r.ok) out.push(fail(`point-to-site pool block ${JSON.stringify(block)} is not a CIDR block: ${r.reason}`));
      else if (!isRfc1918(r.block)) out.push(fail(`point-to-site pool block ${block} is not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
