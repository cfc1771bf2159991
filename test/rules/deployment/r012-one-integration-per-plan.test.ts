import { SubnetLink } from '../../../lib/model/inventory';
import { R012_ONE_INTEGRATION_PER_PLAN as rule } from '../../../lib/rules/deployment/r012-one-integration-per-plan';
import { k } from '../../helpers/keys';
import { app, inventory, known, plan, regional, subnet, tree } from '../../helpers/models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const a = regional({ path: 'S/A' });
const b = regional({ path: 'S/B', plan: plan({ key: k('plan-2'), label: 'S/Plan2' }), subnet: subnet({ key: k('subnet-2'), addressPrefixes: known('p', ['10.0.5.0/26']) }), apps: [app({ key: k('app-2'), planKey: k('plan-2') })] });
const link = (over: Partial<SubnetLink>): SubnetLink => ({ path: 'S/Other', type: 'azurerm_windows_web_app', appKey: k('app-9'), planKey: k('plan-1'), subnetKey: k('subnet-1'), ...over });

describe('VNI-R012 Deployment.OneRegionalIntegrationPerPlan', () => {
  test('Compliance: one integration per plan', () => {
    expect(kinds(checkInventory(rule, inventory({ regional: [a, b] })))).toEqual(['pass', 'pass']);
  });

  test('Noncompliance: the second integration of a plan, with the rule ID', () => {
    const inv = inventory({ regional: [a, { ...b, plan: plan() }] });
    const c = checkInventory(rule, inv);
    expect(kinds(c)).toEqual(['pass', 'fail']);
    expect(c[1].path).toBe('S/B');
    expect(evaluateRule(rule, inv)[1].message).toMatch(/^\[VNI-R012\] Deployment\.OneRegionalIntegrationPerPlan: plan Stack\/Plan already has a regional integration at S\/A/);
  });

  test('Noncompliance 2: a plan resource and the same plan imported by its literal ID (same name and resource group)', () => {
    const generated = { ...a, plan: plan({ key: k('ref:web:plan.id'), nameInGroup: 'asp-web@rg-web' }) };
    const imported = { ...b, plan: plan({ key: k('lit:/subscriptions/x/resourcegroups/rg-web/providers/microsoft.web/serverfarms/asp-web'), label: 'batch/Plan', nameInGroup: 'asp-web@rg-web' }) };
    const c = checkInventory(rule, inventory({ regional: [generated, imported] }));
    expect(kinds(c)).toEqual(['pass', 'fail']);
    expect(messages(c)).toMatch(/same plan \(asp-web in resource group rg-web\)/);
  });

  test('Compliance 2: different names, or two plan resources, are not matched by name', () => {
    const generated = { ...a, plan: plan({ key: k('ref:web:plan.id'), nameInGroup: 'asp-web@rg-web' }) };
    const other = { ...b, plan: plan({ key: k('lit:/subscriptions/x/resourcegroups/rg-web/providers/microsoft.web/serverfarms/asp-batch'), nameInGroup: 'asp-batch@rg-web' }) };
    expect(kinds(checkInventory(rule, inventory({ regional: [generated, other] })))).toEqual(['pass', 'pass']);
    const twoResources = { ...b, plan: plan({ key: k('ref:other:plan.id'), nameInGroup: 'asp-web@rg-web' }) };
    expect(kinds(checkInventory(rule, inventory({ regional: [generated, twoResources] })))).toEqual(['pass', 'pass']);
  });

  test('apps connected by hand: to the integration subnet passes, to another subnet fails', () => {
    const withLinks = (...links: SubnetLink[]) => inventory({ regional: [regional({ path: 'S/I' })], tree: tree({ subnetLinks: links }) });
    expect(kinds(checkInventory(rule, withLinks(link({}))))).toEqual(['pass']);
    // The apps the integration wired itself are not counted.
    expect(kinds(checkInventory(rule, withLinks(link({ appKey: k('app-1'), subnetKey: k('subnet-7') }))))).toEqual(['pass']);
    const c = checkInventory(rule, withLinks(link({ subnetKey: k('subnet-7') })));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/S\/Other connects an app of the same plan to another subnet; accepted: one integration subnet per plan/);
  });
  test('Noncompliance: every app connected by hand to another subnet is named, separated by ", "', () => {
    const inv = inventory({ regional: [regional({ path: 'S/I' })], tree: tree({ subnetLinks: [link({ subnetKey: k('subnet-7') }), link({ path: 'S/Second', appKey: k('app-8'), subnetKey: k('subnet-8') })] }) });
    expect(messages(checkInventory(rule, inv))).toBe(
      'plan Stack/Plan is integrated through S/I, but S/Other, S/Second connects an app of the same plan to another subnet; accepted: one integration subnet per plan (connect the app with addApp on S/I)',
    );
  });
});
