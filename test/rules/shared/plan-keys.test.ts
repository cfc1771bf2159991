import { comparePlanKeys } from '../../../lib/rules/shared/plan-keys';
import { k } from '../../helpers/keys';

describe('comparePlanKeys', () => {
  const ref = k('ref:web:azurerm_service_plan.plan.id');
  const other = k('ref:web:azurerm_service_plan.other.id');
  const literal = k('lit:/subscriptions/s/resourcegroups/rg/providers/microsoft.web/serverfarms/asp');
  test('a plan that cannot be told, on either side, is unknown', () => {
    expect(comparePlanKeys(undefined, ref)).toBe('unknown');
    expect(comparePlanKeys(ref, undefined)).toBe('unknown');
    expect(comparePlanKeys(undefined, undefined)).toBe('unknown');
  });
  test('one key is the same plan; two references are different plans', () => {
    expect(comparePlanKeys(ref, ref)).toBe('same');
    expect(comparePlanKeys(ref, other)).toBe('different');
  });
  test('a literal ID and a reference cannot be compared at synth time', () => {
    expect(comparePlanKeys(literal, ref)).toBe('unknown');
    expect(comparePlanKeys(ref, literal)).toBe('unknown');
  });
});
