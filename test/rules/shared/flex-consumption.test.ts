import { appKindKnown, flexPlan, isFlexApp } from '../../../lib/rules/shared/flex-consumption';
import { app, known, missing, plan, token } from '../../helpers/models';

describe('flexPlan', () => {
  test('FC1 in any case is a Flex Consumption plan; another SKU is not', () => {
    expect(flexPlan(plan({ skuName: known('plan SKU', 'FC1') }))).toBe('yes');
    expect(flexPlan(plan({ skuName: known('plan SKU', 'fc1') }))).toBe('yes');
    expect(flexPlan(plan({ skuName: known('plan SKU', 'P1v3') }))).toBe('no');
  });

  test('a SKU that cannot be read is unknown', () => {
    expect(flexPlan(plan({ skuName: token('plan SKU', 'var.sku') }))).toBe('unknown');
    expect(flexPlan(plan({ skuName: missing('plan SKU') }))).toBe('unknown');
  });
});

describe('isFlexApp and appKindKnown', () => {
  test('a Flex Consumption function app, or an imported app stated to be one', () => {
    expect(isFlexApp(app({ kind: 'azurerm_function_app_flex_consumption' }))).toBe(true);
    expect(isFlexApp(app({ kind: 'imported', flexConsumption: true }))).toBe(true);
    expect(isFlexApp(app({ kind: 'imported', flexConsumption: false }))).toBe(false);
    expect(isFlexApp(app())).toBe(false);
  });

  test('the kind of an imported app is known only when its reference states it', () => {
    expect(appKindKnown(app())).toBe(true);
    expect(appKindKnown(app({ kind: 'imported' }))).toBe(false);
    expect(appKindKnown(app({ kind: 'imported', flexConsumption: false }))).toBe(true);
  });
});
