import { Inventory } from '../../model/inventory';
import { Check, fail, InventoryRule, pass, unverified } from '../rule';
import { networkSubjects } from '../shared/inline-subnets';
import { AZURERM_VIRTUAL_NETWORK_DOCS } from '../shared/platform-sources';

/** A network's subnets are written either inline in the network or as azurerm_subnet resources, not both. */
export const R020_INLINE_AND_SEPARATE_SUBNETS: InventoryRule = {
  id: 'VNI-R020',
  name: 'Deployment.InlineAndSeparateSubnets',
  level: 'warning',
  scope: 'inventory',
  reads: [],
  readsNoFacts: 'asks whether the network has inline subnet blocks and azurerm_subnet resources at all; a block list that is a token is unverified',
  source: {
    ...AZURERM_VIRTUAL_NETWORK_DOCS,
    section: 'azurerm_virtual_network, note on virtual networks and subnets (inline subnets and azurerm_subnet resources on one network conflict)',
    versions: 'A platform fact no document covers: the five documents do not speak of Terraform. The azurerm provider documentation (v4.55.0 and v4.73.0) says not to combine the two forms on one network.',
  },
  summary: 'The network of an integration or gateway has inline `subnet` blocks and azurerm_subnet resources (such as the integration subnet or GatewaySubnet the library creates); the two forms overwrite each other.',
  fix: 'Declare every subnet of the network as an azurerm_subnet resource (move the inline subnet blocks out of the azurerm_virtual_network), or give the integration an existing subnet with SubnetReference.',
  description:
    'azurerm writes the inline `subnet` blocks of an azurerm_virtual_network as the complete list of the network\'s subnets. ' +
    'A subnet created by an azurerm_subnet resource is not in that list, so a later apply of the network removes it or fights over it, and the plan never settles. ' +
    'RegionalVnetIntegration and PointToSiteGateway create azurerm_subnet resources (the integration subnet, GatewaySubnet), so a network they use should have no inline subnets.',
  example: `const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet-app', location: 'westeurope', resourceGroupName: rg.name, addressSpace: ['10.0.0.0/16'] });
// Every other subnet as its own resource, not an inline subnet block:
new Subnet(stack, 'Data', { name: 'snet-data', resourceGroupName: rg.name, virtualNetworkName: vnet.name, addressPrefixes: ['10.0.1.0/24'] });
new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26' });`,
  check(inv: Inventory) {
    const out: Check[] = [];
    for (const s of networkSubjects(inv)) {
      if (!s.inline || s.separate.length === 0) {
        out.push(pass(s.path));
      } else if (s.inline.unreadable) {
        out.push(unverified(`whether virtual network ${s.inline.path} mixes inline subnets with azurerm_subnet resources (${s.separate.map((x) => x.path).join(', ')}) cannot be checked: ${s.inline.unreadable}. Accepted: no inline subnet blocks`, s.path));
      } else {
        out.push(fail(`virtual network ${s.inline.path} has ${s.inline.subnets.length} inline subnet block(s) (${s.inline.subnets.map((x) => x.path).join(', ')}) and azurerm_subnet resources (${s.separate.map((x) => x.path).join(', ')}); azurerm overwrites one with the other. Accepted: subnets of one form only (azurerm_subnet resources)`, s.path));
      }
    }
    return out;
  },
};
