import { R001_PLAN_TIER as rule } from '../../../lib/rules/regional/r001-plan-tier';
import { known, plan, regional, token } from '../../helpers/models';
import { checkSubject, kinds, messages } from '../../helpers/rule-harness';

describe('VNI-R001 Regional.PlanTier', () => {
  test.each(['B1', 'S2', 'P1v2', 'P2v3', 'P3mv3', 'EP1', 'WS1', 'P1'])('Compliance: %s', (sku) => {
    expect(kinds(checkSubject(rule, regional({ plan: plan({ skuName: known('sku', sku) }) })))).toEqual(['pass']);
  });

  test.each([
    ['F1', 'Free'], ['D1', 'Shared'], ['SHARED', 'Shared'], ['Y1', 'Consumption'], ['I1', 'Isolated'], ['I2v2', 'IsolatedV2'],
  ])('Noncompliance: %s (%s)', (sku, tier) => {
    const c = checkSubject(rule, regional({ plan: plan({ skuName: known('sku', sku) }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toContain(`"${sku}"`);
    expect(messages(c)).toContain(tier);
    expect(messages(c)).toMatch(/Accepted: Basic \(B1\), Standard/);
  });

  test('Noncompliance: a plan in an App Service Environment fails whatever the SKU', () => {
    const c = checkSubject(rule, regional({ plan: plan({ appServiceEnvironmentId: known('ase', '/subscriptions/x/ase') }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/App Service Environment/);
  });

  test('Unverified: a token, an unknown SKU and an undocumented tier are never a pass', () => {
    expect(kinds(checkSubject(rule, regional({ plan: plan({ skuName: token('sku') }) })))).toEqual(['unverified']);
    expect(messages(checkSubject(rule, regional({ plan: plan({ skuName: known('sku', 'Z9') }) })))).toMatch(/"Z9" is not a SKU/);
    expect(kinds(checkSubject(rule, regional({ plan: plan({ skuName: known('sku', 'P1v4') }) })))).toEqual(['unverified']);
    expect(kinds(checkSubject(rule, regional({ plan: plan({ skuName: known('sku', 'FC1') }) })))).toEqual(['unverified']);
  });
});
