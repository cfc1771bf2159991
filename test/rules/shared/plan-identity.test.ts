import { planIdentity, samePlanByName } from '../../../lib/rules/shared/plan-identity';
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

describe('samePlanByName', () => {
  const resource = plan({ key: k('ref:web:azurerm_service_plan.plan.id'), nameInGroup: 'asp@rg' });
  const imported = plan({ key: k('lit:/subscriptions/s/resourcegroups/rg/providers/microsoft.web/serverfarms/asp'), nameInGroup: 'asp@rg' });
  const literalId = (sub: string) => known<'string'>('id', `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.Web/serverFarms/asp`);

  test('a plan resource and a plan imported by literal ID of the same name and group match, either way round', () => {
    expect(samePlanByName(resource, imported)).toBe(true);
    expect(samePlanByName(imported, resource)).toBe(true);
  });

  test('a plan is not matched with itself, nor plans without a name, nor plans of different names', () => {
    expect(samePlanByName(resource, resource)).toBe(false);
    expect(samePlanByName(imported, imported)).toBe(false);
    // Both without a name: undefined equals undefined, but nothing says they are one plan.
    expect(samePlanByName({ ...resource, nameInGroup: undefined }, { ...imported, nameInGroup: undefined })).toBe(false);
    expect(samePlanByName({ ...resource, nameInGroup: undefined }, imported)).toBe(false);
    expect(samePlanByName(resource, { ...imported, nameInGroup: 'other@rg' })).toBe(false);
  });

  test('two plan resources, or two imported plans, are never matched by name', () => {
    expect(samePlanByName(resource, { ...resource, key: k('ref:batch:azurerm_service_plan.plan.id') })).toBe(false);
    expect(samePlanByName(imported, { ...imported, key: k('lit:/subscriptions/t/resourcegroups/rg/providers/microsoft.web/serverfarms/asp') })).toBe(false);
  });

  test('a subscription known on one side only does not keep them apart', () => {
    // The resource's subscription is unknown, the literal ID names one.
    expect(samePlanByName(resource, { ...imported, id: literalId('s') })).toBe(true);
    // The resource's provider names a subscription, the imported plan's ID is a token.
    expect(samePlanByName({ ...resource, subscriptionId: 's' }, imported)).toBe(true);
  });

  test('subscriptions compare without case; different ones keep them apart', () => {
    expect(samePlanByName({ ...resource, subscriptionId: 'abc' }, { ...imported, id: literalId('ABC') })).toBe(true);
    expect(samePlanByName({ ...resource, subscriptionId: 'abc' }, { ...imported, id: literalId('def') })).toBe(false);
  });

  test('a literal ID that is not a resource ID tells no subscription', () => {
    expect(samePlanByName({ ...resource, subscriptionId: 's' }, { ...imported, id: known('id', 'asp') })).toBe(true);
  });
});
