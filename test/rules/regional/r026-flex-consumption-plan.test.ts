import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { R026_FLEX_CONSUMPTION_PLAN as rule } from '../../../lib/rules/regional/r026-flex-consumption-plan';
import { app, inventory, known, missing, plan, regional } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { findings, newFlexApp, newPlan, newStack, newVnet, synthError } from '../../helpers/stacks';

const flex = app({ kind: 'azurerm_function_app_flex_consumption', label: 'Stack/Flex' });
const withSku = (sku: string) => regional({ plan: plan({ skuName: known('plan SKU', sku) }), apps: [flex] });

describe('VNI-R026 Regional.FlexConsumptionPlan', () => {
  test('Compliance: a Flex Consumption app on FC1 (any case)', () => {
    expect(kinds(checkSubject(rule, withSku('FC1')))).toEqual(['pass']);
    expect(kinds(checkSubject(rule, withSku('fc1')))).toEqual(['pass']);
  });

  test('Not applicable without a Flex Consumption app', () => {
    expect(kinds(checkSubject(rule, regional()))).toEqual(['not-applicable']);
  });

  test('Noncompliance: a Flex Consumption app on a P1v3 plan, with the rule ID', () => {
    const s = withSku('P1v3');
    expect(messages(checkSubject(rule, s))).toMatch(/Stack\/Flex is a Flex Consumption app on plan .* with SKU "P1v3"; accepted: a plan with sku_name "FC1"/);
    expect(evaluateRule(rule, inventory({ regional: [s] }))[0].message).toMatch(/^\[VNI-R026\] Regional\.FlexConsumptionPlan:/);
  });

  test('Unverified: the plan SKU cannot be read', () => {
    expect(kinds(checkSubject(rule, regional({ plan: plan({ skuName: missing('plan SKU') }), apps: [flex] })))).toEqual(['unverified']);
  });

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
