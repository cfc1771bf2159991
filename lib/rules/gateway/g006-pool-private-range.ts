import { PointToSiteGatewayModel } from '../../model/gateway';
import { isRfc1918 } from '../../net/cidr';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { blocksOf, unreadable } from '../shared/blocks';

/** The point-to-site pool must be private address space. */
export const G006_POOL_PRIVATE_RANGE: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G006',
  name: 'Gateway.PoolPrivateRange',
  level: 'error',
  scope: 'point-to-site-gateway',
  reads: [{ scope: 'point-to-site-gateway', path: 'pointToSitePool', kind: 'blocks', ipv6: 'fail' }],
  source: { ...DOCS.gateway, section: `${SECTION.setup}; Troubleshooting` },
  summary: 'Every block of the point-to-site pool must lie in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.',
  fix: 'Choose a pool inside the RFC 1918 ranges, for example 172.16.201.0/24.',
  description:
    'App Service sends traffic into the network only for private (RFC 1918) destinations and sources. A pool outside those ranges gives the app addresses the platform will not route, and the troubleshooting section lists it as the first thing to check.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    const b = blocksOf(g.pointToSitePool, 'point-to-site pool range');
    const out: Check[] = unreadable(b);
    for (const block of b.known) {
      if (block.family === 'ipv6') out.push(fail(`point-to-site pool block ${block.cidr} is IPv6; accepted: IPv4 blocks inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16`));
      else if (!isRfc1918(block)) out.push(fail(`point-to-site pool block ${block.cidr} is not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
