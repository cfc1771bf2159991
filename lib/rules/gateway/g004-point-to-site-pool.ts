import { whyUnknown } from '../../model/fact';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

/** The gateway needs a point-to-site address pool. */
export const G004_POINT_TO_SITE_POOL: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G004',
  name: 'Gateway.PointToSitePool',
  level: 'error',
  scope: 'point-to-site-gateway',
  source: { ...DOCS.gateway, section: SECTION.setup },
  summary: 'The gateway must have a point-to-site configuration with an address pool.',
  fix: 'Give the gateway a point-to-site address pool (pointToSiteAddressPool), for example ["172.16.201.0/24"].',
  description:
    'Each app instance receives its address from the point-to-site pool of the gateway, and that address is what the network sees as the source. Without a point-to-site configuration the network cannot be selected for integration at all.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    if (g.pointToSitePool.state === 'unresolved') return [unverified(`${whyUnknown(g.pointToSitePool)}. Accepted: one or more RFC 1918 blocks`)];
    if (g.pointToSitePool.state === 'missing') {
      return g.created ? [fail('the gateway has no point-to-site pool; accepted: one or more RFC 1918 blocks')] : [unverified(`${whyUnknown(g.pointToSitePool)}. Accepted: one or more RFC 1918 blocks`)];
    }
    return g.pointToSitePool.value!.length > 0 ? [pass()] : [fail('the point-to-site pool is empty; accepted: one or more RFC 1918 blocks such as "172.16.201.0/24"')];
  },
};
