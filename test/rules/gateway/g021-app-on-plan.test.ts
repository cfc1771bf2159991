import { G021_APP_ON_PLAN as rule } from '../../../lib/rules/gateway/g021-app-on-plan';
import { app, integration, inventory, kinds } from './models';
import { k } from '../../helpers/keys';

describe('VNI-G021 Gateway.AppOnPlan', () => {
  test('Compliance: the app runs on the plan', () => {
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: another plan', () => {
    const [c] = rule.check(integration({ app: app({ planKey: k('other') }) }), inventory()) as any[];
    expect(c.message).toMatch(/runs on another plan/);
  });
});

describe('VNI-G021 when the plan cannot be matched', () => {
  test('an imported app without servicePlanId is unverified and says what to give', () => {
    const c = rule.check(integration({ app: app({ kind: 'imported', label: 'stack/imported', planKey: undefined }) }), inventory());
    expect(c).toEqual([{ kind: 'unverified', message: 'app stack/imported is imported without servicePlanId, so it cannot be matched with plan stack/plan; give servicePlanId in fromWebAppAttributes' }]);
  });
  test('a generated app whose service_plan_id is not a plain reference is unverified', () => {
    const c = rule.check(integration({ app: app({ planKey: undefined }) }), inventory());
    expect(c).toEqual([{ kind: 'unverified', message: 'app stack/web: its service_plan_id is not a plain reference, so it cannot be matched with plan stack/plan' }]);
  });
  test('a literal plan ID on the app against a plan resource of the app cannot be compared: unverified, not a fail', () => {
    const c = rule.check(integration({ app: app({ planKey: k('lit:/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan') }) }), inventory());
    expect(c).toEqual([{
      kind: 'unverified',
      message: "app stack/web and plan stack/plan are named one by a literal ID and one as a resource of this app, so they cannot be compared at synth time; accepted: the plan whose ID is the app's service_plan_id",
    }]);
  });
  test('Noncompliance: another plan, full message', () => {
    const c = rule.check(integration({ app: app({ planKey: k('ref:stack:azurerm_service_plan.other.id') }) }), inventory());
    expect(c).toEqual([{ kind: 'fail', message: "app stack/web runs on another plan than stack/plan; accepted: the plan whose ID is the app's service_plan_id" }]);
  });
});
