import { NON_AZ_CREATION_STOPPED, NON_AZ_CREATION_STOPPED_EARLIER, vpnGatewaySkuFacts, vpnGatewaySkuNames } from '../../facts/vpn-gateway-sku';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { readString } from '../../model/read-text';
import { quote } from '../../text/describe-value';
import { checkOfProblem, isProblem, isUnusable } from '../shared/readings';

/** The SKU must be a VPN SKU Azure still creates, in a generation it exists in. */
export const G020_SKU_GENERATION: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G020',
  name: 'Gateway.SkuGeneration',
  level: 'error',
  scope: 'point-to-site-gateway',
  reads: [
    { scope: 'point-to-site-gateway', path: 'sku', kind: 'string' },
    { scope: 'point-to-site-gateway', path: 'generation', kind: 'string' },
  ],
  source: {
    ...DOCS.gateway,
    section: `${SECTION.setup} (create the VPN gateway)`,
    versions:
      `The documents name the Basic SKU (2023) and the VpnGw SKUs of their time. Newer pages decide which SKUs can still be created: "About VPN Gateway SKU consolidation and migration" (MicrosoftDocs azure-docs, articles/vpn-gateway/gateway-sku-consolidation.md, ms.date 02/03/2026) says new non-AZ VpnGw1-5 gateways cannot be created since ${NON_AZ_CREATION_STOPPED} (its 09/26/2024 version said ${NON_AZ_CREATION_STOPPED_EARLIER}) and that Basic is not retiring; "About gateway SKUs" (articles/vpn-gateway/about-gateway-skus.md, ms.date 06/11/2026) gives the generations (VpnGw1AZ Generation1 only; VpnGw2AZ and VpnGw3AZ both; VpnGw4AZ and VpnGw5AZ Generation2 only) and says a new Basic gateway takes a Standard public IP. The rule follows the newer pages: Basic and the AZ SKUs pass, a new non-AZ VpnGw1-5 gateway fails naming its AZ SKU, and an adopted one gets warning VNI-G024.`,
  },
  summary: 'A new gateway must use a VPN SKU Azure still creates (Basic or VpnGw1AZ to VpnGw5AZ), in a generation that SKU is offered in.',
  fix: 'Use an AZ SKU such as VpnGw1AZ (Generation1, the PointToSiteGateway default) or VpnGw2AZ and up (Generation2), or Basic (see VNI-G025), and leave generation unset so PointToSiteGateway picks it.',
  description:
    'Point-to-site needs a VPN gateway SKU. Azure stopped creating gateways on the non-AZ SKUs VpnGw1 to VpnGw5 and consolidates them into the zone-redundant AZ SKUs of the same tier (VpnGw2 becomes VpnGw2AZ). The legacy Standard and HighPerformance SKUs cannot be created either. Basic is still created (with a Standard public IP, which PointToSiteGateway always makes), with the limits rule VNI-G025 lists. Generation 1 covers Basic, VpnGw1AZ, VpnGw2AZ and VpnGw3AZ; Generation 2 covers VpnGw2AZ to VpnGw5AZ; a pair outside that is refused when the gateway is created. A gateway adopted with fromGatewayAttributes already exists, so only the SKU-generation pair is checked here; a non-AZ SKU on it gets warning VNI-G024.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    const sku = readString(g.sku);
    // An adopted gateway that states no SKU exists already: Azure accepted its SKU and generation.
    if (sku.state === 'missing' && !g.created) return [pass()];
    if (isUnusable(sku)) return [checkOfProblem(sku, 'gateway SKU', vpnGatewaySkuNames().join(', '))];
    const facts = vpnGatewaySkuFacts(sku.value);
    if (!facts) return [fail(`SKU ${quote(sku.value)} is not a VPN gateway SKU; accepted: ${vpnGatewaySkuNames().join(', ')}`)];
    const out: Check[] = [];
    if (g.created && facts.legacy) out.push(fail(`SKU "${facts.sku}" is a legacy SKU Azure no longer creates for VPN gateways; accepted: ${vpnGatewaySkuNames().join(', ')}`));
    if (g.created && facts.replacement) {
      out.push(fail(`SKU "${facts.sku}" is a non-AZ SKU: Azure has not created new VpnGw1-5 gateways since ${NON_AZ_CREATION_STOPPED}; accepted: "${facts.replacement}" (same tier, zone-redundant) or another of ${vpnGatewaySkuNames().join(', ')}`));
    }
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
