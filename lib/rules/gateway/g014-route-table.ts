import { GatewayIntegrationModel } from '../../model/gateway';
import { DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

/** Route tables do not steer gateway-required integration traffic. */
export const G014_ROUTE_TABLE: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G014',
  name: 'Gateway.RouteTable',
  level: 'warning',
  scope: 'gateway-integration',
  reads: [],
  readsNoFacts: 'judges whether a routeTable prop was given, which the construct knows',
  source: { ...DOCS.gateway, section: SECTION.routing },
  summary: 'Route tables do not affect the app traffic of gateway-required integration.',
  fix: 'Remove the routeTable prop; add plan routes with routes / addRoute() to send more address blocks into the network.',
  description:
    'With regional integration, route tables on the integration subnet steer the app’s outbound traffic. Gateway-required integration has no subnet of its own: which destinations go into the network is decided by the plan routes, and route tables play no part.',
  example: GATEWAY_EXAMPLE,
  check(s) {
    return s.routeTableGiven ? [fail('a routeTable was given, but route tables do not affect gateway-required integration traffic; it is not applied')] : [pass()];
  },
};
