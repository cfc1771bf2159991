/** What the inline-subnet rules look at: each integration's and gateway's network, with the subnets the app declares in it. */
import { Inventory, InlineSubnets, RegionalIntegrationModel, TreeSubnet, VnetModel } from '../../model/inventory';
import { ResourceKey } from '../../model/resource-key';
import { readString } from '../../model/read-text';

/** A construct whose network the rules judge, with the network's inline blocks and azurerm_subnet resources. */
export interface NetworkSubject {
  readonly path: string;
  readonly vnet: VnetModel;
  /** The regional integration this subject is; undefined for a gateway. */
  readonly regional?: RegionalIntegrationModel;
  readonly inline: InlineSubnets | undefined;
  /** azurerm_subnet resources of the network in the tree (the integration subnet and GatewaySubnet included). */
  readonly separate: readonly TreeSubnet[];
  /** Keys of `separate`. */
  readonly separateKeys: ReadonlySet<ResourceKey>;
  /** Known names of `separate`, lower case, to the path of the (last) subnet with that name. */
  readonly separateNames: ReadonlyMap<string, string>;
  /** Subnets of `separate` whose name is given but cannot be read (a token, missing, malformed), with why. */
  readonly separateUnreadable: readonly { readonly path: string; readonly why: string }[];
}

type NetworkSubnets = Pick<NetworkSubject, 'separate' | 'separateKeys' | 'separateNames' | 'separateUnreadable'>;

/**
 * Regional integrations and point-to-site gateways, each with its network's subnets. Subjects of
 * one network share one list, set and map, built once: thousands of integrations in one network
 * would otherwise copy its thousands of subnets each.
 */
export function networkSubjects(inv: Inventory): NetworkSubject[] {
  const byVnet = new Map<ResourceKey, NetworkSubnets>();
  const subnetsOf = (vnet: VnetModel): NetworkSubnets => {
    let n = byVnet.get(vnet.key);
    if (!n) {
      const separateKeys = new Set<ResourceKey>();
      const separate = vnet.nameKeys.flatMap((k) => inv.tree.subnetsByVnet.get(k) ?? []).filter((s) => (separateKeys.has(s.key) ? false : (separateKeys.add(s.key), true)));
      const separateNames = new Map<string, string>();
      const separateUnreadable: { path: string; why: string }[] = [];
      for (const t of separate) {
        // A subnet built by hand in a test may leave its name out: it names nothing.
        if (!t.name) continue;
        const name = readString(t.name);
        if (name.state === 'known') separateNames.set(name.value.toLowerCase(), t.path);
        else separateUnreadable.push({ path: t.path, why: name.why });
      }
      byVnet.set(vnet.key, (n = { separate, separateKeys, separateNames, separateUnreadable }));
    }
    return n;
  };
  const of = (path: string, vnet: VnetModel, regional?: RegionalIntegrationModel): NetworkSubject => ({ path, vnet, regional, inline: inv.tree.inlineSubnetsByVnet.get(vnet.key), ...subnetsOf(vnet) });
  return [...inv.regional.map((r) => of(r.path, r.vnet, r)), ...inv.gateways.map((g) => of(g.path, g.vnet))];
}
