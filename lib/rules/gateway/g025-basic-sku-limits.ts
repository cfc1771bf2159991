import { vpnGatewaySkuFacts } from '../../facts/vpn-gateway-sku';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { readString } from '../../model/read-text';
import { fail, notApplicable, pass, SubjectRule } from '../rule';
import { checkOfProblem, isUnusable } from '../shared/readings';
import { PLATFORM } from './platform';

/** The Basic SKU works for App Service, with limits worth knowing before choosing it. */
export const G025_BASIC_SKU_LIMITS: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G025',
  name: 'Gateway.BasicSkuLimits',
  level: 'warning',
  scope: 'point-to-site-gateway',
  reads: [{ scope: 'point-to-site-gateway', path: 'sku', kind: 'string' }],
  source: {
    ...PLATFORM.gatewaySkus,
    section: 'Gateway SKUs by feature set and by performance; Basic SKU notes',
    versions:
      'The 2023 gateway-required document names the Basic SKU for this feature (SSTP is what App Service speaks). Newer pages: the SKU consolidation page (ms.date 02/03/2026) says Basic is not retiring; the Basic public IP migration page (articles/vpn-gateway/basic-public-ip-migrate-about.md, ms.date 03/06/2026) and about-gateway-skus.md (06/11/2026) say a new Basic gateway takes a Standard public IP (older versions said Basic took only a Basic IP). VNI-G020 therefore accepts Basic on a new gateway (PointToSiteGateway always creates a Standard static IP), and this warning states its limits.',
  },
  summary: 'The Basic SKU is accepted, with limits: Generation1 only, about 100 Mbps, no BGP, no zone redundancy, no active-active, no resize to another SKU.',
  fix: 'Use VpnGw1AZ (the PointToSiteGateway default) or a larger AZ SKU for production, or acknowledge this warning with a reason (for example a dev/test gateway).',
  description: [
    'Azure still creates Basic VPN gateways, with a Standard static public IP, and Basic speaks SSTP, the only tunnel type App Service uses. Its limits, from "About gateway SKUs" (06/11/2026), and what each means here:',
    '',
    '- Generation1 only: `generation = "Generation2"` fails VNI-G020.',
    '- About 100 Mbps aggregate throughput, shared by every app connected through the gateway.',
    '- At most 128 SSTP point-to-site connections; SSTP has the same cap on every SKU, so this is no reason to leave Basic.',
    '- No BGP: VNI-G022 and transit routes learned over BGP do not apply; PointToSiteGateway sets enable_bgp = false anyway.',
    '- No IKEv2 or OpenVPN point-to-site, and no RADIUS: App Service needs neither (SSTP with certificates, VNI-G005), but the SSTP retirement (VNI-G027) leaves a Basic gateway no other protocol.',
    '- No zone redundancy and no active-active: PointToSiteGateway gives its public IP no zones and sets active_active = false.',
    '- Created only with PowerShell, the Azure CLI or the API, not in the portal: Terraform uses the API, so this does not stop `terraform apply`.',
    '- A Basic gateway cannot be resized to another SKU (the SKU upgrade page, ms.date 03/03/2026): moving to VpnGw1AZ means deleting and re-creating the gateway, which changes its public IP and drops every connection. azurerm plans such a SKU change as an in-place update that Azure refuses.',
    '- A lower SLA and limited support: Microsoft positions Basic for dev/test.',
  ].join('\n'),
  example: `// Production: an AZ SKU (the default).
new PointToSiteGateway(this, 'Gateway', {
  virtualNetwork: remoteVnet, gatewaySubnetAddressPrefix: '10.20.255.0/27', pointToSiteAddressPool: ['172.16.201.0/24'],
  sku: 'VpnGw1AZ',
});`,
  check(g) {
    const sku = readString(g.sku);
    // An adopted gateway without a stated SKU: VNI-G024 already asks for it.
    if (sku.state === 'missing' && !g.created) return [notApplicable('the adopted gateway states no SKU (VNI-G024 reports it)')];
    if (isUnusable(sku)) return [checkOfProblem(sku, 'gateway SKU (whether it is Basic, with its limits)', 'VpnGw1AZ or a larger AZ SKU')];
    if (vpnGatewaySkuFacts(sku.value)?.sku !== 'Basic') return [pass()];
    return [
      fail(
        'gateway uses the Basic SKU: Generation1 only, about 100 Mbps, no BGP, no zone redundancy, no active-active, no IKEv2/OpenVPN or RADIUS (App Service needs neither, but SSTP is retiring, VNI-G027), at most 128 SSTP connections (as on every SKU); it cannot be resized to another SKU, only deleted and re-created; Microsoft positions it for dev/test. Accepted without this warning: VpnGw1AZ or a larger AZ SKU',
      ),
    ];
  },
};
