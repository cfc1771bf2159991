import { isClassicVnetId } from '../../facts/resource-id';
import { RegionalIntegrationModel } from '../../model/inventory';
import { DOCS, fail, pass, SubjectRule } from '../rule';
import { readString } from '../../model/read-text';
import { checkOfProblem, isUnusable } from '../shared/readings';

/** Regional integration needs a Resource Manager virtual network. */
export const R011_RESOURCE_MANAGER_VNET: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R011',
  name: 'Regional.ResourceManagerVirtualNetwork',
  level: 'error',
  scope: 'regional-integration',
  reads: [{ scope: 'regional-integration', path: 'vnet.id', kind: 'string', when: { 'vnet.declared': false } }],
  source: { ...DOCS.features, section: 'Virtual network integration (a subnet in a Resource Manager virtual network)' },
  summary: 'Regional integration works only with Resource Manager virtual networks, never classic ones.',
  fix: 'Migrate the classic virtual network to Resource Manager, or use a Resource Manager network.',
  description:
    'Subnet delegation, which regional integration depends on, exists only for virtual networks created through Azure Resource Manager. Classic (service management) networks have no delegation, so only the older gateway-required form could reach them, and the documents steer users towards migrating such networks instead.',
  example: `const vnet = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Vnet', {
  virtualNetworkId: '/subscriptions/<sub>/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub',
  location: 'westeurope', addressSpace: ['10.0.0.0/16'],
});
new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26',
});`,
  check(s) {
    // An azurerm_virtual_network is a Resource Manager network by definition.
    if (s.vnet.declared) return [pass()];
    const id = readString(s.vnet.id);
    if (isUnusable(id)) return [checkOfProblem(id, `whether virtual network ${s.vnet.label} is a Resource Manager network`, 'a Microsoft.Network/virtualNetworks ID')];
    if (isClassicVnetId(id.value)) {
      return [fail(`virtual network ${id.value} is a classic (Microsoft.ClassicNetwork) network; accepted: a Microsoft.Network/virtualNetworks ID`)];
    }
    return [pass()];
  },
};
