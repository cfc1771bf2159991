import { PeeringModel } from '../../model/peering';
import { Check, DOCS, fail, notApplicable, pass, SubjectRule } from '../rule';
import { readBoolean } from '../../model/read-boolean';
import { checkOfProblem, isUnusable } from '../shared/readings';

/** A plain peering that blocks virtual network access carries none of the apps' traffic. */
export const P007_PEERING_ACCESS: SubjectRule<PeeringModel> = {
  id: 'VNI-P007',
  name: 'Peering.RegionalReachAcrossPeering',
  level: 'warning',
  scope: 'peering',
  reads: [
    { scope: 'peering', path: 'sides.0.allowVirtualNetworkAccess', kind: 'boolean', when: { purpose: 'plain' } },
    { scope: 'peering', path: 'sides.1.allowVirtualNetworkAccess', kind: 'boolean', when: { purpose: 'plain' } },
  ],
  source: {
    ...DOCS.features,
    section: 'Virtual network integration (access resources in peered virtual networks, including cross region connections)',
    versions:
      'The 2019 integration page says regional integration cannot reach resources across global (cross-region) peering; the 2025 networking features page says it can. ' +
      'The rule follows 2025: a peering to a network in another region is accepted, and CrossRegionVnetAccess builds on it. ' +
      'The 2019 page also said peering was not yet available to Linux apps; the 2025 page lists peered networks as reachable with no OS limit, so Linux apps are accepted too.',
  },
  summary: 'A plain peering used by regional integration must allow virtual network access on both sides; the peered network may be in another region.',
  fix: 'Leave allowVirtualNetworkAccess at its default (true) on the VnetPeering, or acknowledge the rule with a reason if the block is deliberate.',
  description:
    'Regional integration sends the apps\' traffic from their integration subnet into the network, and from there across any peering; no extra setting is needed for that. ' +
    'The one setting that stops it is virtual network access on either side of the peering: with it off, the peering exists but carries no traffic between the networks. ' +
    'Older guidance (2019) did not let regional integration reach across global peering; the 2025 guidance lists peered networks in other regions as reachable, ' +
    'which is what makes regional integration plus global peering the replacement for gateway-required integration.',
  example: [
    "const local = new VirtualNetwork(stack, 'Local', { name: 'vnet-we', location: 'westeurope', resourceGroupName: rg.name, addressSpace: ['10.1.0.0/16'] });",
    "const remote = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Remote', {",
    "  virtualNetworkId: '/subscriptions/<sub>/resourceGroups/rg-ne/providers/Microsoft.Network/virtualNetworks/vnet-ne',",
    "  location: 'northeurope', addressSpace: ['10.2.0.0/16'],",
    '});',
    "new VnetPeering(stack, 'Peering', { virtualNetwork: local, remoteVirtualNetwork: remote });",
  ].join('\n'),
  check(p: PeeringModel) {
    if (p.purpose !== 'plain') return [notApplicable(`${p.path} is a gateway-transit peering (VNI-P001 and VNI-P002 judge it)`)];
    const out: Check[] = [];
    for (const s of p.sides) {
      const access = readBoolean(s.allowVirtualNetworkAccess);
      if (isUnusable(access)) out.push(checkOfProblem(access, `virtual network access of ${s.path}`, 'true'));
      else if (!access.value) {
        out.push(fail(`${s.path} (on ${s.local.label}) has allow_virtual_network_access set to false, so apps integrated on one side cannot reach ${s.remote.label}; accepted: true`));
      }
    }
    if (p.sides.length === 0) return [notApplicable(`${p.path} has no side in this app`)];
    return out.length > 0 ? out : [pass()];
  },
};
