import { Inventory } from '../../model/inventory';
import { readString } from '../../model/read-text';
import { Check, fail, InventoryRule, pass, unverified } from '../rule';
import { networkSubjects } from '../shared/inline-subnets';
import { AZURERM_VIRTUAL_NETWORK_DOCS } from '../shared/platform-sources';
import { checkOfProblem } from '../shared/readings';

/** An inline subnet block and an azurerm_subnet resource must not declare the same subnet. */
export const R021_SUBNET_DECLARED_TWICE: InventoryRule = {
  id: 'VNI-R021',
  name: 'Deployment.SubnetDeclaredTwice',
  level: 'error',
  scope: 'inventory',
  reads: [{ scope: 'inline-subnet', path: 'name', kind: 'string' }],
  source: {
    ...AZURERM_VIRTUAL_NETWORK_DOCS,
    section: 'azurerm_virtual_network, note on virtual networks and subnets; subnet names are unique within a network',
    versions: 'A platform fact no document covers. The 2019 integration page requires the integration subnet to be used by the integration alone (VNI-R008); a second declaration of it is a second owner.',
  },
  summary: 'No inline `subnet` block of the network has the name of an azurerm_subnet resource of the same network (the integration subnet, GatewaySubnet): that would be one subnet declared twice.',
  fix: 'Remove the inline subnet block (or rename it): the integration subnet and GatewaySubnet are created as azurerm_subnet resources.',
  description:
    'Subnet names are unique within a virtual network, so an inline block and an azurerm_subnet with the same name (compared without case) are the same Azure subnet with two owners. ' +
    'The inline block carries none of what the integration needs (the Microsoft.Web/serverFarms delegation, its NSG and route table links) and each apply undoes the other: the integration loses its delegation or the gateway its subnet. ' +
    'Reserved names matter in the same way: an inline GatewaySubnet next to the GatewaySubnet PointToSiteGateway creates is one subnet declared twice. ' +
    'An inline name that is a token is unverified, and so is an inline name that matches no known name while the name of an azurerm_subnet of the network (or of the integration subnet) is a token.',
  example: `// No inline subnet blocks: the integration subnet is created as an azurerm_subnet.
const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet-app', location: 'westeurope', resourceGroupName: rg.name, addressSpace: ['10.0.0.0/16'] });
new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26', subnetName: 'snet-apps' });`,
  check(inv: Inventory) {
    const out: Check[] = [];
    for (const s of networkSubjects(inv)) {
      const found: Check[] = [];
      // The integration's own subnet counts when it is an azurerm_subnet (created, or one of the network's).
      let own: { name: string; label: string } | undefined;
      // azurerm_subnet names that cannot be read: an inline block with no known twin might be one of them.
      // The network's list is shared by its subjects; it is copied only when this integration adds to it.
      let unreadable = s.separateUnreadable;
      const r = s.regional;
      if (r && (r.subnet.created || s.separateKeys.has(r.subnet.key))) {
        const n = readString(r.subnet.name);
        if (n.state === 'known') own = { name: n.value.toLowerCase(), label: r.subnet.label };
        else unreadable = [...unreadable, { path: r.subnet.label, why: n.why }];
      }
      for (const sub of s.inline?.subnets ?? []) {
        const n = readString(sub.name);
        if (n.state !== 'known') {
          found.push({ ...checkOfProblem(n, `whether ${sub.path} declares a subnet that is also an azurerm_subnet resource`, 'an inline name that no azurerm_subnet of the network has'), path: s.path });
          continue;
        }
        const lower = n.value.toLowerCase();
        const twin = own?.name === lower ? own.label : s.separateNames.get(lower);
        if (!twin && unreadable.length > 0) {
          found.push(unverified(`whether ${sub.path} ("${n.value}") is also the azurerm_subnet ${unreadable.map((u) => u.path).join(' or ')} cannot be checked: ${unreadable.map((u) => u.why).join('; ')}. Accepted: no azurerm_subnet of the network with that name`, s.path));
        }
        if (twin) found.push(fail(`${sub.path} is named "${n.value}", like the azurerm_subnet ${twin} of the same virtual network ${s.inline!.path}: one subnet declared twice. Accepted: no inline block with that name`, s.path));
      }
      out.push(...(found.length > 0 ? found : [pass(s.path)]));
    }
    return out;
  },
};
