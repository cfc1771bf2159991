import { GatewayIntegrationModel } from '../../model/gateway';
import { DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE } from './common';
import { comparePlanKeys } from '../shared/plan-keys';

/** The plan given must be the app's plan (routes and the five-network count are per plan). */
export const G021_APP_ON_PLAN: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G021',
  name: 'Gateway.AppOnPlan',
  level: 'error',
  scope: 'gateway-integration',
  reads: [],
  readsNoFacts: "compares resource keys: the app's service_plan_id against the plan",
  source: { ...DOCS.gateway, section: 'Manage virtual network integration (plan-level operations)' },
  summary: "The plan given to a GatewayVnetIntegration must be the plan the app runs on.",
  fix: "Pass the plan whose ID is the app's service_plan_id.",
  description:
    'Connections are made per app, but routes and the network count belong to the app’s plan. Giving another plan would put the routes on the wrong plan and skew the five-network limit.',
  example: GATEWAY_EXAMPLE,
  check(s) {
    if (s.app.planKey === undefined) {
      return [unverified(s.app.kind === 'imported'
        ? `app ${s.app.label} is imported without servicePlanId, so it cannot be matched with plan ${s.plan.label}; give servicePlanId in fromWebAppAttributes`
        : `app ${s.app.label}: its service_plan_id is not a plain reference, so it cannot be matched with plan ${s.plan.label}`)];
    }
    const same = comparePlanKeys(s.app.planKey, s.plan.key);
    if (same === 'unknown') {
      return [unverified(`app ${s.app.label} and plan ${s.plan.label} are named one by a literal ID and one as a resource of this app, so they cannot be compared at synth time; accepted: the plan whose ID is the app's service_plan_id`)];
    }
    return same === 'same' ? [pass()] : [fail(`app ${s.app.label} runs on another plan than ${s.plan.label}; accepted: the plan whose ID is the app's service_plan_id`)];
  },
};
