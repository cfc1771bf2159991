import { GATEWAY_SUBNET_NAME } from '../../facts/vpn-gateway-sku';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { readString } from '../../model/read-text';
import { quote } from '../../text/describe-value';
import { checkOfProblem, isUnusable } from '../shared/readings';

/** The gateway subnet must be called GatewaySubnet. */
export const G016_GATEWAY_SUBNET_NAME: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G016',
  name: 'Gateway.GatewaySubnetName',
  level: 'error',
  scope: 'point-to-site-gateway',
  reads: [{ scope: 'point-to-site-gateway', path: 'gatewaySubnetName', kind: 'string' }],
  source: { ...DOCS.gateway, section: `${SECTION.setup} (create the VPN gateway and subnet)` },
  summary: 'The subnet of the virtual network gateway must be named exactly GatewaySubnet.',
  fix: 'Name the gateway subnet "GatewaySubnet", or let PointToSiteGateway create it from gatewaySubnetAddressPrefix.',
  description:
    'Azure deploys virtual network gateways only into a subnet with the reserved name GatewaySubnet; any other name is refused when the gateway is created, after a long wait.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    const name = readString(g.gatewaySubnetName);
    if (isUnusable(name)) return [checkOfProblem(name, 'gateway subnet name', `"${GATEWAY_SUBNET_NAME}"`)];
    return name.value === GATEWAY_SUBNET_NAME ? [pass()] : [fail(`gateway subnet is named ${quote(name.value)}; accepted: exactly "${GATEWAY_SUBNET_NAME}"`)];
  },
};
