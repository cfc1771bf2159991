import { integrationsOnNetwork } from '../../model/inventory-index';
import { ResourceKey } from '../../model/resource-key';
import { PeeringModel } from '../../model/peering';
import { containedInAny, IpBlock } from '../../net/cidr';
import { Check, DOCS, fail, notApplicable, pass, SubjectRule } from '../rule';
import { blocksOf, cidrs, unreadable } from '../shared/blocks';
import { pushTo } from '../shared/multimap';


/**
 * With gateway transit, apps reach the spoke only when their plan routes its range into the hub
 * (step 3 of the documents' peering steps). GatewayTransitPeering adds the routes itself; a
 * transit peering written with azurerm_virtual_network_peering resources does not.
 */
export const P008_SPOKE_RANGE_ROUTED_FROM_PLAN: SubjectRule<PeeringModel> = {
  id: 'VNI-P008',
  name: 'Peering.SpokeRangeRoutedFromPlan',
  level: 'warning',
  scope: 'peering',
  reads: [
    { scope: 'peering', path: 'sides.1.local.addressSpace', kind: 'blocks', ipv6: 'ignored' },
  ],
  source: {
    ...DOCS.gateway,
    section: 'Peering (step 3: add the address range of the peered network as a route of the plan\'s virtual network integration)',
    versions: 'The 2023 page and its later revision give the same three steps; the 2019 integration page lists the same route step for gateway-required integration with peering.',
  },
  summary: 'For a gateway-transit peering (hub allows gateway transit, spoke uses remote gateways), every gateway-required integration on the hub\'s gateway routes the spoke\'s address range from its plan.',
  fix: 'Use GatewayTransitPeering, which adds the spoke ranges as plan routes of every integration on the gateway, or add the spoke range to the integration (routes: [...], or integration.addRoute(...)).',
  description:
    'Gateway-required integration sends into the network only the ranges the network and the plan\'s routes name. ' +
    'A spoke peered with the hub is reached through the hub\'s gateway (gateway transit), but its range is not the hub\'s, so without a plan route the apps keep sending spoke traffic to the internet and the spoke looks unreachable although the peering flags are right. ' +
    'The rule compares the spoke\'s address space with the plan routes of every GatewayVnetIntegration whose gateway sits in the hub (routes added by any integration of the same plan count). ' +
    'It judges hand-written azurerm_virtual_network_peering pairs as well as GatewayTransitPeering with addPlanRoutes false. A spoke space that is a token is unverified, and so is a route that is a token unless the known routes already cover every spoke range.',
  example: [
    "// Either the construct, which adds the routes:",
    "new GatewayTransitPeering(hubStack, 'HubSpoke', { gateway, spokeVirtualNetwork: spokeVnet });",
    "// or, with hand-written peerings, the route on the integration:",
    "new GatewayVnetIntegration(appStack, 'Integration', { app, plan, gateway, routes: ['10.1.0.0/16'] });",
  ].join('\n'),
  check(p, inv) {
    if (p.purpose !== 'gateway-transit') return [notApplicable(`${p.path} is a plain peering, not a gateway-transit one`)];
    const hubSide = p.sides.find((s) => s.role === 'hub');
    const spokeSide = p.sides.find((s) => s.role === 'spoke');
    const hub = hubSide?.local ?? spokeSide?.remote;
    const spoke = spokeSide?.local ?? hubSide?.remote;
    if (!hub || !spoke) return [notApplicable(`${p.path} has no hub or spoke side in this app`)];
    const onHub = integrationsOnNetwork(inv, hub);
    if (onHub.length === 0) return [notApplicable(`no gateway-required integration of this app uses a gateway in hub ${hub.label}`)];
    const space = blocksOf(spoke.addressSpace, `whether the plans route the range of spoke ${spoke.label} into hub ${hub.label}`);
    const out: Check[] = [...unreadable(space)];
    const spaceKnown = out.length === 0;
    // Plan routes are shared by the integrations of one plan on one network: read them once per plan.
    const byPlan = new Map<ResourceKey, typeof onHub>();
    for (const g of onHub) pushTo(byPlan, g.plan.key, g);
    // What a plan's routes cover is the same for each of its integrations: worked out once per plan.
    const byPlanRoutes = new Map<ResourceKey, { routes: IpBlock[]; missingBlocks: IpBlock[]; someUnreadable: boolean }>();
    for (const g of onHub) {
      const group = byPlan.get(g.plan.key)!;
      let plan = byPlanRoutes.get(g.plan.key);
      if (!plan) {
        const routes: IpBlock[] = [];
        let someUnreadable = false;
        for (const x of group) {
          const b = blocksOf(x.routes, 'plan routes');
          if (x.routes.state !== 'unset' && unreadable(b).length > 0) someUnreadable = true;
          routes.push(...b.ipv4);
        }
        plan = { routes, missingBlocks: space.ipv4.filter((s) => !containedInAny(routes, s)), someUnreadable };
        byPlanRoutes.set(g.plan.key, plan);
      }
      const { routes, missingBlocks } = plan;
      // Routes that cannot be read are named in each integration's own words.
      const problems: Check[] = [];
      if (plan.someUnreadable) {
        for (const x of group) {
          if (x.routes.state !== 'unset') problems.push(...unreadable(blocksOf(x.routes, `whether ${g.path} routes the range of spoke ${spoke.label} (plan routes of ${x.path})`)));
        }
      }
      if (missingBlocks.length === 0) {
        // The known routes cover every spoke range: a route that is a token cannot undo that; a malformed one still fails.
        const failures = problems.filter((c) => c.kind === 'fail');
        out.push(...(failures.length > 0 ? failures : spaceKnown ? [pass()] : []));
      } else if (problems.length > 0) {
        out.push(...problems);
      } else {
        out.push(fail(`${p.path} peers spoke ${spoke.label} with hub ${hub.label} through gateway transit, but the plan of ${g.path} has no route for ${cidrs(missingBlocks)} (its routes: ${routes.length > 0 ? cidrs(routes) : 'none'}), so the apps do not send spoke traffic into the hub. Accepted: a plan route covering each spoke range (GatewayTransitPeering adds them; or routes / addRoute on the integration)`));
      }
    }
    return out.length > 0 ? out : [pass()];
  },
};

