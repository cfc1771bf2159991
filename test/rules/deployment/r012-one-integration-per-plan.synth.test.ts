/** VNI-R012 in synthesis (loads cdktf). Its unit tests on plain models are in r012-one-integration-per-plan.test.ts, which the mutation check runs. */
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { Testing } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { findingsOf, planAndApp, stackIn, vnet } from '../../helpers/peering-fixtures';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

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
