import { PeeringModel } from '../../model/peering';
import { DOCS, SubjectRule } from '../rule';
import { checkTransitFlags } from './transit-flags';

/** The spoke side of a gateway-transit peering must accept the hub and use its gateway. */
export const P002_SPOKE_TRANSIT_FLAGS: SubjectRule<PeeringModel> = {
  id: 'VNI-P002',
  name: 'Peering.SpokeTransitFlags',
  level: 'error',
  scope: 'peering',
  reads: [
    { scope: 'peering', path: 'sides.1.allowVirtualNetworkAccess', kind: 'boolean' },
    { scope: 'peering', path: 'sides.1.allowForwardedTraffic', kind: 'boolean' },
    { scope: 'peering', path: 'sides.1.useRemoteGateways', kind: 'boolean' },
  ],
  source: {
    ...DOCS.gateway,
    section: 'Peering (step 2: the peering on the network peered to the one the app connects to)',
    versions: 'The 2019 integration page, the 2023 gateway page and its later revision list the same three settings for this side.',
  },
  summary: 'On the spoke (the network peered to the gateway network) the peering must allow virtual network access, allow forwarded traffic and use remote gateways.',
  fix: 'Set allow_virtual_network_access, allow_forwarded_traffic and use_remote_gateways to true on the spoke side, or let GatewayTransitPeering create the peering.',
  description:
    'The spoke network has no gateway of its own: return traffic to the app has to leave through the hub\'s point-to-site gateway. ' +
    'The peering created on the spoke therefore has to open the spoke to the hub, accept traffic forwarded from the point-to-site pool, ' +
    'and send traffic for that pool through the remote (hub) gateway. Without any one of them the app cannot reach the spoke.',
  example: [
    "// The spoke side; GatewayTransitPeering sets these for you and makes it wait for the hub side and the gateway.",
    "new VirtualNetworkPeering(stack, 'SpokeToHub', {",
    "  name: 'spoke-to-hub', resourceGroupName: rg.name, virtualNetworkName: spokeVnet.name,",
    '  remoteVirtualNetworkId: hubVnet.id,',
    '  allowVirtualNetworkAccess: true, allowForwardedTraffic: true, useRemoteGateways: true,',
    '  dependsOn: [hubToSpoke, gateway],',
    '});',
  ].join('\n'),
  check(p) {
    return checkTransitFlags(p, 'spoke', ['allowVirtualNetworkAccess', 'allowForwardedTraffic', 'useRemoteGateways']);
  },
};
