import { Inventory } from '../../model/inventory';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';
import { readStrings } from '../../model/read-strings';
import { checkOfProblem } from '../shared/readings';

/** Nothing else may be placed in an integration subnet. */
export const R008_SUBNET_DEDICATED: InventoryRule = {
  id: 'VNI-R008',
  name: 'Deployment.IntegrationSubnetDedicated',
  level: 'error',
  scope: 'inventory',
  reads: [{ scope: 'regional-integration', path: 'subnet.occupants', kind: 'strings' }],
  source: {
    ...DOCS.overview,
    section: 'Regional VNet Integration (the subnet cannot be used for anything else; an unused subnet; pick an empty pre-existing subnet)',
    versions: 'Only the 2019 page speaks to it; the newer documents do not lift it.',
  },
  summary: 'The integration subnet is used only by App Service: no private endpoints, network interfaces, gateways, caches, container environments or any other resource that names its ID. An imported subnet must be stated unused (occupants: []).',
  fix: 'Give the other resource a subnet of its own.',
  description:
    'Once delegated to App Service, the integration subnet belongs to the plan\'s workers alone. Private endpoints, virtual machine network interfaces, gateways and other services need subnets of their own; putting them into the integration subnet either fails at deployment or takes addresses the plan needs to scale. The rule sees what the app declares in any stack, generically: any resource whose configuration names the subnet\'s ID (a Redis cache\'s subnet_id, a Container Apps environment\'s infrastructure_subnet_id, a network interface\'s ip_configuration, a private endpoint, a resource written with azapi) occupies it, whatever its type. References that do not put anything in the subnet are not occupants: the apps\' own virtual_network_subnet_id and swift connections (judged by VNI-R013 and VNI-R016), NSG, route table and NAT gateway associations, firewall rules and access restrictions that allow traffic from the subnet (ip_restriction, network_rules, network_acls, virtual network rules), role assignments, locks, policies, flow logs and diagnostic settings, App Service resources written with azapi, and the library\'s own resources. A value that is a variable or another token that cannot be followed is not counted. For a subnet imported with SubnetReference it relies on the occupants you state (an empty list for an unused subnet) and reports unverified when they are not given.',
  example: `const integration = new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26',
});
// Private endpoints get their own subnet, not integration.subnetId.
const endpoints = new Subnet(stack, 'Endpoints', {
  name: 'snet-endpoints', resourceGroupName: rg.name, virtualNetworkName: vnet.name,
  addressPrefixes: ['10.0.5.0/27'],
});`,
  check(inv: Inventory) {
    const out: Check[] = [];
    for (const r of inv.regional) {
      const occupants = inv.tree.subnetOccupants.get(r.subnet.key) ?? [];
      if (occupants.length > 0) {
        out.push(fail(`integration subnet ${r.subnet.label} is also used by ${occupants.map((o) => `${o.type} ${o.path}${o.attribute ? ` (${o.attribute})` : ''}`).join(', ')}; accepted: a subnet used by this integration only`, r.path));
        continue;
      }
      // Subnets of the tree leave occupants unset: the scan above sees what is in them.
      const stated = readStrings(r.subnet.occupants);
      if (stated.state === 'unset') {
        out.push(pass(r.path));
      } else if (stated.state !== 'list') {
        out.push({ ...checkOfProblem(stated, `whether imported subnet ${r.subnet.label} is unused`, 'occupants: [] for an unused subnet'), path: r.path });
      } else if (stated.known.length > 0 || stated.malformed.length > 0) {
        out.push(fail(`imported integration subnet ${r.subnet.label} is stated to be used by ${[...stated.known, ...stated.malformed.map((m) => m.why)].join(', ')}; accepted: an unused subnet (occupants: [])`, r.path));
      } else if (stated.unresolved.length > 0) {
        out.push({ ...checkOfProblem(stated.unresolved[0], `whether imported subnet ${r.subnet.label} is unused`, 'occupants: [] for an unused subnet'), path: r.path });
      } else {
        out.push(pass(r.path));
      }
    }
    return out;
  },
};
