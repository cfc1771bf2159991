import { given } from '../../model/fact';
import { RegionalIntegrationModel } from '../../model/inventory';
import { readString } from '../../model/read-text';
import { quote } from '../../text/describe-value';
import { fail, notApplicable, pass, SubjectRule } from '../rule';
import { FLEX_CONSUMPTION_DOC, flexPlan, isFlexApp } from '../shared/flex-consumption';
import { checkOfProblem, isUnusable } from '../shared/readings';

/** A Flex Consumption function app integrates through its own FC1 plan only. */
export const R026_FLEX_CONSUMPTION_PLAN: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R026',
  name: 'Regional.FlexConsumptionPlan',
  level: 'error',
  scope: 'regional-integration',
  reads: [
    {
      scope: 'regional-integration',
      path: 'plan.skuName',
      kind: 'string',
      // Read only when the integration has a Flex Consumption app; compliant on FC1.
      when: { 'apps.0.kind': 'azurerm_function_app_flex_consumption', 'plan.skuName': given('plan SKU (sku_name)', 'FC1') },
    },
  ],
  source: {
    ...FLEX_CONSUMPTION_DOC,
    section: 'Flex Consumption plan (the plan SKU is FC1); the five documents predate the plan',
    versions:
      'None of the five documents knows Flex Consumption. hashicorp/terraform-provider-azurerm (internal/services/appservice/helpers/service_plan.go, v4.55.0) lists FC1 as the only Flex Consumption SKU, and its function_app_flex_consumption acceptance tests put every such app on an FC1 plan.',
  },
  summary: 'A Flex Consumption function app (azurerm_function_app_flex_consumption) must run on a Flex Consumption (FC1) plan.',
  fix: 'Put the Flex Consumption app on a service plan with sku_name "FC1", or use a Linux or Windows function app on a dedicated plan.',
  description:
    'azurerm_function_app_flex_consumption is the Flex Consumption hosting of Azure Functions. Its plan is an FC1 plan, and for it the integration subnet is delegated to Microsoft.App/environments. Given a plan of another tier, the integration would delegate the subnet to Microsoft.Web/serverFarms and Azure would refuse the app on that plan.',
  example: `const plan = new ServicePlan(stack, 'Plan', {
  name: 'asp-flex', resourceGroupName: rg.name, location: 'westeurope', osType: 'Linux', skuName: 'FC1',
});
const app = new FunctionAppFlexConsumption(stack, 'Fn', { /* ... */ servicePlanId: plan.id, siteConfig: {} });
new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.5.0/26',
});`,
  check(s) {
    const flexApps = s.apps.filter(isFlexApp);
    if (flexApps.length === 0) return [notApplicable('no Flex Consumption app in this integration')];
    const sku = readString(s.plan.skuName);
    if (isUnusable(sku)) return [checkOfProblem(sku, 'plan SKU', '"FC1"')];
    if (flexPlan(s.plan) === 'no') {
      return [fail(`${flexApps.map((a) => a.label).join(', ')} ${flexApps.length === 1 ? 'is a Flex Consumption app' : 'are Flex Consumption apps'} on plan ${s.plan.label} with SKU ${quote(sku.value)}; accepted: a plan with sku_name "FC1"`)];
    }
    return [pass()];
  },
};
