import { GATEWAY_SUBNET_MIN_PREFIX } from '../../facts/vpn-gateway-sku';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { DOCS, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { checkGatewaySubnetSize } from '../shared/gateway-subnet-size';

/** A gateway subnet smaller than /29 is refused. */
export const G017_GATEWAY_SUBNET_MINIMUM_SIZE: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G017',
  name: 'Gateway.GatewaySubnetMinimumSize',
  level: 'error',
  scope: 'point-to-site-gateway',
  reads: [{ scope: 'point-to-site-gateway', path: 'gatewaySubnetPrefixes', kind: 'blocks', ipv6: 'ignored' }],
  source: { ...DOCS.gateway, section: `${SECTION.setup} (create the VPN gateway and subnet)` },
  summary: 'The GatewaySubnet must be /29 or larger.',
  fix: 'Give the GatewaySubnet a /27 (or at least a /29) prefix.',
  description:
    'The gateway places its instances and their addresses in GatewaySubnet. Azure refuses a gateway subnet smaller than /29, and finds out only when the gateway is created, half an hour into the deployment.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    return checkGatewaySubnetSize(g, GATEWAY_SUBNET_MIN_PREFIX, 'is smaller than the /29 Azure requires', 'pass');
  },
};
