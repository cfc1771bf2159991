import { APP_ENVIRONMENTS_DELEGATION, SERVER_FARMS_DELEGATION } from '../../facts/subnet-names';
import { FLEX_CONSUMPTION_DOC, flexPlan } from '../shared/flex-consumption';
import { RegionalIntegrationModel } from '../../model/inventory';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { given } from '../../model/fact';
import { readString } from '../../model/read-text';
import { readStrings } from '../../model/read-strings';
import { checkOfProblem } from '../shared/readings';

/** The integration subnet must be delegated to Microsoft.Web/serverFarms and nothing else. */
export const R015_SUBNET_DELEGATION: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R015',
  name: 'Regional.SubnetDelegation',
  level: 'error',
  scope: 'regional-integration',
  reads: [
    { scope: 'regional-integration', path: 'subnet.delegations', kind: 'strings' },
    // Read when the subnet is delegated to Microsoft.App/environments: right for an FC1 plan only.
    {
      scope: 'regional-integration',
      path: 'plan.skuName',
      kind: 'string',
      when: { 'subnet.delegations': given('subnet delegation', ['Microsoft.App/environments']), 'plan.skuName': given('plan SKU (sku_name)', 'FC1') },
    },
  ],
  source: {
    ...DOCS.overview,
    section: 'Regional VNet Integration (the subnet must be delegated to Microsoft.Web)',
    versions: `The five documents know only App Service plans (Microsoft.Web/serverFarms). The Flex Consumption plan (FC1) came later: the ${FLEX_CONSUMPTION_DOC.document}, Considerations (${FLEX_CONSUMPTION_DOC.url}), asks for a subnet delegated to Microsoft.App/environments, as the vnet acceptance test of hashicorp/terraform-provider-azurerm v4.55.0 does (internal/services/appservice/function_app_flex_consumption_resource_test.go). For an FC1 plan the rule expects that delegation instead.`,
  },
  summary: 'The integration subnet must be delegated to Microsoft.Web/serverFarms (Microsoft.App/environments for a Flex Consumption FC1 plan); a subnet delegated to another service cannot be used.',
  fix: 'Use a subnet with no delegation (the construct adds the delegation the plan needs) or one already delegated to Microsoft.Web/serverFarms (Microsoft.App/environments for an FC1 plan).',
  description:
    'Regional integration needs its subnet delegated to Microsoft.Web/serverFarms so App Service may place worker interfaces there. A Flex Consumption (FC1) plan runs on the Container Apps platform and needs Microsoft.App/environments instead. A subnet with no delegation is delegated by the construct; a subnet already delegated to another service (for example a database or container service) is owned by that service and cannot be handed to the plan.',
  example: `const subnet = new Subnet(stack, 'IntegrationSubnet', {
  name: 'snet-appservice', resourceGroupName: rg.name, virtualNetworkName: vnet.name,
  addressPrefixes: ['10.0.4.0/26'],
  // no delegation: the construct adds Microsoft.Web/serverFarms
});
new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [app], virtualNetwork: vnet, subnet });`,
  check(s) {
    const flex = flexPlan(s.plan);
    const expected = flex === 'yes' ? APP_ENVIRONMENTS_DELEGATION : SERVER_FARMS_DELEGATION;
    const forPlan = flex === 'yes' ? ' (the plan is Flex Consumption, FC1)' : '';
    const r = readStrings(s.subnet.delegations);
    // No delegation block: the subnet is delegated to nothing.
    if (r.state === 'unset') return [fail(`subnet ${s.subnet.label} is not delegated to ${expected}${forPlan}; accepted: a delegation to ${expected}`)];
    if (r.state !== 'list') return [checkOfProblem(r, 'subnet delegation')];
    const out: Check[] = r.malformed.map((m) => fail(`subnet delegation: ${m.why}`));
    // Azure compares service names without regard to case.
    const others = r.known.filter((x) => x.toLowerCase() !== expected.toLowerCase());
    const sku = readString(s.plan.skuName);
    if (sku.state !== 'known' && others.length > 0 && others.every((x) => x.toLowerCase() === APP_ENVIRONMENTS_DELEGATION.toLowerCase())) {
      // Right for a Flex Consumption plan only, and the plan's SKU cannot be read.
      out.push(checkOfProblem(sku, `plan SKU (subnet ${s.subnet.label} is delegated to ${APP_ENVIRONMENTS_DELEGATION}, which only a Flex Consumption FC1 plan uses)`, `"FC1" with ${APP_ENVIRONMENTS_DELEGATION}, or an App Service plan with ${SERVER_FARMS_DELEGATION}`));
    } else if (others.length > 0) {
      out.push(fail(`subnet ${s.subnet.label} is delegated to ${others.join(', ')}${forPlan}; accepted: no delegation or ${expected} only`));
    } else if (r.unresolved.length > 0) {
      out.push(checkOfProblem(r.unresolved[0], 'subnet delegation'));
    } else if (out.length === 0 && !r.known.some((x) => x.toLowerCase() === expected.toLowerCase())) {
      out.push(fail(`subnet ${s.subnet.label} is not delegated to ${expected}${forPlan}; accepted: a delegation to ${expected}`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
