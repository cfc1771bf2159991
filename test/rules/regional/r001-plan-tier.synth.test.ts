/** VNI-R001 in synthesis (loads cdktf). Its unit tests on plain models are in r001-plan-tier.test.ts, which the mutation check runs. */
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { TerraformVariable, Testing } from 'cdktf';
import { ServicePlanReference } from '../../../lib/references/service-plan-reference';
import { WebAppReference } from '../../../lib/references/web-app-reference';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

describe('VNI-R001 Regional.PlanTier', () => {

  describe('Flex Consumption (FC1), newer than the documents (issue 11)', () => {
    test('synth: WebAppReference with flexConsumption on an FC1 plan reference passes', () => {
      const { app: cdkApp, stack } = newStack();
      const fc1Plan = ServicePlanReference.fromServicePlanAttributes(stack, 'Plan', { servicePlanId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/asp-flex', skuName: 'FC1', osType: 'Linux', location: 'westeurope' });
      const fn = WebAppReference.fromWebAppAttributes(stack, 'Fn', { webAppId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/func-flex', flexConsumption: true, servicePlanId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/asp-flex', osType: 'Linux', location: 'westeurope' });
      new RegionalVnetIntegration(stack, 'I', { plan: fc1Plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [fn] });
      expect(synthError(cdkApp)).toBe('');
      expect(findings(cdkApp, 'VNI-R001').map((f) => f.outcome)).toEqual(['pass']);
      const subnet = Object.values<any>(JSON.parse(Testing.synth(stack)).resource.azurerm_subnet)[0];
      expect(subnet.delegation[0].service_delegation.name).toBe('Microsoft.App/environments');
    });
  });

  test('synth: a SKU from a variable is unverified and names the variable', () => {
    const { app, stack } = newStack();
    const sku = new TerraformVariable(stack, 'plan_sku', { type: 'string' });
    const p = newPlan(stack, 'Plan', { skuName: sku.stringValue });
    new RegionalVnetIntegration(stack, 'I', { plan: p, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, p)] });
    expect(synthError(app)).toBe('');
    const [f] = findings(app, 'VNI-R001');
    expect(f.outcome).toBe('unverified');
    expect(f.message).toMatch(/\[VNI-R001\].*plan SKU \(sku_name\) is an unresolved token.*from var\.plan_sku/);
  });
});
