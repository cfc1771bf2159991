import { SERVER_FARMS_DELEGATION } from '../../facts/subnet-names';
import { RegionalIntegrationModel } from '../../model/inventory';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { readStrings } from '../../model/read-strings';
import { checkOfProblem } from '../shared/readings';

/** The integration subnet must be delegated to Microsoft.Web/serverFarms and nothing else. */
export const R015_SUBNET_DELEGATION: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R015',
  name: 'Regional.SubnetDelegation',
  level: 'error',
  scope: 'regional-integration',
  reads: [{ scope: 'regional-integration', path: 'subnet.delegations', kind: 'strings' }],
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
    const r = readStrings(s.subnet.delegations);
    // No delegation block: the subnet is delegated to nothing.
    if (r.state === 'unset') return [fail(`subnet ${s.subnet.label} is not delegated to ${SERVER_FARMS_DELEGATION}; accepted: a delegation to ${SERVER_FARMS_DELEGATION}`)];
    if (r.state !== 'list') return [checkOfProblem(r, 'subnet delegation')];
    const out: Check[] = r.malformed.map((m) => fail(`subnet delegation: ${m.why}`));
    // Azure compares service names without regard to case.
    const others = r.known.filter((x) => x.toLowerCase() !== SERVER_FARMS_DELEGATION.toLowerCase());
    if (others.length > 0) {
      out.push(fail(`subnet ${s.subnet.label} is delegated to ${others.join(', ')}; accepted: no delegation or ${SERVER_FARMS_DELEGATION} only`));
    } else if (r.unresolved.length > 0) {
      out.push(checkOfProblem(r.unresolved[0], 'subnet delegation'));
    } else if (out.length === 0 && !r.known.some((x) => x.toLowerCase() === SERVER_FARMS_DELEGATION.toLowerCase())) {
      out.push(fail(`subnet ${s.subnet.label} is not delegated to ${SERVER_FARMS_DELEGATION}; accepted: a delegation to ${SERVER_FARMS_DELEGATION}`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
