import { vpnGatewaySkuFacts, vpnGatewaySkuNames } from '../../facts/vpn-gateway-sku';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { readString } from '../../model/read-text';
import { quote } from '../../text/describe-value';
import { checkOfProblem, isProblem, isUnusable } from '../shared/readings';

/** The SKU must be a VPN SKU, in a generation it exists in. */
export const G020_SKU_GENERATION: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G020',
  name: 'Gateway.SkuGeneration',
  level: 'error',
  scope: 'point-to-site-gateway',
  reads: [
    { scope: 'point-to-site-gateway', path: 'sku', kind: 'string' },
    { scope: 'point-to-site-gateway', path: 'generation', kind: 'string' },
  ],
  source: { ...DOCS.gateway, section: `${SECTION.setup} (create the VPN gateway)` },
  summary: 'The gateway SKU must be a VPN gateway SKU, and its generation one the SKU is offered in.',
  fix: 'Use a VPN SKU such as VpnGw1 (Generation1) or VpnGw2 and up (Generation2), or leave generation unset so PointToSiteGateway picks it.',
  description:
    'Point-to-site needs a VPN gateway SKU. Generation 1 covers VpnGw1 to VpnGw3 and Generation 2 covers VpnGw2 to VpnGw5; a pair outside that is refused when the gateway is created. The Basic SKU and the legacy Standard and HighPerformance SKUs cannot be created with the Standard public IP addresses Azure now requires.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    const sku = readString(g.sku);
    // An adopted gateway that states no SKU exists already: Azure accepted its SKU and generation.
    if (sku.state === 'missing' && !g.created) return [pass()];
    if (isUnusable(sku)) return [checkOfProblem(sku, 'gateway SKU', vpnGatewaySkuNames().join(', '))];
    const facts = vpnGatewaySkuFacts(sku.value);
    if (!facts) return [fail(`SKU ${quote(sku.value)} is not a VPN gateway SKU; accepted: ${vpnGatewaySkuNames().join(', ')}`)];
    const out: Check[] = [];
    if (g.created && facts.legacy) out.push(fail(`SKU "${facts.sku}" is a legacy SKU that cannot be created with a Standard public IP; accepted: ${vpnGatewaySkuNames().join(', ')}`));
    const generation = readString(g.generation);
    if (generation.state === 'known') {
      if (!facts.generations.some((x) => x.toLowerCase() === generation.value.toLowerCase())) {
        out.push(fail(`SKU "${facts.sku}" does not exist in ${quote(generation.value)}; accepted: ${facts.generations.join(' or ')}`));
      }
    } else if (isProblem(generation) && !(generation.state === 'missing' && !g.created)) {
      out.push(checkOfProblem(generation, `generation of SKU "${facts.sku}"`, facts.generations.join(' or ')));
    }
    return out.length > 0 ? out : [pass()];
  },
};
