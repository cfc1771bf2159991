import { PointToSiteGatewayModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE } from './common';
import { given } from '../../model/fact';
import { readBoolean } from '../../model/read-boolean';
import { readBlocks } from '../../model/read-blocks';
import { checkOfProblem, isUnusable } from '../shared/readings';

/** Routes a gateway learns over BGP never reach the apps on their own. */
export const G022_BGP_ROUTES_NEED_CUSTOM_ROUTES: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G022',
  name: 'Gateway.BgpRoutesNeedCustomRoutes',
  level: 'warning',
  scope: 'point-to-site-gateway',
  reads: [
    { scope: 'point-to-site-gateway', path: 'bgpEnabled', kind: 'boolean' },
    { scope: 'point-to-site-gateway', path: 'customRoutes', kind: 'blocks', ipv6: 'ignored', presenceOnly: true, when: { bgpEnabled: given('BGP on the gateway', true) } },
  ],
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
    const bgp = readBoolean(g.bgpEnabled);
    // Not set on a generated gateway: azurerm's default, BGP off.
    if (bgp.state === 'unset' || (bgp.state === 'known' && !bgp.value)) return [pass()];
    if (isUnusable(bgp)) return [checkOfProblem(bgp, `whether gateway ${g.path} runs BGP`)];
    const none = fail(`gateway ${g.path} runs BGP but advertises no custom routes to point-to-site clients, so on-premises ranges it learns do not reach the apps; accepted: customRoutes listing those ranges`);
    const routes = readBlocks(g.customRoutes);
    if (routes.state === 'unset') return [none];
    if (routes.state !== 'list') return [checkOfProblem(routes, `custom routes of gateway ${g.path}, which runs BGP`)];
    // Only whether there are custom routes matters here: a route that is a token still is one.
    const out: Check[] = routes.malformed.map((m) => fail(`custom routes of gateway ${g.path}: ${m.why}`));
    if (routes.items.length === 0) out.push(none);
    return out.length > 0 ? out : [pass()];
  },
};
