import { vpnGatewaySkuFacts, ZONE_REDUNDANT_ZONES } from '../../facts/vpn-gateway-sku';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { readStrings } from '../../model/read-strings';
import { readString } from '../../model/read-text';
import { quote } from '../../text/describe-value';
import { Check, fail, notApplicable, pass, SubjectRule } from '../rule';
import { checkOfProblem, isUnusable } from '../shared/readings';
import { PLATFORM } from './platform';

const ALL = `[${ZONE_REDUNDANT_ZONES.map((z) => `"${z}"`).join(', ')}]`;

/** An AZ gateway is zone-redundant only with a zone-redundant public IP. */
export const G026_PUBLIC_IP_ZONE_REDUNDANT: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G026',
  name: 'Gateway.PublicIpZoneRedundant',
  level: 'warning',
  scope: 'point-to-site-gateway',
  reads: [
    { scope: 'point-to-site-gateway', path: 'sku', kind: 'string' },
    { scope: 'point-to-site-gateway', path: 'publicIpZones', kind: 'strings' },
  ],
  source: {
    ...PLATFORM.reliability,
    section: 'Resilience to availability zone failures (requirements)',
    versions:
      'The five documents do not speak of zones. The reliability page (11/18/2025) makes a gateway zone-redundant when it uses an AZ-capable SKU and Standard public IPs configured as zone-redundant. The older VPN pages (create-zone-redundant-vnet-gateway.md, ms.date 03/15/2024) call a Standard IP created without a zone zone-redundant, while azurerm\'s public_ip documentation says a Standard IP without zones is not zone-redundant; the library follows azurerm and gives the IP all three zones.',
  },
  summary: `The public IP of a gateway on an AZ SKU should be zone-redundant (zones = ${ALL}); no zones or a single zone leaves the gateway exposed to a zone failure.`,
  fix: `Leave publicIpZones unset (PointToSiteGateway gives an AZ SKU's IP ${ALL}), or acknowledge with a reason: a region without availability zones (publicIpZones: []), or a deliberately zonal gateway (one zone).`,
  description:
    'AZ SKUs spread the gateway\'s instances over availability zones, but only when its Standard public IP is zone-redundant too. In azurerm that is `zones = ["1", "2", "3"]` on azurerm_public_ip: the provider documents that a Standard IP without zones is not zone-redundant, and a single zone makes the gateway zonal (all its instances in that zone). PointToSiteGateway therefore gives the IP of an AZ SKU all three zones unless `publicIpZones` says otherwise. In a region without availability zones the IP cannot take zones: pass `publicIpZones: []` and acknowledge this warning. Zones of a public IP force its replacement (and so the gateway\'s), so choose them before the first apply. Basic gateways are never zone-redundant and get no zones. The library sees only the IP of a gateway it creates; an adopted gateway is not judged.',
  example: `new PointToSiteGateway(this, 'Gateway', {
  virtualNetwork: remoteVnet, gatewaySubnetAddressPrefix: '10.20.255.0/27', pointToSiteAddressPool: ['172.16.201.0/24'],
  sku: 'VpnGw2AZ', // publicIpZones defaults to ["1", "2", "3"]
});`,
  check(g) {
    if (!g.created) return [notApplicable('the library does not see the public IP of an adopted gateway')];
    const sku = readString(g.sku);
    if (isUnusable(sku)) return [checkOfProblem(sku, 'gateway SKU (whether its public IP needs zones)', `an AZ SKU with public IP zones ${ALL}`)];
    const facts = vpnGatewaySkuFacts(sku.value);
    if (!facts?.zoneRedundant) return [notApplicable(`SKU ${quote(sku.value)} is not an AZ SKU`)];
    const zones = readStrings(g.publicIpZones);
    if (zones.state === 'unset') return [fail(`public IP of AZ gateway (SKU "${facts.sku}") has no zones, so it is not zone-redundant; accepted: zones ${ALL}`)];
    if (zones.state !== 'list') return [checkOfProblem(zones, 'public IP zones', ALL)];
    const out: Check[] = zones.malformed.map((m) => fail(`public IP zones: ${m.why}`));
    if (zones.unresolved.length > 0) out.push(checkOfProblem(zones.unresolved[0], 'public IP zones', ALL));
    if (out.length > 0) return out;
    const lacking = ZONE_REDUNDANT_ZONES.filter((z) => !zones.known.includes(z));
    if (lacking.length === 0) return [pass()];
    const shown = `[${zones.known.map((z) => quote(z)).join(', ')}]`;
    return [fail(`public IP of AZ gateway (SKU "${facts.sku}") has zones ${shown}, so the gateway is ${zones.known.length === 0 ? 'not zone-redundant' : 'zonal, not zone-redundant'}; accepted: zones ${ALL}`)];
  },
};
