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

describe('VNI-R026 Regional.FlexConsumptionPlan: messages', () => {
  test('Noncompliance: two Flex Consumption apps are named together, in the plural', () => {
    const s = regional({ plan: plan({ skuName: known('plan SKU', 'P1v3') }), apps: [flex, app(), app({ kind: 'azurerm_function_app_flex_consumption', label: 'Stack/Flex2' })] });
    expect(messages(checkSubject(rule, s))).toBe('Stack/Flex, Stack/Flex2 are Flex Consumption apps on plan Stack/Plan with SKU "P1v3"; accepted: a plan with sku_name "FC1"');
  });
  test('Noncompliance: one Flex Consumption app, in the singular', () => {
    expect(messages(checkSubject(rule, withSku('P1v3')))).toBe('Stack/Flex is a Flex Consumption app on plan Stack/Plan with SKU "P1v3"; accepted: a plan with sku_name "FC1"');
  });
  test('not applicable: says there is no Flex Consumption app', () => {
    const [c] = checkSubject(rule, regional());
    expect((c as { message: string }).message).toBe('no Flex Consumption app in this integration');
  });
  test('a plan SKU nobody states: unverified, naming the attribute and FC1', () => {
    expect(messages(checkSubject(rule, regional({ plan: plan({ skuName: missing('plan SKU (sku_name)') }), apps: [flex] })))).toBe(
      'plan SKU cannot be checked: plan SKU (sku_name) was not given. Accepted: "FC1"',
    );
  });
});
