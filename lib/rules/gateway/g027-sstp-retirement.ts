import { APP_SERVICE_P2S_PROTOCOL, SSTP_CONNECTIONS_STOP, SSTP_ENABLE_UNSUPPORTED_FROM } from '../../facts/vpn-gateway-sku';
import { given } from '../../model/fact';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { readStrings } from '../../model/read-strings';
import { Check, DOCS, fail, notApplicable, pass, SubjectRule } from '../rule';
import { checkOfProblem } from '../shared/readings';
import { SECTION } from './common';
import { PLATFORM } from './platform';

/** SSTP on VPN gateways is retiring; App Service's gateway-required integration speaks only SSTP. */
export const G027_SSTP_RETIREMENT: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G027',
  name: 'Gateway.SstpRetirement',
  level: 'warning',
  scope: 'point-to-site-gateway',
  // The baseline without SSTP passes; every gateway PointToSiteGateway accepts (VNI-G005) has SSTP.
  reads: [{ scope: 'point-to-site-gateway', path: 'protocols', kind: 'strings', when: { protocols: given('point-to-site protocols', ['IkeV2']) } }],
  source: {
    ...PLATFORM.sstp,
    section: 'SSTP retirement timeline',
    versions:
      `The App Service documents require an SSTP point-to-site configuration for gateway-required integration (${DOCS.gateway.document}, "${SECTION.setup}"), and its current page (ms.date 01/30/2026) retires the whole feature on 31 March 2027. The VPN Gateway page (09/29/2025) says enabling SSTP on a VPN gateway is unsupported from ${SSTP_ENABLE_UNSUPPORTED_FROM} and SSTP connections stop working on ${SSTP_CONNECTIONS_STOP}, on every SKU. This is a warning, not an error: the API may still accept the configuration, and the feature ends on the same date anyway.`,
  },
  summary: `SSTP on VPN gateways is retiring: enabling it is unsupported from ${SSTP_ENABLE_UNSUPPORTED_FROM}, and SSTP connections stop on ${SSTP_CONNECTIONS_STOP}; gateway-required integration speaks only SSTP.`,
  fix: 'Move the apps to RegionalVnetIntegration; to reach a network in another region use CrossRegionVnetAccess (regional integration plus global peering). Acknowledge this warning with a reason until then.',
  description:
    `App Service's gateway-required integration connects each app instance to the gateway with a point-to-site tunnel, and the App Service documents require that tunnel to be SSTP (VNI-G005 accepts SSTP only). Azure VPN Gateway is retiring SSTP: from ${SSTP_ENABLE_UNSUPPORTED_FROM} enabling SSTP on a gateway is unsupported, and on ${SSTP_CONNECTIONS_STOP} existing SSTP connections stop working; Microsoft recommends IKEv2 or OpenVPN, which App Service cannot use. A gateway created today with SSTP may therefore be refused, or work only until ${SSTP_CONNECTIONS_STOP}, the date App Service retires gateway-required integration too (VNI-G015). The warning is given on gateways the library creates; an adopted gateway keeps whatever it already has.`,
  example: `// Instead of a new point-to-site gateway: regional integration into a network in the app's
// region, plus global peering to the remote network.
new CrossRegionVnetAccess(this, 'Access', {
  plan, apps: [webApp], localVirtualNetwork: localVnet, subnetAddressPrefix: '10.1.4.0/26',
  remoteVirtualNetwork: remoteVnet,
});`,
  check(g) {
    if (!g.created) return [notApplicable('an adopted gateway keeps the protocols it already has')];
    const r = readStrings(g.protocols);
    if (r.state !== 'list') return [checkOfProblem(r, 'point-to-site protocols (whether SSTP is on)', 'a network reached by RegionalVnetIntegration or CrossRegionVnetAccess')];
    const out: Check[] = r.malformed.map((m) => fail(`point-to-site protocols: ${m.why}`));
    if (r.known.some((p) => p.toUpperCase() === APP_SERVICE_P2S_PROTOCOL)) {
      out.push(fail(`the gateway offers SSTP, which Azure VPN Gateway retires: enabling it is unsupported from ${SSTP_ENABLE_UNSUPPORTED_FROM} and SSTP connections stop on ${SSTP_CONNECTIONS_STOP}. Accepted: RegionalVnetIntegration, or CrossRegionVnetAccess for a network in another region`));
    } else if (r.unresolved.length > 0) {
      out.push(checkOfProblem(r.unresolved[0], 'point-to-site protocols (whether SSTP is on)'));
    }
    return out.length > 0 ? out : [pass()];
  },
};
