/** VNI-R017 in synthesis (loads cdktf). Its unit tests on plain models are in r017-app-on-plan.test.ts, which the mutation check runs. */
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { ServicePlanReference } from '../../../lib/references/service-plan-reference';
import { WebAppReference } from '../../../lib/references/web-app-reference';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

const PLAN_ID = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan-we';
const OTHER_PLAN_ID = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan-other';

describe('VNI-R017 through synthesis', () => {
  const build = (servicePlanId: string | undefined) => {
    const { app: cdkApp, stack } = newStack();
    const plan = ServicePlanReference.fromServicePlanAttributes(stack, 'Plan', { servicePlanId: PLAN_ID, location: 'westeurope', skuName: 'P1v3', osType: 'Windows' });
    const web = WebAppReference.fromWebAppAttributes(stack, 'App', { webAppId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a', location: 'westeurope', servicePlanId });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [web] });
    return cdkApp;
  };
  test('Compliance: the imported app names the integrated plan', () => {
    const a = build(PLAN_ID);
    expect(synthError(a)).toBe('');
    expect(findings(a, 'VNI-R017').map((f) => f.outcome)).toEqual(['pass']);
  });
  test('Noncompliance: the imported app names another plan', () => {
    expect(synthError(build(OTHER_PLAN_ID))).toMatch(/VNI-R017.*Stack\/App runs on another plan/);
  });
  test('no servicePlanId: unverified warning', () => {
    const a = build(undefined);
    expect(synthError(a)).toBe('');
    expect(findings(a, 'VNI-R017').map((f) => f.outcome)).toEqual(['unverified']);
  });
  test('a generated app with a literal plan ID on a generated plan is unverified, not an error', () => {
    const { app: cdkApp, stack } = newStack();
    const plan = newPlan(stack);
    const web = newWindowsApp(stack, plan);
    web.servicePlanId = PLAN_ID;
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [web] });
    expect(synthError(cdkApp)).toBe('');
    expect(findings(cdkApp, 'VNI-R017').map((f) => f.outcome)).toEqual(['unverified']);
  });
});
