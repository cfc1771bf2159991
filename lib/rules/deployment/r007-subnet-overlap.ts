import { findOverlaps, OwnedBlock, parseIpv4Cidr } from '../../net/cidr';
import { isKnown } from '../../model/fact';
import { Inventory } from '../../model/inventory';
import { ResourceKey } from '../../model/resource-key';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';

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
  source: { ...DOCS.overview, section: 'Regional VNet Integration (an unused subnet of its own)' },
  summary: 'An integration subnet must not overlap any other subnet of the same virtual network declared in the app.',
  fix: 'Move the integration subnet to a free range of the virtual network.',
  description:
    'Subnets of one virtual network must not share addresses, and the integration subnet must be an unused range of its own. The rule compares the integration subnet with every other subnet of the same network that the cdktf app declares, in any stack, and reports the pair that overlaps.',
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
    const out: Check[] = [];
    for (const r of inv.regional) {
      if (r.vnet.nameKeys.length === 0 || !isKnown(r.subnet.addressPrefixes)) continue;
      integrationSubnets.add(r.subnet.key);
      const vnetKey = r.vnet.nameKeys[0];
      const list = byVnet.get(vnetKey) ?? [];
      for (const p of r.subnet.addressPrefixes.value) {
        const parsed = parseIpv4Cidr(p);
        if (parsed.ok) list.push({ block: parsed.block, owner: { subnetKey: r.subnet.key, label: r.subnet.label, integrationPath: r.path } });
      }
      byVnet.set(vnetKey, list);
      aliases.set(vnetKey, r.vnet.nameKeys);
    }
    for (const [vnetKey, list] of byVnet) {
      const others = (aliases.get(vnetKey) ?? [vnetKey]).flatMap((k) => inv.tree.subnetsByVnet.get(k) ?? []);
      for (const other of others) {
        if (integrationSubnets.has(other.key)) continue;
        for (const p of other.prefixes) {
          const parsed = parseIpv4Cidr(p);
          if (parsed.ok) list.push({ block: parsed.block, owner: { subnetKey: other.key, label: other.path } });
        }
      }
      for (const o of findOverlaps(list, (a, b) => a.subnetKey === b.subnetKey)) {
        const path = o.second.owner.integrationPath ?? o.first.owner.integrationPath;
        if (!path) continue;
        out.push(fail(`subnet ${o.second.owner.label} (${o.second.block.cidr}) overlaps subnet ${o.first.owner.label} (${o.first.block.cidr}) in the same virtual network; accepted: non-overlapping prefixes`, path));
      }
    }
    const failed = new Set(out.map((c) => c.path));
    for (const r of inv.regional) if (!failed.has(r.path)) out.push(pass(r.path));
    return out;
  },
};
