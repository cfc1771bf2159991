import { Inventory } from '../../model/inventory';
import { ResourceKey } from '../../model/resource-key';
import { Check, DOCS, fail, InventoryRule, pass, unverified } from '../rule';
import { comparePlanKeys } from '../shared/plan-keys';
import { FLEX_CONSUMPTION_HOW_TO, flexPlan } from '../shared/flex-consumption';
import { pushTo } from '../shared/multimap';

/** The 2019 page allows one plan per integration subnet; newer platform releases allow more. */
export const R013_ONE_PLAN_PER_SUBNET: InventoryRule = {
  id: 'VNI-R013',
  name: 'Deployment.OnePlanPerIntegrationSubnet',
  level: 'error',
  overridable: true,
  scope: 'inventory',
  reads: [],
  readsNoFacts: 'compares resource keys: the subnets and plans of the integrations and of apps connected by hand',
  source: {
    ...DOCS.overview,
    section: 'Regional VNet Integration (the integration subnet can be used by only one App Service plan)',
    versions: `The 2019 page limits a subnet to one plan. Newer platform releases let several plans share a subnet, which the later documents here do not cover; the rule stays an error and can be overridden with a reason. Flex Consumption (FC1) plans postdate the documents: the ${FLEX_CONSUMPTION_HOW_TO.document} (${FLEX_CONSUMPTION_HOW_TO.url}, "Enable virtual network integration") lets several Flex Consumption apps, each on its own FC1 plan, share one subnet delegated to Microsoft.App/environments, so integrations whose plans are all FC1 may share a subnet.`,
  },
  summary: 'Only one App Service plan may use an integration subnet, counting apps connected to it by their own virtual_network_subnet_id or a swift connection.',
  fix: 'Give each plan its own integration subnet, or override the rule with a reason if your scale units support multi-plan subnets.',
  description:
    'The 2019 overview limits an integration subnet to a single App Service plan: apps of another plan that need the same network must use a different subnet. Newer scale units can share one subnet between several plans, which is why this error may be overridden with a reason when you know your plans run on such units. Apps connected to the integration subnet by hand (their own virtual_network_subnet_id or a swift connection) count too; when such an app\'s plan cannot be told, the result is unverified.',
  example: `new RegionalVnetIntegration(stack, 'WebIntegration', {
  plan: webPlan, apps: [web], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26',
});
new RegionalVnetIntegration(stack, 'ApiIntegration', {
  plan: apiPlan, apps: [api], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.64/26',
});`,
  check(inv: Inventory) {
    const first = new Map<ResourceKey, { plan: ResourceKey; path: string; r: (typeof inv.regional)[number] }>();
    const found = new Map<string, Check[]>();
    const add = (path: string, c: Check) => pushTo(found, path, c);
    for (const r of inv.regional) {
      const seen = first.get(r.subnet.key);
      if (seen === undefined) {
        first.set(r.subnet.key, { plan: r.plan.key, path: r.path, r });
      } else if (seen.plan !== r.plan.key && !(flexPlan(seen.r.plan) === 'yes' && flexPlan(r.plan) === 'yes')) {
        add(r.path, fail(`integration subnet ${r.subnet.label} is already used by another plan through ${seen.path}; accepted: one plan per integration subnet`, r.path));
      }
    }
    // Apps connected to an integration subnet by hand: another plan's app is a second plan on the subnet.
    for (const l of inv.index.handWiredLinks) {
      const seen = first.get(l.subnetKey);
      const same = seen ? comparePlanKeys(l.planKey, seen.plan) : 'same';
      if (!seen || same === 'same') continue;
      const r = seen.r;
      add(r.path, same === 'unknown'
        ? unverified(`${l.path} connects an app to integration subnet ${r.subnet.label}, and the app's plan cannot be matched with plan ${r.plan.label} (an app managed outside this app, a service_plan_id that is not a plain reference, or a literal plan ID); accepted: only apps of plan ${r.plan.label}`, r.path)
        : fail(`${l.path} connects an app of another plan to integration subnet ${r.subnet.label}, which plan ${r.plan.label} uses through ${r.path}; accepted: one plan per integration subnet`, r.path));
    }
    const out: Check[] = [];
    for (const r of inv.regional) {
      const f = found.get(r.path);
      if (f) {
        out.push(...f);
        found.delete(r.path);
      } else out.push(pass(r.path));
    }
    return out;
  },
};
