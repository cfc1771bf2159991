import { Inventory, RegionalIntegrationModel, SubnetLink } from '../../model/inventory';
import { ResourceKey } from '../../model/resource-key';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';
import { pushTo } from '../shared/multimap';
import { samePlanByName } from '../shared/plan-identity';

/** One virtual interface per worker means one regional integration per plan. */
export const R012_ONE_INTEGRATION_PER_PLAN: InventoryRule = {
  id: 'VNI-R012',
  name: 'Deployment.OneRegionalIntegrationPerPlan',
  level: 'error',
  scope: 'inventory',
  reads: [],
  readsNoFacts: 'compares resource keys: the plans of the integrations and of apps connected by hand',
  source: { ...DOCS.overview, section: 'How VNet Integration works (one virtual interface per worker)' },
  summary: 'A plan has at most one regional integration; all its apps share it, including apps connected to a subnet by their own virtual_network_subnet_id or a swift connection.',
  fix: 'Add the apps to the existing integration with addApp(), or move them to another plan.',
  description:
    'Each worker of a plan carries a single virtual interface for regional integration, which means a plan can join exactly one subnet, and every app on the plan shares that connection. Declaring a second regional integration for the same plan asks for a second interface the platform cannot provide; apps that need another network belong on another plan. Apps connected by hand (their own virtual_network_subnet_id or a swift connection) count too: an app of the plan connected to a different subnet is a second integration. A plan declared as a resource and the same plan imported elsewhere by its ID (same name and resource group) count as one plan.',
  example: `const integration = new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [web], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26',
});
integration.addApp(api); // second app of the same plan joins the same integration`,
  check(inv: Inventory) {
    // Every lookup is a map hit, so the rule stays linear in the number of integrations and links.
    const first = new Map<ResourceKey, string>();
    const out: Check[] = [];
    // Earlier integrations by plan name and resource group; a bucket holds only plans of one name.
    const earlierByName = new Map<string, RegionalIntegrationModel[]>();
    const linksByPlan = new Map<ResourceKey, SubnetLink[]>();
    for (const l of inv.index.handWiredLinks) {
      if (l.planKey !== undefined) pushTo(linksByPlan, l.planKey, l);
    }
    for (const r of inv.regional) {
      const seen = first.get(r.plan.key);
      if (seen !== undefined) {
        out.push(fail(`plan ${r.plan.label} already has a regional integration at ${seen}; accepted: one RegionalVnetIntegration per plan (use addApp on ${seen})`, r.path));
        continue;
      }
      // A plan resource and a plan imported by its literal ID with the same name and resource group
      // are one plan under two handles.
      const name = r.plan.nameInGroup;
      const twin = name === undefined ? undefined : earlierByName.get(name)?.find((e) => samePlanByName(e.plan, r.plan));
      if (twin) {
        out.push(fail(`plan ${r.plan.label} and plan ${twin.plan.label} are the same plan (${r.plan.nameInGroup?.replace('@', ' in resource group ')}), which already has a regional integration at ${twin.path}; accepted: one RegionalVnetIntegration per plan (use addApp on ${twin.path})`, r.path));
        continue;
      }
      first.set(r.plan.key, r.path);
      if (name !== undefined) pushTo(earlierByName, name, r);
      // Apps of this plan that the user connected to another subnet by hand open a second integration.
      const elsewhere = (linksByPlan.get(r.plan.key) ?? []).filter((l) => l.subnetKey !== r.subnet.key);
      out.push(elsewhere.length > 0
        ? fail(`plan ${r.plan.label} is integrated through ${r.path}, but ${elsewhere.map((l) => l.path).join(', ')} connects an app of the same plan to another subnet; accepted: one integration subnet per plan (connect the app with addApp on ${r.path})`, r.path)
        : pass(r.path));
    }
    return out;
  },
};

