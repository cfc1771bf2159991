import { GatewayIntegrationModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { readStrings } from '../../model/read-strings';
import { quote } from '../../text/describe-value';
import { checkOfProblem } from '../shared/readings';

/** Service endpoints are not reachable through gateway-required integration. */
export const G013_SERVICE_ENDPOINTS: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G013',
  name: 'Gateway.ServiceEndpoints',
  level: 'warning',
  scope: 'gateway-integration',
  reads: [{ scope: 'gateway-integration', path: 'serviceEndpointsExpected', kind: 'strings', presenceOnly: true }],
  source: { ...DOCS.gateway, section: SECTION.intro, versions: 'The 2019 page and the 2023 page agree.' },
  summary: 'Resources secured with service endpoints cannot be reached through gateway-required integration.',
  fix: 'Use private endpoints for those resources, or RegionalVnetIntegration with service endpoints on its subnet.',
  description:
    'Service endpoints admit traffic from a subnet of the network. Traffic from a gateway-required integration arrives from the point-to-site pool through the gateway, not from a subnet with the endpoint, so the resource rejects it.',
  example: GATEWAY_EXAMPLE,
  check(s) {
    const r = readStrings(s.serviceEndpointsExpected);
    if (r.state === 'unset') return [pass()];
    if (r.state !== 'list') return [checkOfProblem(r, 'service endpoints given to the integration')];
    const out: Check[] = r.malformed.map((m) => fail(`serviceEndpoints: ${m.why}`));
    if (r.known.length > 0 || r.unresolved.length > 0) {
      out.push(fail(`serviceEndpoints ${[...r.known.map((e) => quote(e)), ...r.unresolved.map((u) => `(${u.why})`)].join(', ')} were given, but service endpoint-secured resources are not reachable this way; remove them and use private endpoints`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
