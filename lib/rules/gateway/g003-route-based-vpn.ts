import { PointToSiteGatewayModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { readString } from '../../model/read-text';
import { quote } from '../../text/describe-value';
import { checkOfProblem, isUnusable } from '../shared/readings';

/** The gateway must be a route-based VPN gateway. */
export const G003_ROUTE_BASED_VPN: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G003',
  name: 'Gateway.RouteBasedVpn',
  level: 'error',
  scope: 'point-to-site-gateway',
  reads: [
    { scope: 'point-to-site-gateway', path: 'gatewayType', kind: 'string' },
    { scope: 'point-to-site-gateway', path: 'vpnType', kind: 'string' },
  ],
  source: {
    ...DOCS.gateway,
    section: SECTION.setup,
    versions: 'The 2015 preview called it a dynamic routing gateway and ruled out static routing; 2019 and 2023 call it route-based. Same requirement.',
  },
  summary: 'The gateway must have type Vpn and vpn_type RouteBased; policy-based (static routing) gateways cannot serve point-to-site clients.',
  fix: 'Create the gateway with type "Vpn" and vpnType "RouteBased" (PointToSiteGateway does by default).',
  description:
    'Apps connect as point-to-site VPN clients. Azure offers point-to-site only on route-based VPN gateways; policy-based gateways (static routing in the 2015 wording) and ExpressRoute gateways cannot accept such clients, so the app would never connect.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    const out: Check[] = [];
    const type = readString(g.gatewayType);
    if (isUnusable(type)) out.push(checkOfProblem(type, 'gateway type', 'Vpn'));
    else if (type.value.toLowerCase() !== 'vpn') out.push(fail(`gateway type is ${quote(type.value)}; accepted: "Vpn"`));
    const vpn = readString(g.vpnType);
    if (isUnusable(vpn)) out.push(checkOfProblem(vpn, 'VPN type', 'RouteBased'));
    else if (vpn.value.toLowerCase() !== 'routebased') out.push(fail(`VPN type is ${quote(vpn.value)} (static routing); accepted: "RouteBased"`));
    return out.length > 0 ? out : [pass()];
  },
};
