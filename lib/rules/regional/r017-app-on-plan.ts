import { RegionalIntegrationModel } from '../../model/inventory';
import { Check, DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { isLiteralKey } from '../../model/resource-key';
import { comparePlanKeys } from '../shared/plan-keys';

/** Regional integration belongs to the plan: every app given must run on it. */
export const R017_APP_ON_PLAN: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R017',
  name: 'Regional.AppOnPlan',
  level: 'error',
  scope: 'regional-integration',
  reads: [],
  readsNoFacts: 'compares resource keys: the service_plan_id each app is configured with against the plan',
  source: { ...DOCS.overview, section: 'How VNet Integration works (one regional integration per plan, shared by its apps)' },
  summary: "Every app wired to a plan's integration must run on that plan.",
  fix: "Pass only apps whose service_plan_id is this plan's ID, or create one integration per plan.",
  description:
    'Regional integration belongs to the plan: the apps use it because they run on the plan\'s workers. An app hosted on a different plan is not on those workers and would not get the connection, so an integration may only list apps whose service_plan_id is its plan. Imported apps are matched through the servicePlanId given to WebAppReference.fromWebAppAttributes; without it, or when a literal plan ID meets a plan resource whose ID is only known after apply, the result is unverified.',
  example: `const app = new LinuxWebApp(stack, 'Web', {
  name: 'app-web', resourceGroupName: rg.name, location: plan.location,
  servicePlanId: plan.id, // the integration's plan
  siteConfig: {},
});
new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26',
});`,
  check(s) {
    const out: Check[] = [];
    for (const app of s.apps) {
      if (app.planKey === undefined) {
        out.push(unverified(app.kind === 'imported'
          ? `app ${app.label} is imported without servicePlanId, so it cannot be matched with plan ${s.plan.label}; give servicePlanId in fromWebAppAttributes`
          : `app ${app.label}: its service_plan_id is not a plain reference, so it cannot be matched with plan ${s.plan.label}`));
      } else if (comparePlanKeys(app.planKey, s.plan.key) === 'unknown') {
        // A literal plan ID on one side and a reference to a plan resource on the other: the ID is only known after apply.
        out.push(unverified(`app ${app.label} names its plan ${isLiteralKey(app.planKey) ? 'by a literal ID' : 'by a reference'} and plan ${s.plan.label} ${isLiteralKey(s.plan.key) ? 'by a literal ID' : 'is a resource of this app'}, so they cannot be compared at synth time; accepted: apps whose service_plan_id is ${s.plan.label}'s ID`));
      } else if (comparePlanKeys(app.planKey, s.plan.key) === 'different') {
        out.push(fail(`app ${app.label} runs on another plan than ${s.plan.label}; accepted: apps whose service_plan_id is ${s.plan.label}'s ID`));
      }
    }
    return out.length > 0 ? out : [pass()];
  },
};
