import { SubnetLink } from '../../../lib/model/inventory';
import { R013_ONE_PLAN_PER_SUBNET as rule } from '../../../lib/rules/deployment/r013-one-plan-per-subnet';
import { k } from '../../helpers/keys';
import { app, inventory, known, plan, regional, subnet, tree } from '../../helpers/models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

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

describe('VNI-R013 Deployment.OnePlanPerIntegrationSubnet: plans sharing a subnet', () => {
  test('Compliance: two integrations of one plan on one subnet', () => {
    const sameP = regional({ path: 'S/A2', apps: [app({ key: k('app-3') })] });
    expect(kinds(checkInventory(rule, inventory({ regional: [a, sameP] })))).toEqual(['pass', 'pass']);
  });
  test('Noncompliance: an App Service plan first, then an FC1 plan on its subnet', () => {
    const flexB = { ...b, subnet: subnet(), plan: { ...b.plan, skuName: known<'string'>('plan SKU', 'FC1') } };
    const c = checkInventory(rule, inventory({ regional: [a, flexB] }));
    expect(kinds(c)).toEqual(['pass', 'fail']);
    expect(messages(c)).toBe('integration subnet Stack/Integration/Subnet is already used by another plan through S/A; accepted: one plan per integration subnet');
  });
});
