import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { Testing } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { SubnetLink } from '../../../lib/model/inventory';
import { R012_ONE_INTEGRATION_PER_PLAN as rule } from '../../../lib/rules/deployment/r012-one-integration-per-plan';
import { k } from '../../helpers/keys';
import { app, inventory, known, plan, regional, subnet, tree } from '../../helpers/models';
import { findingsOf, planAndApp, stackIn, vnet } from '../../helpers/peering-fixtures';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

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
});

describe('VNI-R012 through synthesis', () => {
  test('Noncompliance: an app of the plan wired by hand to another subnet', () => {
    const { app: cdk, stack } = newStack();
    const p = newPlan(stack);
    const v = newVnet(stack);
    new RegionalVnetIntegration(stack, 'I', { plan: p, virtualNetwork: v, subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, p)] });
    const second = new Subnet(stack, 'Second', { name: 'snet-second', resourceGroupName: 'rg', virtualNetworkName: v.name, addressPrefixes: ['10.0.5.0/26'] });
    const extra = newWindowsApp(stack, p, 'Extra');
    extra.virtualNetworkSubnetId = second.id;
    expect(synthError(cdk)).toMatch(/VNI-R012.*Stack\/Extra connects an app of the same plan to another subnet/);
  });

  test('Compliance: a second app of the plan wired by hand to the integration subnet', () => {
    const { app: cdk, stack } = newStack();
    const p = newPlan(stack);
    const i = new RegionalVnetIntegration(stack, 'I', { plan: p, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, p)] });
    const extra = newWindowsApp(stack, p, 'Extra');
    extra.virtualNetworkSubnetId = i.subnetId;
    expect(synthError(cdk)).toBe('');
    expect(findings(cdk, 'VNI-R012').map((f) => f.outcome)).toEqual(['pass']);
  });

  test('Noncompliance: two stacks each integrate the plan of a third', () => {
    const cdk = Testing.app();
    const plans = stackIn(cdk, 'plans');
    const sa = stackIn(cdk, 'a');
    const sb = stackIn(cdk, 'b');
    const { plan: p, app: site } = planAndApp(plans, 'Shared');
    new RegionalVnetIntegration(sa, 'Integration', { plan: p, apps: [site], virtualNetwork: vnet(sa, 'A', ['10.1.0.0/16']), subnetAddressPrefix: '10.1.0.0/26' });
    new RegionalVnetIntegration(sb, 'Integration', { plan: p, virtualNetwork: vnet(sb, 'B', ['10.2.0.0/16']), subnetAddressPrefix: '10.2.0.0/26' });
    expect(synthError(cdk)).toMatch(/\[VNI-R012\][^\n]*plan plans\/SharedPlan already has a regional integration at a\/Integration/);
    expect(findingsOf(cdk, 'VNI-R012').map((f) => [f.path, f.outcome])).toEqual([['a/Integration', 'pass'], ['b/Integration', 'error']]);
  });
});
