import { reservedSubnetName } from '../../facts/subnet-names';
import { RegionalIntegrationModel } from '../../model/inventory';
import { DOCS, fail, pass, SubjectRule } from '../rule';
import { readString } from '../../model/read-text';
import { quote } from '../../text/describe-value';
import { checkOfProblem, isUnusable } from '../shared/readings';

/** GatewaySubnet and its kin belong to one Azure service each. */
export const R009_RESERVED_SUBNET_NAME: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R009',
  name: 'Regional.ReservedSubnetName',
  level: 'error',
  scope: 'regional-integration',
  reads: [{ scope: 'regional-integration', path: 'subnet.name', kind: 'string' }],
  source: {
    ...DOCS.overview,
    section: 'Regional VNet Integration (the subnet cannot be used for anything else)',
    versions: 'The documents only say the subnet is for the integration alone; which names Azure reserves for other services (GatewaySubnet and kin) is a platform fact from the field notes (research.md).',
  },
  summary: 'The integration subnet is dedicated to App Service, so it cannot be a subnet that Azure reserves for another service (GatewaySubnet, AzureFirewallSubnet, AzureBastionSubnet, RouteServerSubnet).',
  fix: 'Use a subnet with its own name, for example "snet-appservice-integration".',
  description:
    'Some subnet names are claimed by particular Azure services, such as GatewaySubnet for virtual network gateways or AzureBastionSubnet for Bastion. Those subnets are meant for that service only, while the integration subnet must be dedicated to App Service, so one subnet cannot be both. Azure matches these names without regard to case.',
  example: `new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet,
  subnetAddressPrefix: '10.0.4.0/26',
  subnetName: 'snet-appservice-integration',
});`,
  check(s) {
    const name = readString(s.subnet.name);
    if (isUnusable(name)) return [checkOfProblem(name, 'subnet name')];
    const reserved = reservedSubnetName(name.value);
    if (reserved) {
      return [fail(`subnet name ${quote(name.value)} is reserved for ${reserved === 'GatewaySubnet' ? 'virtual network gateways' : 'another Azure service'}; accepted: any name other than GatewaySubnet, AzureFirewallSubnet, AzureFirewallManagementSubnet, AzureBastionSubnet, RouteServerSubnet`)];
    }
    return [pass()];
  },
};
