import { findOverlaps, OwnedBlock } from '../../net/cidr';
import { Inventory } from '../../model/inventory';
import { constructKey, ResourceKey } from '../../model/resource-key';
import { readString } from '../../model/read-text';
import { Check, DOCS, fail, InventoryRule, pass, unverified } from '../rule';
import { blocksOf, unreadable } from '../shared/blocks';
import { pushTo } from '../shared/multimap';

interface Owner {
  readonly subnetKey: ResourceKey;
  readonly label: string;
  /** Integration construct path when the subnet is an integration subnet. */
  readonly integrationPath?: string;
}

/** Subnets of one virtual network cannot share addresses. */
export const R007_SUBNET_OVERLAP: InventoryRule = {
  id: 'VNI-R007',
  name: 'Deployment.IntegrationSubnetOverlap',
  level: 'error',
  scope: 'inventory',
  reads: [
    { scope: 'regional-integration', path: 'subnet.addressPrefixes', kind: 'blocks', ipv6: 'ignored' },
    { scope: 'inline-subnet', path: 'prefixes', kind: 'blocks', ipv6: 'ignored' },
    { scope: 'tree-subnet', path: 'prefixes', kind: 'blocks', ipv6: 'ignored' },
  ],
  source: { ...DOCS.overview, section: 'Regional VNet Integration (an unused subnet of its own)' },
  summary: 'An integration subnet must not overlap any other subnet of the same virtual network declared in the app, inline subnet blocks of the network included.',
  fix: 'Move the integration subnet to a free range of the virtual network.',
  description:
    'Subnets of one virtual network must not share addresses, and the integration subnet must be an unused range of its own. The rule compares the integration subnet with every other subnet of the same network that the cdktf app declares, in any stack, and reports the pair that overlaps. Inline `subnet` blocks of an azurerm_virtual_network are subnets of that network and count the same way; an inline block named like the integration subnet is the same subnet declared twice (VNI-R021) rather than an overlap. Inline blocks or prefixes that are tokens make the check unverified.',
  example: `new Subnet(stack, 'Data', {
  name: 'snet-data', resourceGroupName: rg.name, virtualNetworkName: vnet.name,
  addressPrefixes: ['10.0.1.0/24'],
});
new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet,
  subnetAddressPrefix: '10.0.4.0/26', // does not overlap 10.0.1.0/24
});`,
  check(inv: Inventory) {
    const byVnet = new Map<ResourceKey, OwnedBlock<Owner>[]>();
    const integrationSubnets = new Set<ResourceKey>();
    const aliases = new Map<ResourceKey, readonly ResourceKey[]>();
    const pathsByVnet = new Map<ResourceKey, string[]>();
    const networkKeys = new Map<ResourceKey, ResourceKey>();
    const namesByVnet = new Map<ResourceKey, string[]>();
    const found = new Map<string, Check[]>();
    const add = (path: string, c: Check) => pushTo(found, path, c);
    for (const r of inv.regional) {
      if (r.vnet.nameKeys.length === 0) continue;
      integrationSubnets.add(r.subnet.key);
      const vnetKey = r.vnet.nameKeys[0];
      const b = blocksOf(r.subnet.addressPrefixes, `overlap of integration subnet ${r.subnet.label} with the other subnets of its network`);
      for (const c of unreadable(b)) add(r.path, c);
      const list = byVnet.get(vnetKey) ?? [];
      for (const block of b.known) list.push({ block, owner: { subnetKey: r.subnet.key, label: r.subnet.label, integrationPath: r.path } });
      byVnet.set(vnetKey, list);
      aliases.set(vnetKey, r.vnet.nameKeys);
      networkKeys.set(vnetKey, r.vnet.key);
      const name = readString(r.subnet.name);
      if (name.state === 'known') pushTo(namesByVnet, vnetKey, name.value.toLowerCase());
      pushTo(pathsByVnet, vnetKey, r.path);
    }
    for (const [vnetKey, list] of byVnet) {
      // Subnets name their network by a reference to it or by its literal name: every alias counts.
      const others = (aliases.get(vnetKey) ?? [vnetKey]).flatMap((k) => inv.tree.subnetsByVnet.get(k) ?? []);
      for (const other of others) {
        if (integrationSubnets.has(other.key)) continue;
        const b = blocksOf(other.prefixes, `overlap of subnet ${other.path} with the integration subnet of its network`);
        for (const c of unreadable(b)) for (const p of pathsByVnet.get(vnetKey) ?? []) add(p, c);
        for (const block of b.known) list.push({ block, owner: { subnetKey: other.key, label: other.path } });
      }
      // Inline subnet blocks of the network are subnets of it too. One named like an integration
      // subnet is that subnet declared twice: VNI-R021 reports it, so it is not an overlap here.
      const inline = inv.tree.inlineSubnetsByVnet.get(networkKeys.get(vnetKey) ?? vnetKey);
      if (inline?.unreadable) for (const p of pathsByVnet.get(vnetKey) ?? []) add(p, unverified(`overlap of the integration subnet with the inline subnets of virtual network ${inline.path} cannot be checked: ${inline.unreadable}`));
      for (const [i, sub] of (inline?.subnets ?? []).entries()) {
        const name = readString(sub.name);
        if (name.state === 'known' && (namesByVnet.get(vnetKey) ?? []).includes(name.value.toLowerCase())) continue;
        const b = blocksOf(sub.prefixes, `overlap of ${sub.path} with the integration subnet of its network`);
        for (const c of unreadable(b)) for (const p of pathsByVnet.get(vnetKey) ?? []) add(p, c);
        for (const block of b.known) list.push({ block, owner: { subnetKey: constructKey(`${inline!.path}#subnet${i}`), label: sub.path } });
      }
      for (const o of findOverlaps(list, (a, b) => a.subnetKey === b.subnetKey)) {
        const path = o.second.owner.integrationPath ?? o.first.owner.integrationPath;
        if (!path) continue;
        add(path, fail(`subnet ${o.second.owner.label} (${o.second.block.cidr}) overlaps subnet ${o.first.owner.label} (${o.first.block.cidr}) in the same virtual network; accepted: non-overlapping prefixes`, path));
      }
    }
    return inv.regional.flatMap((r) => (found.get(r.path) ?? [pass()]).map((c) => ({ ...c, path: r.path })));
  },
};
