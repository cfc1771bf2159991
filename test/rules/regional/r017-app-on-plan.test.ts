import { R017_APP_ON_PLAN as R017 } from '../../../lib/rules/regional/r017-app-on-plan';
import { app, inventory, plan, regional } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { k } from '../../helpers/keys';
import { literalKey } from '../../../lib/model/resource-key';

const PLAN_ID = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan-we';
const OTHER_PLAN_ID = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan-other';
const lit = (id: string) => literalKey(id);

describe('VNI-R017 Regional.AppOnPlan', () => {
  test('Compliance', () => expect(kinds(checkSubject(R017, regional()))).toEqual(['pass']));
  test('Noncompliance: an app of another plan, with the rule ID', () => {
    const s = regional({ apps: [app({ planKey: k('plan-2'), label: 'Stack/Other' })] });
    expect(kinds(checkSubject(R017, s))).toEqual(['fail']);
    expect(evaluateRule(R017, inventory({ regional: [s] }))[0].message).toMatch(/^\[VNI-R017\] Regional\.AppOnPlan: app Stack\/Other runs on another plan/);
  });
  test('Unverified: service_plan_id not a plain reference', () => {
    expect(kinds(checkSubject(R017, regional({ apps: [app({ planKey: undefined })] })))).toEqual(['unverified']);
  });
});

describe('VNI-R017 Regional.AppOnPlan, imported apps and literal IDs (plain models)', () => {
  test('Compliance: an imported app naming the imported plan (IDs compare without case)', () => {
    const s = regional({ plan: plan({ key: lit(PLAN_ID) }), apps: [app({ kind: 'imported', planKey: lit(PLAN_ID.toUpperCase()) })] });
    expect(kinds(checkSubject(R017, s))).toEqual(['pass']);
  });
  test('Noncompliance: an imported app naming another plan', () => {
    const s = regional({ plan: plan({ key: lit(PLAN_ID) }), apps: [app({ kind: 'imported', label: 'Stack/Imported', planKey: lit(OTHER_PLAN_ID) })] });
    expect(kinds(checkSubject(R017, s))).toEqual(['fail']);
    expect(messages(checkSubject(R017, s))).toMatch(/app Stack\/Imported runs on another plan/);
  });
  test('an imported app without servicePlanId is unverified, not skipped', () => {
    const c = checkSubject(R017, regional({ apps: [app({ kind: 'imported', planKey: undefined })] }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/imported without servicePlanId/);
  });
  test('a literal plan ID against a plan resource of the app is unverified, not a failure', () => {
    const c = checkSubject(R017, regional({ plan: plan({ key: k('ref:Stack:azurerm_service_plan.Plan.id') }), apps: [app({ planKey: lit(PLAN_ID) })] }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/cannot be compared at synth time/);
  });
  test('a generated app whose service_plan_id is not a plain reference gets its own message', () => {
    const c = checkSubject(R017, regional({ apps: [app({ planKey: undefined })] }));
    expect(messages(c)).toBe('app Stack/Web: its service_plan_id is not a plain reference, so it cannot be matched with plan Stack/Plan');
  });
  test('the unverified message says which side is a literal ID and which a resource', () => {
    const literalApp = checkSubject(R017, regional({ plan: plan({ key: k('ref:Stack:azurerm_service_plan.Plan.id') }), apps: [app({ planKey: lit(PLAN_ID) })] }));
    expect(messages(literalApp)).toBe(
      "app Stack/Web names its plan by a literal ID and plan Stack/Plan is a resource of this app, so they cannot be compared at synth time; accepted: apps whose service_plan_id is Stack/Plan's ID",
    );
    const literalPlan = checkSubject(R017, regional({ plan: plan({ key: lit(PLAN_ID) }), apps: [app({ planKey: k('ref:Stack:azurerm_service_plan.Plan.id') })] }));
    expect(kinds(literalPlan)).toEqual(['unverified']);
    expect(messages(literalPlan)).toBe(
      "app Stack/Web names its plan by a reference and plan Stack/Plan by a literal ID, so they cannot be compared at synth time; accepted: apps whose service_plan_id is Stack/Plan's ID",
    );
  });
});
