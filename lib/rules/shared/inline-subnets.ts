/** What the inline-subnet rules look at: each integration's and gateway's network, with the subnets the app declares in it. */
import { Inventory, InlineSubnets, TreeSubnet, VnetModel } from '../../model/inventory';

/** A construct whose network the rules judge, with the network's inline blocks and azurerm_subnet resources. */
export interface NetworkSubject {
  readonly path: string;
  readonly vnet: VnetModel;
  readonly inline: InlineSubnets | undefined;
  /** azurerm_subnet resources of the network in the tree (the integration subnet and GatewaySubnet included). */
  readonly separate: readonly TreeSubnet[];
}

/** Regional integrations and point-to-site gateways, each with its network's subnets. */
export function networkSubjects(inv: Inventory): NetworkSubject[] {
  const of = (path: string, vnet: VnetModel): NetworkSubject => {
    const seen = new Set<string>();
    const separate = vnet.nameKeys.flatMap((k) => inv.tree.subnetsByVnet.get(k) ?? []).filter((s) => (seen.has(s.key) ? false : (seen.add(s.key), true)));
    return { path, vnet, inline: inv.tree.inlineSubnetsByVnet.get(vnet.key), separate };
  };
  return [...inv.regional.map((r) => of(r.path, r.vnet)), ...inv.gateways.map((g) => of(g.path, g.vnet))];
}
