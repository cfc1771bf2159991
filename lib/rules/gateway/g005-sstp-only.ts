import { APP_SERVICE_P2S_PROTOCOL } from '../../facts/vpn-gateway-sku';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { readStrings } from '../../model/read-strings';
import { quote } from '../../text/describe-value';
import { checkOfProblem } from '../shared/readings';

/** App Service connects over SSTP; other tunnel types must be off. */
export const G005_SSTP_ONLY: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G005',
  name: 'Gateway.SstpOnly',
  level: 'error',
  scope: 'point-to-site-gateway',
  reads: [{ scope: 'point-to-site-gateway', path: 'protocols', kind: 'strings' }],
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
    const r = readStrings(g.protocols);
    if (r.state !== 'list') return [checkOfProblem(r, 'point-to-site protocols', '["SSTP"]')];
    const out: Check[] = r.malformed.map((m) => fail(`point-to-site protocols: ${m.why}`));
    const others = r.known.filter((p) => p.toUpperCase() !== APP_SERVICE_P2S_PROTOCOL);
    if (others.length > 0) out.push(fail(`vpn_client_protocols contains ${others.map((o) => quote(o)).join(', ')}; accepted: ["SSTP"] only`));
    if (r.unresolved.length > 0) out.push(checkOfProblem(r.unresolved[0], 'point-to-site protocols', '["SSTP"]'));
    if (out.length === 0 && r.known.length === 0) out.push(fail('vpn_client_protocols is empty; accepted: ["SSTP"]'));
    return out.length > 0 ? out : [pass()];
  },
};
