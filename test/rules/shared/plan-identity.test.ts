import { planIdentity } from '../../../lib/rules/shared/plan-identity';
import { known, plan } from '../../helpers/models';
import { k } from '../../helpers/keys';

describe('planIdentity', () => {
  const resource = plan({ key: k('ref:web:azurerm_service_plan.plan.id'), nameInGroup: 'asp@rg' });
  const imported = plan({ key: k('lit:/subscriptions/s/resourcegroups/rg/providers/microsoft.web/serverfarms/asp'), nameInGroup: 'asp@rg' });
  test('an imported plan with the name and group of a plan resource gets its key', () => {
    expect(planIdentity([resource, imported])(imported)).toBe(resource.key);
  });
  test('other plans keep their key; two resources of one name make it ambiguous', () => {
    const other = plan({ key: k('lit:/subscriptions/s/resourcegroups/rg/providers/microsoft.web/serverfarms/other'), nameInGroup: 'other@rg' });
    expect(planIdentity([resource, other])(other)).toBe(other.key);
    const twin = plan({ key: k('ref:batch:azurerm_service_plan.plan.id'), nameInGroup: 'asp@rg' });
    expect(planIdentity([resource, twin, imported])(imported)).toBe(imported.key);
    expect(planIdentity([resource])(resource)).toBe(resource.key);
  });
  test('plans known to be in different subscriptions are not matched', () => {
    const inOtherSub = plan({ key: k('ref:web:azurerm_service_plan.plan.id'), nameInGroup: 'asp@rg', subscriptionId: 'other' });
    const lit = plan({ ...imported, id: known('id', '/subscriptions/S/resourceGroups/rg/providers/Microsoft.Web/serverFarms/asp') });
    expect(planIdentity([inOtherSub, lit])(lit)).toBe(lit.key);
    const sameSub = plan({ ...inOtherSub, subscriptionId: 's' });
    expect(planIdentity([sameSub, lit])(lit)).toBe(sameSub.key);
  });
});
