/** VNI-R012 and VNI-R013 also count apps connected to a subnet outside the integration constructs. */
import { AppServiceVirtualNetworkSwiftConnection } from '@cdktf/provider-azurerm/lib/app-service-virtual-network-swift-connection';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { SubnetLink } from '../../../lib/model/inventory';
import { R012_ONE_INTEGRATION_PER_PLAN as R012 } from '../../../lib/rules/deployment/r012-one-integration-per-plan';
import { R013_ONE_PLAN_PER_SUBNET as R013 } from '../../../lib/rules/deployment/r013-one-plan-per-subnet';
import { R014_ONE_FORM_PER_APP as R014 } from '../../../lib/rules/deployment/r014-one-integration-form-per-app';
import { RuleSuppressions } from '../../../lib/constructs/rule-suppressions';
import { inventory, regional, tree } from '../../helpers/models';
import { checkInventory, kinds, messages } from '../../helpers/rule-harness';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';
import { k } from '../../helpers/keys';

const integration = regional({ path: 'S/I' });
const link = (over: Partial<SubnetLink>): SubnetLink => ({ path: 'S/Other', type: 'azurerm_windows_web_app', appKey: k('app-9'), planKey: k('plan-1'), subnetKey: k('subnet-1'), ...over });
const withLinks = (...links: SubnetLink[]) => inventory({ regional: [integration], tree: tree({ subnetLinks: links }) });

describe('hand-wired apps on plain models', () => {
  test('Compliance: an app of the same plan wired by hand to the integration subnet', () => {
    expect(kinds(checkInventory(R012, withLinks(link({}))))).toEqual(['pass']);
    expect(kinds(checkInventory(R013, withLinks(link({}))))).toEqual(['pass']);
  });
  test('Compliance: the apps the integration wired itself are not counted', () => {
    // Either link would fail if it were counted (see the Noncompliance cases below).
    expect(kinds(checkInventory(R012, withLinks(link({ appKey: k('app-1'), subnetKey: k('subnet-7') }))))).toEqual(['pass']);
    expect(kinds(checkInventory(R013, withLinks(link({ appKey: k('app-1'), planKey: k('plan-2') }))))).toEqual(['pass']);
  });
  test('Noncompliance 1 (VNI-R012): an app of the plan wired to another subnet', () => {
    const c = checkInventory(R012, withLinks(link({ subnetKey: k('subnet-7') })));
    expect(kinds(c)).toEqual(['fail']);
    expect(c[0].path).toBe('S/I');
    expect(messages(c)).toMatch(/S\/Other connects an app of the same plan to another subnet; accepted: one integration subnet per plan/);
  });
  test('Noncompliance 2 (VNI-R013): an app of another plan wired to the integration subnet', () => {
    const c = checkInventory(R013, withLinks(link({ planKey: k('plan-2') })));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/S\/Other connects an app of another plan to integration subnet .*accepted: one plan per integration subnet/);
  });
  test('an app whose plan cannot be told is unverified (VNI-R013)', () => {
    const c = checkInventory(R013, withLinks(link({ planKey: undefined, appKey: k('lit:/subscriptions/x/sites/y') })));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/plan cannot be matched with plan/);
  });
});

describe('hand-wired apps through synthesis', () => {
  test('Compliance: a second app of the plan wired by hand to the integration subnet', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const i = new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    const extra = newWindowsApp(stack, plan, 'Extra');
    extra.virtualNetworkSubnetId = i.subnetId;
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R012').map((f) => f.outcome)).toEqual(['pass']);
    expect(findings(app, 'VNI-R013').map((f) => f.outcome)).toEqual(['pass']);
  });

  test('Noncompliance 1: an app of another plan in another stack set to the integration subnet fails VNI-R013 until overridden', () => {
    const build = (override: boolean) => {
      const { app, stack } = newStack();
      const other = newStack(app, 'Other').stack;
      const plan = newPlan(stack);
      const i = new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
      const otherPlan = newPlan(other, 'OtherPlan');
      const stray = newWindowsApp(other, otherPlan, 'Stray');
      stray.virtualNetworkSubnetId = i.subnetId;
      if (override) RuleSuppressions.overrideError(i, 'VNI-R013', 'Our scale units support multi-plan subnets (2024 release).');
      return app;
    };
    const err = synthError(build(false));
    expect(err).toMatch(/VNI-R013/);
    expect(err).toContain('Other/Stray connects an app of another plan');
    expect(synthError(build(true))).toBe('');
  });

  test('Noncompliance 2: a swift connection of another plan\'s app to the integration subnet fails VNI-R013', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const i = new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    const otherPlan = newPlan(stack, 'OtherPlan');
    const stray = newWindowsApp(stack, otherPlan, 'Stray');
    new AppServiceVirtualNetworkSwiftConnection(stack, 'StraySwift', { appServiceId: stray.id, subnetId: i.subnetId });
    expect(synthError(app)).toMatch(/VNI-R013.*Stack\/StraySwift connects an app of another plan/);
  });

  test('Noncompliance 3: an app of the plan wired by hand to another subnet fails VNI-R012', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const vnet = newVnet(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    const second = new Subnet(stack, 'Second', { name: 'snet-second', resourceGroupName: 'rg', virtualNetworkName: vnet.name, addressPrefixes: ['10.0.5.0/26'] });
    const extra = newWindowsApp(stack, plan, 'Extra');
    extra.virtualNetworkSubnetId = second.id;
    expect(synthError(app)).toMatch(/VNI-R012.*Stack\/Extra connects an app of the same plan to another subnet/);
  });
});

describe('hand-wired apps naming their plan by a literal ID', () => {
  test('a literal plan ID against a plan resource is unverified, not a failure (VNI-R013)', () => {
    const c = checkInventory(R013, withLinks(link({ planKey: k('lit:/subscriptions/s/resourcegroups/rg/providers/microsoft.web/serverfarms/p') })));
    expect(kinds(c)).toEqual(['unverified']);
  });
});

describe('VNI-R014 counts apps connected by hand as regional', () => {
  const gw = { path: 'S/Gw', app: { key: k('app-9'), label: 'S/Site' } } as any;
  test('Noncompliance: a gateway integration of an app that has its own swift connection', () => {
    const c = checkInventory(R014, inventory({ gatewayIntegrations: [gw], tree: tree({ subnetLinks: [link({ path: 'S/Swift', type: 'azurerm_app_service_virtual_network_swift_connection' })] }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/already integrated by S\/Swift \(regional, connected by hand\); this construct adds gateway-required/);
  });
  test('Compliance: a hand-wired link of another app', () => {
    const c = checkInventory(R014, inventory({ gatewayIntegrations: [gw], tree: tree({ subnetLinks: [link({ appKey: k('app-3') })] }) }));
    expect(kinds(c)).toEqual(['pass']);
  });
});
