import { PointToSiteGatewayModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { readBlocks } from '../../model/read-blocks';
import { checkOfProblem } from '../shared/readings';

/** The gateway needs a point-to-site address pool. */
export const G004_POINT_TO_SITE_POOL: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G004',
  name: 'Gateway.PointToSitePool',
  level: 'error',
  scope: 'point-to-site-gateway',
  reads: [{ scope: 'point-to-site-gateway', path: 'pointToSitePool', kind: 'blocks', ipv6: 'ignored', presenceOnly: true }],
  source: { ...DOCS.gateway, section: SECTION.setup },
  summary: 'The gateway must have a point-to-site configuration with an address pool.',
  fix: 'Give the gateway a point-to-site address pool (pointToSiteAddressPool), for example ["172.16.201.0/24"].',
  description:
    'Each app instance receives its address from the point-to-site pool of the gateway, and that address is what the network sees as the source. Without a point-to-site configuration the network cannot be selected for integration at all.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    const pool = readBlocks(g.pointToSitePool);
    if (pool.state !== 'list') return [checkOfProblem(pool, 'point-to-site pool', 'one or more RFC 1918 blocks')];
    // Only whether there is a pool matters here (VNI-G006 and VNI-G007 judge its blocks): a block that is a token still is one.
    const out: Check[] = pool.malformed.map((m) => fail(`point-to-site pool: ${m.why}`));
    if (pool.items.length === 0) out.push(fail('the point-to-site pool is empty; accepted: one or more RFC 1918 blocks such as "172.16.201.0/24"'));
    return out.length > 0 ? out : [pass()];
  },
};
