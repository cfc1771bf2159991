import { PointToSiteGatewayModel } from '../../model/gateway';
import { Inventory } from '../../model/inventory';
import { DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { readBoolean } from '../../model/read-boolean';
import { checkOfProblem } from '../shared/readings';

/** A network with an ExpressRoute gateway (coexistence included) cannot be used. */
export const G008_NO_EXPRESS_ROUTE: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G008',
  name: 'Gateway.NoExpressRoute',
  level: 'error',
  scope: 'point-to-site-gateway',
  reads: [{ scope: 'point-to-site-gateway', path: 'hasExpressRouteGateway', kind: 'boolean', when: { 'vnet.declared': false } }],
  source: {
    ...DOCS.gateway,
    section: `${SECTION.intro}; note on ExpressRoute`,
    versions: 'The 2019 page says resources across ExpressRoute cannot be reached; the 2023 page and its revision rule out any network with an ExpressRoute gateway, coexistence set-ups included.',
  },
  summary: 'The network must not have an ExpressRoute gateway, not even in a coexistence set-up with the VPN gateway.',
  fix: 'Use RegionalVnetIntegration (or an App Service Environment) to reach resources behind ExpressRoute, or use a network without an ExpressRoute gateway.',
  description:
    'Gateway-required integration does not work in a network that has an ExpressRoute gateway, even when a VPN gateway coexists with it. Regional integration and App Service Environments can reach resources behind ExpressRoute.',
  example: GATEWAY_EXAMPLE,
  check(g, inv: Inventory) {
    const found = [g.vnet.key, ...g.vnet.nameKeys].flatMap((k) => inv.tree.expressRouteGatewaysByVnet.get(k) ?? []);
    if (found.length > 0) {
      return [fail(`the network ${g.vnet.label} also has an ExpressRoute gateway (${[...new Set(found.map((f) => f.path))].join(', ')}); accepted: a network without ExpressRoute gateways`)];
    }
    const stated = readBoolean(g.hasExpressRouteGateway);
    if (stated.state === 'known') {
      return stated.value ? [fail(`the network ${g.vnet.label} has an ExpressRoute gateway (hasExpressRouteGateway is true); accepted: none`)] : [pass()];
    }
    // A network declared in this app has all its gateways in the construct tree too; an imported one may not.
    if (g.vnet.declared && stated.state !== 'malformed' && stated.state !== 'unresolved') return [pass()];
    return [checkOfProblem(stated.state === 'unset' ? { state: 'missing', why: `whether the network ${g.vnet.label}, which is managed outside this app, has an ExpressRoute gateway was not given` } : stated, `ExpressRoute gateways in the network ${g.vnet.label}`, 'a network without ExpressRoute gateways')];
  },
};
