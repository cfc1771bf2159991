/** VNI-R026 in synthesis (loads cdktf). Its unit tests on plain models are in r026-flex-consumption-plan.test.ts, which the mutation check runs. */
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { findings, newFlexApp, newPlan, newStack, newVnet, synthError } from '../../helpers/stacks';

describe('VNI-R026 Regional.FlexConsumptionPlan', () => {

  test('synth: a Flex Consumption app on FC1 passes, and on P1v3 fails synthesis', () => {
    const ok = newStack();
    const fc1 = newPlan(ok.stack, 'Plan', { osType: 'Linux', skuName: 'FC1' });
    new RegionalVnetIntegration(ok.stack, 'I', { plan: fc1, virtualNetwork: newVnet(ok.stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newFlexApp(ok.stack, fc1)] });
    expect(synthError(ok.app)).toBe('');
    expect(findings(ok.app, 'VNI-R026').map((f) => f.outcome)).toEqual(['pass']);

    const bad = newStack();
    const p1 = newPlan(bad.stack, 'Plan', { osType: 'Linux', skuName: 'P1v3' });
    new RegionalVnetIntegration(bad.stack, 'I', { plan: p1, virtualNetwork: newVnet(bad.stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newFlexApp(bad.stack, p1)] });
    expect(synthError(bad.app)).toMatch(/\[VNI-R026\].*Flex Consumption app on plan .*"P1v3"/);
  });
});
