import { GatewayIntegrationModel } from '../../model/gateway';
import { DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

/** Service endpoints are not reachable through gateway-required integration. */
export const G013_SERVICE_ENDPOINTS: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G013',
  name: 'Gateway.ServiceEndpoints',
  level: 'warning',
  scope: 'gateway-integration',
  source: { ...DOCS.gateway, section: SECTION.intro, versions: 'The 2019 page and the 2023 page agree.' },
  summary: 'Resources secured with service endpoints cannot be reached through gateway-required integration.',
  fix: 'Use private endpoints for those resources, or RegionalVnetIntegration with service endpoints on its subnet.',
  description:
    'Service endpoints admit traffic from a subnet of the network. Traffic from a gateway-required integration arrives from the point-to-site pool through the gateway, not from a subnet with the endpoint, so the resource rejects it.',
  example: GATEWAY_EXAMPLE,
  check(s) {
    const eps = s.serviceEndpointsExpected;
    return eps.length > 0
      ? [fail(`serviceEndpoints ${eps.map((e) => `"${e}"`).join(', ')} were given, but service endpoint-secured resources are not reachable this way; remove them and use private endpoints`)]
      : [pass()];
  },
};
