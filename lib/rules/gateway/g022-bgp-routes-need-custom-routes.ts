import { PointToSiteGatewayModel } from '../../model/gateway';
import { isKnown, whyUnknown } from '../../model/fact';
import { DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE } from './common';

/** Routes a gateway learns over BGP never reach the apps on their own. */
export const G022_BGP_ROUTES_NEED_CUSTOM_ROUTES: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G022',
  name: 'Gateway.BgpRoutesNeedCustomRoutes',
  level: 'warning',
  scope: 'point-to-site-gateway',
  source: {
    ...DOCS.gateway,
    section: 'Access on-premises resources (BGP routes and custom routes for point-to-site clients)',
    versions: 'The 2019 integration page said BGP could not be used with the site-to-site connection at all; the 2023 gateway page (newer, wins) allows it but says on-premises BGP routes are not propagated to App Service and must be advertised as custom routes on the point-to-site configuration.',
  },
  summary: 'A gateway that runs BGP does not hand the routes it learns to the apps; they must be advertised as custom routes on the point-to-site configuration.',
  fix: 'List the on-premises ranges in customRoutes on the PointToSiteGateway (and as routes on the integration), or acknowledge the warning when the apps need no on-premises range.',
  description:
    'Apps connected through gateway-required integration are point-to-site clients of the gateway. When the gateway learns on-premises ranges over BGP from a site-to-site connection, those routes stay on the gateway: App Service does not receive them. The 2023 page asks for the ranges to be advertised to point-to-site clients as custom routes, so that the apps send that traffic into the network.',
  example: `${GATEWAY_EXAMPLE}
// On-premises ranges learned over BGP, advertised to the apps:
//   new PointToSiteGateway(this, 'Gateway', { ..., customRoutes: ['192.168.0.0/16'] });`,
  check(g) {
    const bgp = g.bgpEnabled;
    if (!isKnown(bgp)) return [unverified(`whether gateway ${g.path} runs BGP cannot be checked: ${whyUnknown(bgp)}`)];
    if (bgp.value && g.customRoutes.length === 0) {
      return [fail(`gateway ${g.path} runs BGP but advertises no custom routes to point-to-site clients, so on-premises ranges it learns do not reach the apps; accepted: customRoutes listing those ranges`)];
    }
    return [pass()];
  },
};
