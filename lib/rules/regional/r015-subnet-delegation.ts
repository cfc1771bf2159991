import { SERVER_FARMS_DELEGATION } from '../../facts/subnet-names';
import { isKnown, whyUnknown } from '../../model/fact';
import { RegionalIntegrationModel } from '../../model/inventory';
import { DOCS, fail, pass, SubjectRule, unverified } from '../rule';

/** The integration subnet must be delegated to Microsoft.Web/serverFarms and nothing else. */
export const R015_SUBNET_DELEGATION: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R015',
  name: 'Regional.SubnetDelegation',
  level: 'error',
  scope: 'regional-integration',
  source: { ...DOCS.overview, section: 'Regional VNet Integration (the subnet must be delegated to Microsoft.Web)' },
  summary: 'The integration subnet must be delegated to Microsoft.Web/serverFarms; a subnet delegated to another service cannot be used.',
  fix: 'Use a subnet with no delegation (the construct adds Microsoft.Web/serverFarms) or one already delegated to Microsoft.Web/serverFarms.',
  description:
    'Regional integration needs its subnet delegated to Microsoft.Web/serverFarms so App Service may place worker interfaces there. A subnet with no delegation is delegated by the construct; a subnet already delegated to another service (for example a database or container service) is owned by that service and cannot be handed to App Service.',
  example: `const subnet = new Subnet(stack, 'IntegrationSubnet', {
  name: 'snet-appservice', resourceGroupName: rg.name, virtualNetworkName: vnet.name,
  addressPrefixes: ['10.0.4.0/26'],
  // no delegation: the construct adds Microsoft.Web/serverFarms
});
new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [app], virtualNetwork: vnet, subnet });`,
  check(s) {
    const d = s.subnet.delegations;
    if (!isKnown(d)) return [unverified(`subnet delegation cannot be checked: ${whyUnknown(d)}`)];
    const others = d.value.filter((x) => x.toLowerCase() !== SERVER_FARMS_DELEGATION.toLowerCase());
    if (others.length > 0) {
      return [fail(`subnet ${s.subnet.label} is delegated to ${others.join(', ')}; accepted: no delegation or ${SERVER_FARMS_DELEGATION} only`)];
    }
    if (!d.value.some((x) => x.toLowerCase() === SERVER_FARMS_DELEGATION.toLowerCase())) {
      return [fail(`subnet ${s.subnet.label} is not delegated to ${SERVER_FARMS_DELEGATION}; accepted: a delegation to ${SERVER_FARMS_DELEGATION}`)];
    }
    return [pass()];
  },
};
