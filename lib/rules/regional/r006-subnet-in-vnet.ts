import { containedInAny } from '../../net/cidr';
import { RegionalIntegrationModel } from '../../model/inventory';
import { DOCS, fail, pass, SubjectRule } from '../rule';
import { integrationSubnetBlocks, unreadable, vnetBlocks } from './subnet-blocks';

/** A subnet can only use addresses of its own virtual network. */
export const R006_SUBNET_IN_VNET: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R006',
  name: 'Regional.SubnetInVirtualNetwork',
  level: 'error',
  scope: 'regional-integration',
  source: { ...DOCS.overview, section: 'Regional VNet Integration (a subnet in your Resource Manager VNet)' },
  summary: "The integration subnet must lie inside the virtual network's address space.",
  fix: "Pick a subnet prefix inside one of the virtual network's address spaces.",
  description:
    'The integration subnet is carved out of the virtual network the apps join, so its prefix has to fall within one of that network\'s address spaces. Azure rejects a subnet whose range lies outside the network, and the mistake is easy to make when prefixes are typed by hand or copied between environments.',
  example: `const vnet = new VirtualNetwork(stack, 'Vnet', {
  name: 'vnet-app', resourceGroupName: rg.name, location: 'westeurope',
  addressSpace: ['10.0.0.0/16'],
});
new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet,
  subnetAddressPrefix: '10.0.4.0/26', // inside 10.0.0.0/16
});`,
  check(s) {
    const sub = integrationSubnetBlocks(s.subnet);
    if (!sub.ok) return [unreadable(sub)];
    const net = vnetBlocks(s.vnet);
    if (!net.ok) return [unreadable(net)];
    const outside = sub.blocks.filter((b) => !containedInAny(net.blocks, b));
    if (outside.length > 0) {
      return [fail(`integration subnet ${outside.map((b) => b.cidr).join(', ')} is not inside the address space of virtual network ${s.vnet.label} (${net.blocks.map((b) => b.cidr).join(', ')}); accepted: a prefix inside that space`)];
    }
    return [pass()];
  },
};
