/** VNI-R004 in synthesis (loads cdktf). Its unit tests on plain models are in r004-subnet-capacity.test.ts, which the mutation check runs. */
import { MonitorAutoscaleSetting } from '@cdktf/provider-azurerm/lib/monitor-autoscale-setting';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

describe('VNI-R004 through synthesis', () => {
  const autoscale = (stack: TerraformStack, plan: ServicePlan, maximum: number, enabled?: boolean) =>
    new MonitorAutoscaleSetting(stack, 'Autoscale', {
      name: 'autoscale', resourceGroupName: 'rg', location: 'westeurope', targetResourceId: plan.id, enabled,
      profile: [{ name: 'default', capacity: { default: 2, minimum: 1, maximum } }],
    });
  const build = (maximum?: number, enabled?: boolean, maxInstances?: number) => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/27', apps: [newWindowsApp(stack, plan)], maxInstances });
    if (maximum !== undefined) autoscale(stack, plan, maximum, enabled);
    return { app, stack, plan };
  };

  test('Compliance: an autoscale maximum of 10 in a /27', () => {
    const { app } = build(10);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R004').map((f) => f.outcome)).toEqual(['pass']);
  });
  test('Noncompliance: an autoscale maximum of 40 in a /27 fails', () => {
    expect(synthError(build(40).app)).toMatch(/VNI-R004.*40 instances \(autoscale setting Stack\/Autoscale\)/);
  });
  test('a disabled autoscale setting is not counted', () => {
    expect(synthError(build(40, false).app)).toBe('');
  });
  test('a token autoscale maximum and a token maxInstances are unverified', () => {
    const { app, stack, plan } = build();
    const max = new TerraformVariable(stack, 'max', { type: 'number' });
    autoscale(stack, plan, max.numberValue);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R004').map((f) => f.outcome)).toEqual(['unverified']);

    const other = newStack();
    const p = newPlan(other.stack);
    const count = new TerraformVariable(other.stack, 'max_instances', { type: 'number' });
    new RegionalVnetIntegration(other.stack, 'I', { plan: p, virtualNetwork: newVnet(other.stack), subnetAddressPrefix: '10.0.4.0/27', apps: [newWindowsApp(other.stack, p)], maxInstances: count.numberValue });
    expect(synthError(other.app)).toBe('');
    const [f] = findings(other.app, 'VNI-R004');
    expect(f.outcome).toBe('unverified');
    expect(f.message).toMatch(/maxInstances is an unresolved token.*var\.max_instances/);
  });
});
