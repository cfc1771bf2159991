import { APP_SERVICE_P2S_PROTOCOL } from '../../facts/vpn-gateway-sku';
import { isKnown, whyUnknown } from '../../model/fact';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

/** App Service connects over SSTP; other tunnel types must be off. */
export const G005_SSTP_ONLY: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G005',
  name: 'Gateway.SstpOnly',
  level: 'error',
  scope: 'point-to-site-gateway',
  source: {
    ...DOCS.gateway,
    section: SECTION.setup,
    versions: 'The documents say IKEv2 must be disabled and SSTP selected on gateways other than Basic; Basic supports SSTP only anyway. The rule applies whatever the SKU.',
  },
  summary: 'The point-to-site configuration must offer SSTP only: IkeV2 or OpenVPN in vpn_client_protocols is an error.',
  fix: 'Set vpnClientProtocols to ["SSTP"] (the PointToSiteGateway default).',
  description:
    'The VPN client App Service runs for the app speaks SSTP. When the gateway also offers IKEv2 (or OpenVPN) the documents require turning it off; a Basic gateway configured with IKEv2 is also known to end in a failed state. The library therefore accepts exactly SSTP on every SKU.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    if (!isKnown(g.protocols)) return [unverified(`${whyUnknown(g.protocols)}. Accepted: ["SSTP"]`)];
    const others = g.protocols.value.filter((p) => p.toUpperCase() !== APP_SERVICE_P2S_PROTOCOL);
    if (others.length > 0) return [fail(`vpn_client_protocols contains ${others.map((o) => `"${o}"`).join(', ')}; accepted: ["SSTP"] only`)];
    if (g.protocols.value.length === 0) return [fail('vpn_client_protocols is empty; accepted: ["SSTP"]')];
    return [pass()];
  },
};
