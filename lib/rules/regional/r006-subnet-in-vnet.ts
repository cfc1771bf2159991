import { containedInAny } from '../../net/cidr';
import { RegionalIntegrationModel } from '../../model/inventory';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { blocksOf, cidrs } from '../shared/blocks';

/** A subnet can only use addresses of its own virtual network. */
export const R006_SUBNET_IN_VNET: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R006',
  name: 'Regional.SubnetInVirtualNetwork',
  level: 'error',
  scope: 'regional-integration',
  reads: [
    { scope: 'regional-integration', path: 'subnet.addressPrefixes', kind: 'blocks', ipv6: 'fail' },
    { scope: 'regional-integration', path: 'vnet.addressSpace', kind: 'blocks', ipv6: 'ignored' },
  ],
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
    const sub = blocksOf(s.subnet.addressPrefixes, 'whether the integration subnet lies in the virtual network');
    const net = blocksOf(s.vnet.addressSpace, 'whether the integration subnet lies in the virtual network');
    const out: Check[] = [...sub.malformed, ...net.malformed, ...(sub.unknown ? [sub.unknown] : [])];
    // Each family within its own: an IPv4 prefix in the IPv4 space, an IPv6 prefix in the IPv6 space.
    const outside = sub.known.filter((b) => !containedInAny(net.known, b));
    if (outside.length > 0) {
      if (net.unknown) out.push(net.unknown);
      else out.push(fail(`integration subnet ${cidrs(outside)} is not inside the address space of virtual network ${s.vnet.label} (${cidrs(net.known) || 'none'}); accepted: a prefix inside that space`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
