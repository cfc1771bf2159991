import { G002_PLAN_TIER as rule } from '../../../lib/rules/gateway/g002-plan-tier';
import { integration, inventory, kinds, plan } from './models';
import { known, missing, token } from '../../helpers/models';

const withSku = (sku: string) => integration({ plan: plan({ skuName: known('sku', sku) }) });

describe('VNI-G002 Gateway.PlanTier', () => {
  test.each(['B1', 'S2', 'P1', 'P2v2', 'P1v3', 'P1mv3', 'P0v4', 'P3v4', 'P1mv4', 'P5mv4'])('Compliance: %s', (sku) => {
    expect(kinds(rule.check(withSku(sku), inventory()))).toEqual(['pass']);
  });
  test.each(['F1', 'D1', 'Y1', 'I1', 'I1v2', 'FC1'])('Noncompliance: %s', (sku) => {
    const [c] = rule.check(withSku(sku), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toContain(`"${sku}"`);
    expect(c.message).toMatch(/Accepted: Basic \(B1\)/);
  });
  test.each(['EP1', 'WS1', 'Q9', 'P4v4', 'P0mv4'])('undocumented or unknown %s is unverified', (sku) => {
    expect(kinds(rule.check(withSku(sku), inventory()))).toEqual(['unverified']);
  });
  test('the rule page cites the page that adds Premium v4', () => {
    expect(rule.source.versions).toMatch(/01\/30\/2026.*Premium v4/);
  });
  test('App Service Environment plan fails', () => {
    const [c] = rule.check(integration({ plan: plan({ appServiceEnvironmentId: known('ase', '/ase') }) }), inventory()) as any[];
    expect(c.message).toMatch(/App Service Environment/);
  });
  test.each(['', '  '])('Compliance: an empty App Service Environment ID (%j) is no App Service Environment', (id) => {
    expect(kinds(rule.check(integration({ plan: plan({ appServiceEnvironmentId: known('ase', id) }) }), inventory()))).toEqual(['pass']);
  });
  test('an App Service Environment ID that is a token is unverified beside the tier check', () => {
    const c = rule.check(integration({ plan: plan({ appServiceEnvironmentId: token('ase', 'var.ase') }) }), inventory()) as any[];
    expect(kinds(c)).toEqual(['unverified']);
    expect(c[0].message).toBe('whether plan stack/plan runs in an App Service Environment cannot be checked: ase is an unresolved token, known only at apply (from var.ase)');
  });
  test('a plan SKU that is not given is unverified, naming the plan tier and the accepted tiers', () => {
    const c = rule.check(integration({ plan: plan({ skuName: missing('plan SKU') }) }), inventory()) as any[];
    expect(kinds(c)).toEqual(['unverified']);
    expect(c[0].message).toMatch(/^plan tier cannot be checked: plan SKU was not given\. Accepted: Basic \(B1\)/);
  });
  test('an unknown SKU and an undocumented one say so', () => {
    const [unknownSku] = rule.check(withSku('Q9'), inventory()) as any[];
    expect(unknownSku.message).toMatch(/^plan SKU "Q9" is not a SKU this library knows\. Accepted: Basic \(B1\)/);
    const [undocumented] = rule.check(withSku('EP1'), inventory()) as any[];
    expect(undocumented.message).toMatch(/^plan SKU "EP1" \(.+\) is not named by the documents\. Documented as supported: Basic \(B1\)/);
  });
});
