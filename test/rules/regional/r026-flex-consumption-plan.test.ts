import { R026_FLEX_CONSUMPTION_PLAN as rule } from '../../../lib/rules/regional/r026-flex-consumption-plan';
import { app, inventory, known, missing, plan, regional } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

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
});
