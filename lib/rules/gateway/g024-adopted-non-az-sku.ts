import { NON_AZ_CREATION_STOPPED, NON_AZ_DEPRECATION, vpnGatewaySkuFacts } from '../../facts/vpn-gateway-sku';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { readString } from '../../model/read-text';
import { fail, notApplicable, pass, SubjectRule } from '../rule';
import { checkOfProblem, isUnusable } from '../shared/readings';
import { PLATFORM } from './platform';

/** An adopted gateway on a non-AZ VpnGw1-5 SKU must move to its AZ SKU. */
export const G024_ADOPTED_NON_AZ_SKU: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G024',
  name: 'Gateway.AdoptedNonAzSku',
  level: 'warning',
  scope: 'point-to-site-gateway',
  reads: [{ scope: 'point-to-site-gateway', path: 'sku', kind: 'string', when: { created: false } }],
  source: {
    ...PLATFORM.skuConsolidation,
    section: 'Timeline and FAQ (existing gateways on VpnGw1-5)',
    versions:
      `The five documents predate the consolidation and name no SKU retirement. The 02/03/2026 page: new non-AZ VpnGw1-5 gateways cannot be created since ${NON_AZ_CREATION_STOPPED} (the 09/26/2024 version said 1 January 2025); existing ones can be upgraded by their owners between September 2025 and September 2026 (the older version said Microsoft would migrate them itself); the deprecation is scheduled for ${NON_AZ_DEPRECATION}, after which these gateways accept no configuration or management changes. The rule follows the 02/03/2026 page.`,
  },
  summary: 'An adopted gateway on a non-AZ SKU (VpnGw1 to VpnGw5) must be upgraded to the AZ SKU of its tier: Azure no longer creates these SKUs and refuses changes to them after the deprecation.',
  fix: 'Upgrade the gateway where it is managed to the AZ SKU of the same tier (VpnGw1 to VpnGw1AZ, VpnGw2 to VpnGw2AZ, ...), with the portal, PowerShell or the Azure CLI; a gateway still on a Basic public IP moves to a Standard public IP first. Then state the new SKU in fromGatewayAttributes.',
  description:
    `Azure consolidates the VPN gateway SKUs: the non-AZ VpnGw1 to VpnGw5 SKUs are no longer created, and existing gateways on them are moved to the zone-redundant AZ SKU of the same tier (VpnGw1 becomes VpnGw1AZ). The move within a tier causes no downtime. Once the deprecation date (${NON_AZ_DEPRECATION}) has passed, a gateway still on a non-AZ SKU returns an error for configuration and management changes, so adding an app's root certificate or changing its point-to-site pool fails until it is upgraded. A gateway PointToSiteGateway creates is judged by VNI-G020 instead (an error there). A gateway adopted without its SKU is reported as unverified: state sku in fromGatewayAttributes.`,
  example: `const gateway = PointToSiteGateway.fromGatewayAttributes(this, 'HubGateway', {
  gatewayId: '/subscriptions/.../providers/Microsoft.Network/virtualNetworkGateways/vgw-hub',
  virtualNetwork: hubVnet,
  sku: 'VpnGw2AZ',                 // upgraded from VpnGw2 where the gateway is managed
  pointToSiteAddressPool: ['172.16.201.0/24'],
});`,
  check(g) {
    if (g.created) return [notApplicable('a gateway the library creates: VNI-G020 judges its SKU')];
    const sku = readString(g.sku);
    if (isUnusable(sku)) return [checkOfProblem(sku, 'SKU of the adopted gateway (whether it is a non-AZ SKU Azure retires)', 'an AZ SKU such as "VpnGw1AZ", or Basic')];
    const facts = vpnGatewaySkuFacts(sku.value);
    if (!facts?.replacement) return [pass()];
    return [
      fail(
        `adopted gateway uses SKU "${facts.sku}", a non-AZ SKU: Azure has not created it since ${NON_AZ_CREATION_STOPPED}, and after ${NON_AZ_DEPRECATION} a gateway on it refuses configuration and management changes. Upgrade path: move it to "${facts.replacement}" (same tier, no downtime) with the portal, PowerShell or the Azure CLI, then state sku: "${facts.replacement}"`,
      ),
    ];
  },
};
