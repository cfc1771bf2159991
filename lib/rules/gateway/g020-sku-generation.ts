import { vpnGatewaySkuFacts, vpnGatewaySkuNames } from '../../facts/vpn-gateway-sku';
import { isKnown, whyUnknown } from '../../model/fact';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

/** The SKU must be a VPN SKU, in a generation it exists in. */
export const G020_SKU_GENERATION: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G020',
  name: 'Gateway.SkuGeneration',
  level: 'error',
  scope: 'point-to-site-gateway',
  source: { ...DOCS.gateway, section: `${SECTION.setup} (create the VPN gateway)` },
  summary: 'The gateway SKU must be a VPN gateway SKU, and its generation one the SKU is offered in.',
  fix: 'Use a VPN SKU such as VpnGw1 (Generation1) or VpnGw2 and up (Generation2), or leave generation unset so PointToSiteGateway picks it.',
  description:
    'Point-to-site needs a VPN gateway SKU. Generation 1 covers VpnGw1 to VpnGw3 and Generation 2 covers VpnGw2 to VpnGw5; a pair outside that is refused when the gateway is created. The Basic SKU and the legacy Standard and HighPerformance SKUs cannot be created with the Standard public IP addresses Azure now requires.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    if (!isKnown(g.sku)) return g.created ? [unverified(whyUnknown(g.sku))] : [pass()];
    const facts = vpnGatewaySkuFacts(g.sku.value);
    if (!facts) return [fail(`SKU "${g.sku.value}" is not a VPN gateway SKU; accepted: ${vpnGatewaySkuNames().join(', ')}`)];
    const out: Check[] = [];
    if (g.created && facts.legacy) out.push(fail(`SKU "${facts.sku}" is a legacy SKU that cannot be created with a Standard public IP; accepted: ${vpnGatewaySkuNames().join(', ')}`));
    if (isKnown(g.generation) && !facts.generations.some((x) => x.toLowerCase() === g.generation.value!.toLowerCase())) {
      out.push(fail(`SKU "${facts.sku}" does not exist in ${g.generation.value}; accepted: ${facts.generations.join(' or ')}`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
