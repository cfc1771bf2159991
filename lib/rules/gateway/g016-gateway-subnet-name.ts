import { GATEWAY_SUBNET_NAME } from '../../facts/vpn-gateway-sku';
import { isKnown, whyUnknown } from '../../model/fact';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

/** The gateway subnet must be called GatewaySubnet. */
export const G016_GATEWAY_SUBNET_NAME: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G016',
  name: 'Gateway.GatewaySubnetName',
  level: 'error',
  scope: 'point-to-site-gateway',
  source: { ...DOCS.gateway, section: `${SECTION.setup} (create the VPN gateway and subnet)` },
  summary: 'The subnet of the virtual network gateway must be named exactly GatewaySubnet.',
  fix: 'Name the gateway subnet "GatewaySubnet", or let PointToSiteGateway create it from gatewaySubnetAddressPrefix.',
  description:
    'Azure deploys virtual network gateways only into a subnet with the reserved name GatewaySubnet; any other name is refused when the gateway is created, after a long wait.',
  example: GATEWAY_EXAMPLE,
  check(g) {
    if (!isKnown(g.gatewaySubnetName)) return [unverified(`${whyUnknown(g.gatewaySubnetName)}. Accepted: "${GATEWAY_SUBNET_NAME}"`)];
    return g.gatewaySubnetName.value === GATEWAY_SUBNET_NAME ? [pass()] : [fail(`gateway subnet is named "${g.gatewaySubnetName.value}"; accepted: exactly "${GATEWAY_SUBNET_NAME}"`)];
  },
};
