/** VNI-R013 in synthesis (loads cdktf). Its unit tests on plain models are in r013-one-plan-per-subnet.test.ts, which the mutation check runs. */
import { AppServiceVirtualNetworkSwiftConnection } from '@cdktf/provider-azurerm/lib/app-service-virtual-network-swift-connection';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { Testing } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { RuleSuppressions } from '../../../lib/constructs/rule-suppressions';
import { planAndApp, stackIn, vnet } from '../../helpers/peering-fixtures';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

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
