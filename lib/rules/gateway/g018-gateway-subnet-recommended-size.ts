import { GATEWAY_SUBNET_RECOMMENDED_PREFIX } from '../../facts/vpn-gateway-sku';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { DOCS, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { checkGatewaySubnetSize } from '../shared/gateway-subnet-size';

/** /27 leaves room for later gateway configurations. */
export const G018_GATEWAY_SUBNET_RECOMMENDED_SIZE: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G018',
  name: 'Gateway.GatewaySubnetRecommendedSize',
  level: 'warning',
  scope: 'point-to-site-gateway',
  reads: [{ scope: 'point-to-site-gateway', path: 'gatewaySubnetPrefixes', kind: 'blocks', ipv6: 'ignored' }],
  source: { ...DOCS.gateway, section: `${SECTION.setup} (create the VPN gateway and subnet)` },
  summary: 'A GatewaySubnet smaller than /27 works but leaves no room for later configurations.',
  fix: 'Use a /27 (or larger) GatewaySubnet.',
  description:
    'Some gateway configurations (active-active, coexistence, larger SKUs) need more addresses in GatewaySubnet than a /28 or /29 provides, and the subnet cannot be resized while the gateway uses it. A /27 is the usual recommendation.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    return checkGatewaySubnetSize(g, GATEWAY_SUBNET_RECOMMENDED_PREFIX, 'is smaller than the recommended /27', 'unverified');
  },
};
