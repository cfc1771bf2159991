/** VNI-R004 / VNI-R005 count the capacity maximum of autoscale settings that target the plan. */
import { MonitorAutoscaleSetting } from '@cdktf/provider-azurerm/lib/monitor-autoscale-setting';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { R004_SUBNET_CAPACITY as R004 } from '../../../lib/rules/regional/r004-subnet-capacity';
import { R005_SUBNET_SCALING_HEADROOM as R005 } from '../../../lib/rules/regional/r005-subnet-scaling-headroom';
import { inventory, known, regional, subnet, tree } from '../../helpers/models';
import { checkSubject, kinds, messages } from '../../helpers/rule-harness';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';
import { k } from '../../helpers/keys';

const s27 = regional({ subnet: subnet({ addressPrefixes: known('p', ['10.0.4.0/27']) }) });
const withAutoscale = (maximum: number | undefined) =>
  inventory({ regional: [s27], tree: tree({ autoscaleByTarget: new Map([[k('plan-1'), [{ path: 'Stack/Autoscale', maximum }]]]) }) });

describe('autoscale maximum on plain models (/27: 27 usable)', () => {
  test('Compliance: maximum 10 fits with headroom', () => {
    expect(kinds(checkSubject(R004, s27, withAutoscale(10)))).toEqual(['pass']);
    expect(kinds(checkSubject(R005, s27, withAutoscale(10)))).toEqual(['pass']);
  });
  test('Noncompliance 1 (VNI-R004): maximum 30 does not fit', () => {
    const c = checkSubject(R004, s27, withAutoscale(30));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/30 instances \(autoscale setting Stack\/Autoscale\) need 30 addresses/);
  });
  test('Noncompliance 2 (VNI-R005): maximum 20 fits but not while scaling', () => {
    expect(messages(checkSubject(R005, s27, withAutoscale(20)))).toMatch(/20 instances \(autoscale setting Stack\/Autoscale\) need 40 addresses while the plan scales/);
  });
  test('a maximum that is a token is unverified (VNI-R004)', () => {
    const c = checkSubject(R004, s27, withAutoscale(undefined));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/autoscale setting Stack\/Autoscale is an unresolved token/);
  });
  test('the higher of maxInstances and the autoscale maximum counts', () => {
    expect(kinds(checkSubject(R004, { ...s27, maxInstances: 5 }, withAutoscale(30)))).toEqual(['fail']);
  });
});

describe('autoscale maximum through synthesis', () => {
  const autoscale = (stack: TerraformStack, plan: ServicePlan, maximum: number, enabled?: boolean) =>
    new MonitorAutoscaleSetting(stack, 'Autoscale', {
      name: 'autoscale', resourceGroupName: 'rg', location: 'westeurope', targetResourceId: plan.id, enabled,
      profile: [{ name: 'default', capacity: { default: 2, minimum: 1, maximum } }],
    });
  const build = (maximum: number, enabled?: boolean) => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/27', apps: [newWindowsApp(stack, plan)] });
    autoscale(stack, plan, maximum, enabled);
    return app;
  };
  test('Compliance: maximum 10 in a /27', () => {
    const app = build(10);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R004').map((f) => f.outcome)).toEqual(['pass']);
  });
  test('Noncompliance 1: maximum 40 in a /27 fails VNI-R004', () => {
    expect(synthError(build(40))).toMatch(/VNI-R004.*40 instances \(autoscale setting Stack\/Autoscale\)/);
  });
  test('Noncompliance 2: maximum 20 in a /27 warns VNI-R005', () => {
    const app = build(20);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R005').map((f) => f.outcome)).toEqual(['warning']);
  });
  test('a disabled autoscale setting is not counted', () => {
    expect(synthError(build(40, false))).toBe('');
  });
  test('a token maximum is unverified', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/27', apps: [newWindowsApp(stack, plan)] });
    const max = new TerraformVariable(stack, 'max', { type: 'number' });
    autoscale(stack, plan, max.numberValue);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R004').map((f) => f.outcome)).toEqual(['unverified']);
  });
});
