import { AppServiceVirtualNetworkSwiftConnection } from '@cdktf/provider-azurerm/lib/app-service-virtual-network-swift-connection';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { Testing } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { RuleSuppressions } from '../../../lib/constructs/rule-suppressions';
import { SubnetLink } from '../../../lib/model/inventory';
import { R013_ONE_PLAN_PER_SUBNET as rule } from '../../../lib/rules/deployment/r013-one-plan-per-subnet';
import { k } from '../../helpers/keys';
import { app, inventory, known, plan, regional, subnet, tree } from '../../helpers/models';
import { planAndApp, stackIn, vnet } from '../../helpers/peering-fixtures';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

const a = regional({ path: 'S/A' });
const b = regional({ path: 'S/B', plan: plan({ key: k('plan-2'), label: 'S/Plan2' }), subnet: subnet({ key: k('subnet-2'), addressPrefixes: known('p', ['10.0.5.0/26']) }), apps: [app({ key: k('app-2'), planKey: k('plan-2') })] });
const link = (over: Partial<SubnetLink>): SubnetLink => ({ path: 'S/Other', type: 'azurerm_windows_web_app', appKey: k('app-9'), planKey: k('plan-1'), subnetKey: k('subnet-1'), ...over });
const withLinks = (...links: SubnetLink[]) => inventory({ regional: [regional({ path: 'S/I' })], tree: tree({ subnetLinks: links }) });

describe('VNI-R013 Deployment.OnePlanPerIntegrationSubnet', () => {
  test('Compliance', () => expect(kinds(checkInventory(rule, inventory({ regional: [a, b] })))).toEqual(['pass', 'pass']));

  test('Noncompliance: two plans, one subnet, with the rule ID', () => {
    const inv = inventory({ regional: [a, { ...b, subnet: subnet() }] });
    const c = checkInventory(rule, inv);
    expect(kinds(c)).toEqual(['pass', 'fail']);
    expect(messages(c)).toMatch(/already used by another plan through S\/A/);
    expect(evaluateRule(rule, inv)[1].message).toMatch(/^\[VNI-R013\] Deployment\.OnePlanPerIntegrationSubnet:/);
  });

  test('Flex Consumption (issue 11): FC1 plans may share a subnet; an FC1 plan and an App Service plan may not', () => {
    const fc1 = known('plan SKU', 'FC1');
    const flexA = { ...a, plan: { ...a.plan, skuName: fc1 as never } };
    const flexB = { ...b, subnet: subnet(), plan: { ...b.plan, skuName: fc1 as never } };
    expect(kinds(checkInventory(rule, inventory({ regional: [flexA, flexB] })))).toEqual(['pass', 'pass']);
    const mixed = checkInventory(rule, inventory({ regional: [flexA, { ...b, subnet: subnet() }] }));
    expect(kinds(mixed)).toEqual(['pass', 'fail']);
    expect(messages(mixed)).toMatch(/already used by another plan/);
  });

  test('apps connected by hand: the same plan passes, another plan fails, an unknown plan is unverified', () => {
    expect(kinds(checkInventory(rule, withLinks(link({}))))).toEqual(['pass']);
    expect(kinds(checkInventory(rule, withLinks(link({ appKey: k('app-1'), planKey: k('plan-2') }))))).toEqual(['pass']);
    expect(messages(checkInventory(rule, withLinks(link({ planKey: k('plan-2') }))))).toMatch(/S\/Other connects an app of another plan to integration subnet .*accepted: one plan per integration subnet/);
    const c = checkInventory(rule, withLinks(link({ planKey: undefined, appKey: k('lit:/subscriptions/x/sites/y') })));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/plan cannot be matched with plan/);
    expect(kinds(checkInventory(rule, withLinks(link({ planKey: k('lit:/subscriptions/s/resourcegroups/rg/providers/microsoft.web/serverfarms/p') }))))).toEqual(['unverified']);
  });
});

describe('VNI-R013 through synthesis', () => {
  test('Noncompliance: an app of another plan in another stack set to the integration subnet fails until overridden', () => {
    const build = (override: boolean) => {
      const { app: cdk, stack } = newStack();
      const other = newStack(cdk, 'Other').stack;
      const p = newPlan(stack);
      const i = new RegionalVnetIntegration(stack, 'I', { plan: p, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, p)] });
      const stray = newWindowsApp(other, newPlan(other, 'OtherPlan'), 'Stray');
      stray.virtualNetworkSubnetId = i.subnetId;
      if (override) RuleSuppressions.overrideError(i, 'VNI-R013', 'Our scale units support multi-plan subnets (2024 release).');
      return cdk;
    };
    const err = synthError(build(false));
    expect(err).toMatch(/VNI-R013/);
    expect(err).toContain('Other/Stray connects an app of another plan');
    const ok = build(true);
    expect(synthError(ok)).toBe('');
    expect(findings(ok, 'VNI-R013').map((f) => f.outcome)).toEqual(['overridden']);
  });

  test("Noncompliance: a swift connection of another plan's app to the integration subnet", () => {
    const { app: cdk, stack } = newStack();
    const p = newPlan(stack);
    const i = new RegionalVnetIntegration(stack, 'I', { plan: p, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, p)] });
    const stray = newWindowsApp(stack, newPlan(stack, 'OtherPlan'), 'Stray');
    new AppServiceVirtualNetworkSwiftConnection(stack, 'StraySwift', { appServiceId: stray.id, subnetId: i.subnetId });
    expect(synthError(cdk)).toMatch(/VNI-R013.*Stack\/StraySwift connects an app of another plan/);
  });

  test('Compliance: two plans in two stacks, each with its own subnet of the hub network', () => {
    const cdk = Testing.app();
    const hub = stackIn(cdk, 'hub');
    const web = stackIn(cdk, 'web');
    const api = stackIn(cdk, 'api');
    const hubVnet = vnet(hub, 'Hub', ['10.0.0.0/16']);
    const w = planAndApp(web, 'Web');
    const x = planAndApp(api, 'Api');
    new RegionalVnetIntegration(web, 'Integration', { plan: w.plan, apps: [w.app], virtualNetwork: hubVnet, subnetAddressPrefix: '10.0.2.0/26' });
    new RegionalVnetIntegration(api, 'Integration', { plan: x.plan, apps: [x.app], virtualNetwork: hubVnet, subnetAddressPrefix: '10.0.3.0/26' });
    expect(synthError(cdk)).toBe('');
    for (const id of ['VNI-R007', 'VNI-R012', 'VNI-R013', 'VNI-R014']) expect(findings(cdk, id).map((f) => f.outcome)).toEqual(['pass', 'pass']);
  });

  test('Noncompliance: plans in two stacks adopt one subnet of the hub stack', () => {
    const cdk = Testing.app();
    const hub = stackIn(cdk, 'hub');
    const web = stackIn(cdk, 'web');
    const api = stackIn(cdk, 'api');
    const hubVnet = vnet(hub, 'Hub', ['10.0.0.0/16']);
    const shared = new Subnet(hub, 'Integration', { name: 'snet-apps', resourceGroupName: 'rg-net', virtualNetworkName: hubVnet.name, addressPrefixes: ['10.0.4.0/26'] });
    const w = planAndApp(web, 'Web');
    const x = planAndApp(api, 'Api');
    new RegionalVnetIntegration(web, 'Integration', { plan: w.plan, apps: [w.app], virtualNetwork: hubVnet, subnet: shared });
    new RegionalVnetIntegration(api, 'Integration', { plan: x.plan, apps: [x.app], virtualNetwork: hubVnet, subnet: shared });
    expect(synthError(cdk)).toMatch(/\[VNI-R013\][^\n]*integration subnet hub\/Integration is already used by another plan through web\/Integration/);
  });
});
