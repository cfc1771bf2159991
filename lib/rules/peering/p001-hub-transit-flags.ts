import { PeeringModel } from '../../model/peering';
import { DOCS, SubjectRule } from '../rule';
import { checkTransitFlags } from './transit-flags';

/** The hub side of a gateway-transit peering must let the spoke in and offer its gateway. */
export const P001_HUB_TRANSIT_FLAGS: SubjectRule<PeeringModel> = {
  id: 'VNI-P001',
  name: 'Peering.HubTransitFlags',
  level: 'error',
  scope: 'peering',
  reads: [
    { scope: 'peering', path: 'sides.0.allowVirtualNetworkAccess', kind: 'boolean' },
    { scope: 'peering', path: 'sides.0.allowForwardedTraffic', kind: 'boolean' },
    { scope: 'peering', path: 'sides.0.allowGatewayTransit', kind: 'boolean' },
  ],
  source: {
    ...DOCS.gateway,
    section: 'Peering (step 1: the peering on the virtual network the app connects to)',
    versions: 'The 2019 integration page, the 2023 gateway page and its later revision list the same three settings for this side.',
  },
  summary: 'On the hub (the network with the point-to-site gateway) the peering must allow virtual network access, allow forwarded traffic and allow gateway transit.',
  fix: 'Set allow_virtual_network_access, allow_forwarded_traffic and allow_gateway_transit to true on the hub side, or let GatewayTransitPeering create the peering.',
  description:
    'With gateway-required integration the app reaches its network through the point-to-site gateway of that network. ' +
    'For the app to reach a second network peered with it, the peering created on the gateway network has to open the network to the peer, ' +
    'accept traffic that did not start in the peer (the app\'s traffic arrives from the point-to-site pool) and share its gateway with the peer. ' +
    'If any of the three is off, the app connects but the peered network stays unreachable.',
  example: [
    "// The hub (gateway) side; GatewayTransitPeering sets these for you.",
    "new VirtualNetworkPeering(stack, 'HubToSpoke', {",
    "  name: 'hub-to-spoke', resourceGroupName: rg.name, virtualNetworkName: hubVnet.name,",
    '  remoteVirtualNetworkId: spokeVnet.id,',
    '  allowVirtualNetworkAccess: true, allowForwardedTraffic: true, allowGatewayTransit: true,',
    '});',
  ].join('\n'),
  check(p) {
    return checkTransitFlags(p, 'hub', ['allowVirtualNetworkAccess', 'allowForwardedTraffic', 'allowGatewayTransit']);
  },
};
