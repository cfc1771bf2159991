import { R001_PLAN_TIER as rule } from '../../../lib/rules/regional/r001-plan-tier';
import { app, inventory, known, plan, regional, token } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const withSku = (sku: string) => regional({ plan: plan({ skuName: known('plan SKU (sku_name)', sku) }) });

describe('VNI-R001 Regional.PlanTier', () => {
  test.each(['B1', 'S2', 'P1v2', 'P2v3', 'P3mv3', 'EP1', 'WS1', 'P1'])('Compliance: %s', (sku) => {
    expect(kinds(checkSubject(rule, withSku(sku)))).toEqual(['pass']);
  });

  test.each([
    ['F1', 'Free'], ['D1', 'Shared'], ['SHARED', 'Shared'], ['Y1', 'Consumption'], ['I1', 'Isolated'], ['I2v2', 'IsolatedV2'],
  ])('Noncompliance: %s (%s)', (sku, tier) => {
    const c = checkSubject(rule, withSku(sku));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toContain(`"${sku}"`);
    expect(messages(c)).toContain(tier);
    expect(messages(c)).toMatch(/Accepted: Basic \(B1\), Standard/);
  });

  test('Noncompliance: the engine reports the rule ID, the construct and the tier', () => {
    const [f] = evaluateRule(rule, inventory({ regional: [withSku('F1')] }));
    expect(f.outcome).toBe('error');
    expect(f.message).toMatch(/^\[VNI-R001\] Regional\.PlanTier: plan SKU "F1" is on the Free tier.*Construct: Stack\/Integration/);
  });

  test('Noncompliance: a plan in an App Service Environment fails whatever the SKU', () => {
    const c = checkSubject(rule, regional({ plan: plan({ appServiceEnvironmentId: known('ase', '/subscriptions/x/ase') }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/App Service Environment/);
  });

  test('Unverified: a token, an unknown SKU and an undocumented tier are never a pass', () => {
    expect(kinds(checkSubject(rule, regional({ plan: plan({ skuName: token('sku') }) })))).toEqual(['unverified']);
    expect(messages(checkSubject(rule, withSku('Z9')))).toMatch(/"Z9" is not a SKU/);
  });

  test('Compliance: Premium v4 and its memory-optimised sizes (newer than the documents) pass', () => {
    for (const sku of ['P0v4', 'P1v4', 'P3v4', 'P1mv4', 'P5mv4']) expect(kinds(checkSubject(rule, withSku(sku)))).toEqual(['pass']);
    // A name of the v4 family that Azure does not offer is not a SKU the library knows.
    expect(kinds(checkSubject(rule, withSku('P9v4')))).toEqual(['unverified']);
  });

  describe('Flex Consumption (FC1), newer than the documents (issue 11)', () => {
    const fc1 = (apps: ReturnType<typeof app>[]) => regional({ plan: plan({ skuName: known('plan SKU (sku_name)', 'FC1') }), apps });
    const flexApp = app({ kind: 'azurerm_function_app_flex_consumption', label: 'Stack/Flex' });
    test('Compliance: FC1 whose apps are all Flex Consumption apps', () => {
      expect(kinds(checkSubject(rule, fc1([flexApp])))).toEqual(['pass']);
    });
    test('Noncompliance: FC1 with a web app (FC1 hosts Flex Consumption apps only)', () => {
      const c = checkSubject(rule, fc1([flexApp, app({ label: 'Stack/Web' })]));
      expect(kinds(c)).toEqual(['fail']);
      expect(messages(c)).toMatch(/"FC1" is a Flex Consumption plan.*Stack\/Web \(azurerm_windows_web_app\) is another kind/);
    });
    test('Unverified: FC1 with an imported app whose kind is not known', () => {
      const c = checkSubject(rule, fc1([app({ kind: 'imported', label: 'Stack/Imported' })]));
      expect(kinds(c)).toEqual(['unverified']);
      expect(messages(c)).toMatch(/Stack\/Imported is an imported app whose kind cannot be told/);
    });
    test('imported apps that say flexConsumption: true pass, false fails', () => {
      expect(kinds(checkSubject(rule, fc1([app({ kind: 'imported', flexConsumption: true })])))).toEqual(['pass']);
      expect(kinds(checkSubject(rule, fc1([app({ kind: 'imported', flexConsumption: false })])))).toEqual(['fail']);
    });
  });

  test('Unverified: an App Service Environment ID that is a token is not skipped', () => {
    const c = checkSubject(rule, regional({ plan: plan({ appServiceEnvironmentId: token('plan App Service Environment (app_service_environment_id)', 'var.ase_id') }) }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/App Service Environment \(app_service_environment_id\) is an unresolved token.*var\.ase_id/);
  });
});

describe('VNI-R001 messages and edge cases', () => {
  const ACCEPTED = 'Basic (B1), Standard (S1), Premium (P1), PremiumV2 (P1v2), PremiumV3 (P1v3)';

  test.each([[''], ['   ']])('Compliance: an App Service Environment ID that is empty (%j) is no environment', (id) => {
    expect(kinds(checkSubject(rule, regional({ plan: plan({ appServiceEnvironmentId: known('ase', id) }) })))).toEqual(['pass']);
  });

  test('Unverified: the App Service Environment check names the plan', () => {
    const c = checkSubject(rule, regional({ plan: plan({ appServiceEnvironmentId: token('ase', 'var.ase_id') }) }));
    expect(messages(c)).toBe('whether plan Stack/Plan runs in an App Service Environment cannot be checked: ase is an unresolved token, known only at apply (from var.ase_id)');
  });

  test('Unverified: a SKU that is a token says the plan tier cannot be checked and what is accepted', () => {
    const c = checkSubject(rule, regional({ plan: plan({ skuName: token('plan SKU (sku_name)', 'var.sku') }) }));
    expect(messages(c)).toMatch(/^plan tier cannot be checked: plan SKU \(sku_name\) is an unresolved token, known only at apply \(from var\.sku\)\. Accepted: Basic \(B1\), Standard \(S1\)/);
    expect(messages(c)).toContain(ACCEPTED);
  });

  test('Noncompliance: FC1 with two apps of another kind lists both', () => {
    const fc1 = regional({ plan: plan({ skuName: known('plan SKU (sku_name)', 'FC1') }), apps: [app({ label: 'Stack/Web' }), app({ label: 'Stack/Linux', kind: 'azurerm_linux_web_app' })] });
    const c = checkSubject(rule, fc1);
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toContain('but Stack/Web (azurerm_windows_web_app), Stack/Linux (azurerm_linux_web_app) are another kind. Accepted: Flex Consumption apps on FC1, or other apps on ');
  });

  test('Unverified: FC1 with two imported apps of unknown kind lists both', () => {
    const fc1 = regional({ plan: plan({ skuName: known('plan SKU (sku_name)', 'FC1') }), apps: [app({ kind: 'imported', label: 'Stack/A' }), app({ kind: 'imported', label: 'Stack/B' })] });
    const c = checkSubject(rule, fc1);
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toContain('is a Flex Consumption plan, and Stack/A, Stack/B are imported apps whose kind cannot be told');
  });
});
