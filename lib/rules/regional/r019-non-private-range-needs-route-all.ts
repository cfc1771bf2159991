import { RegionalIntegrationModel, VnetModel } from '../../model/inventory';
import { isRfc1918, RFC1918_BLOCKS } from '../../net/cidr';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { given } from '../../model/fact';
import { readBoolean } from '../../model/read-boolean';
import { blocksOf, cidrs, unreadable } from '../shared/blocks';
import { checkOfProblem, isUnusable } from '../shared/readings';
import { routeAllSettings } from '../shared/route-all';

const PRIVATE = RFC1918_BLOCKS.map((b) => b.cidr).join(', ');

/** Without route-all, only private (RFC 1918) destinations are sent into the network. */
export const R019_NON_PRIVATE_RANGE_NEEDS_ROUTE_ALL: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R019',
  name: 'Regional.NonPrivateRangeNeedsRouteAll',
  level: 'warning',
  scope: 'regional-integration',
  reads: [
    { scope: 'regional-integration', path: 'routeAllTraffic', kind: 'boolean', when: { 'vnet.addressSpace': given('virtual network address space', ['10.0.0.0/16', '100.64.0.0/24']) } },
    { scope: 'regional-integration', path: 'vnet.addressSpace', kind: 'blocks', ipv6: 'ignored', when: { routeAllTraffic: given('routeAllTraffic', false) } },
    { scope: 'regional-integration', path: 'apps.0.routeAllEnabled', kind: 'boolean', when: { 'vnet.addressSpace': given('virtual network address space', ['10.0.0.0/16', '100.64.0.0/24']), 'apps.0.kind': 'imported', 'apps.0.routeAllEnabled': given('routeAllEnabled', true) } },
  ],
  source: {
    ...DOCS.overview,
    section: 'Regional VNet Integration (limitations: only addresses in the RFC 1918 range can be reached); How VNet Integration works',
    versions:
      'The 2019 integration page limits regional integration to RFC 1918 destinations and service endpoints. ' +
      'The 2025 networking features page adds routing all outbound traffic through the network (route-all, vnet_route_all_enabled), which lifts the limit. ' +
      'The rule follows both: the RFC 1918 limit still holds while route-all is off.',
  },
  summary:
    'With routeAllTraffic off, apps only send RFC 1918 and service endpoint traffic into the virtual network, so address ranges outside RFC 1918 in the integrated or a peered network cannot be reached.',
  fix: 'Keep routeAllTraffic on (the default), or use only RFC 1918 address space (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) in the networks the apps must reach.',
  description:
    'Regional integration decides per destination whether a call leaves through the integration subnet. ' +
    'Without route-all only private (RFC 1918) destinations and service endpoint traffic take that path; everything else goes straight to the internet from the shared outbound addresses. ' +
    'A virtual network that uses other ranges (for example 100.64.0.0/10 or a public block used privately) therefore looks connected but is unreachable from the apps, ' +
    'and the same holds for such ranges in a network peered with it. Route-all sends every outbound call into the network and lifts the limit. ' +
    'An app imported with WebAppReference keeps the route-all setting it has where it is managed (a swift connection does not change it), so the rule reads the routeAllEnabled its reference states, and reports unverified when it is not given. The rule reads the address space of the integrated network and of every network peered with it through VnetPeering or CrossRegionVnetAccess in any stack.',
  example: [
    "const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet-app', location: 'westeurope', resourceGroupName: rg.name, addressSpace: ['10.0.0.0/16', '100.64.0.0/24'] });",
    "new RegionalVnetIntegration(stack, 'Integration', {",
    "  plan, apps: [web], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26',",
    '  routeAllTraffic: true, // needed to reach 100.64.0.0/24',
    '});',
  ].join('\n'),
  check(s, inv) {
    const reached: { v: VnetModel; via: string }[] = [
      { v: s.vnet, via: 'the integrated network' },
      ...(inv.index.peeringNeighbours.get(s.vnet.key)?.edges ?? []).map((e) => ({ v: e.peer, via: `peered through ${e.path}` })),
    ];
    const settings = routeAllSettings(s).map((x) => ({ ...x, reading: readBoolean(x.fact) }));
    if (settings.every((x) => x.reading.state === 'known' && x.reading.value)) return [pass()];
    const problems: Check[] = [];
    const outside: string[] = [];
    for (const r of reached) {
      const b = blocksOf(r.v.addressSpace, `ranges outside RFC 1918 in ${r.v.label} (${r.via})`);
      problems.push(...unreadable(b));
      // IPv6 space is not RFC 1918 space, and not what this limit is about (App Service sends IPv4 into the network).
      const bad = b.ipv4.filter((x) => !isRfc1918(x));
      if (bad.length > 0) outside.push(`${r.v.label} (${r.via}) has ${cidrs(bad)}`);
    }
    if (outside.length === 0 && problems.length === 0) return [pass()];
    const out = [...problems];
    for (const x of settings) {
      const routeAll = x.reading;
      if (routeAll.state === 'known' && routeAll.value) continue;
      if (isUnusable(routeAll)) {
        out.push(checkOfProblem(routeAll, `whether ${x.who === 'the apps' ? 'the apps reach' : `${x.who} reaches`} ${outside.length > 0 ? outside.join('; ') : 'every range of the networks'}`, x.accepted));
      } else if (outside.length > 0) {
        out.push(x.who === 'the apps'
          ? fail(`routeAllTraffic is false, so only RFC 1918 destinations (${PRIVATE}) and service endpoints go through the virtual network, but ${outside.join('; ')}; accepted: routeAllTraffic true, or address spaces inside RFC 1918`)
          : fail(`route-all is off for ${x.who} (routeAllEnabled false), so only its RFC 1918 destinations (${PRIVATE}) and service endpoints go through the virtual network, but ${outside.join('; ')}; accepted: ${x.accepted}, or address spaces inside RFC 1918`));
      }
    }
    return out;
  },
};
