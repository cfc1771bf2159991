import { Inventory, PlacedResource, VnetModel } from '../../model/inventory';
import { describeKey, ResourceKey } from '../../model/resource-key';
import { Check, fail, InventoryRule, pass } from '../rule';
import { pushTo } from '../shared/multimap';
import { PLATFORM } from './platform';

/** Groups the keys that name one network (its ID key and name keys) so that each network is counted once. */
class NetworkGroups {
  private readonly parent = new Map<ResourceKey, ResourceKey>();
  private readonly models = new Map<ResourceKey, VnetModel>();
  /** Root to the label of the first model added under it; built once all networks are added. */
  private labels: Map<ResourceKey, string> | undefined;

  public add(v: VnetModel): void {
    for (const k of v.nameKeys) this.union(v.key, k);
    const root = this.find(v.key);
    if (!this.models.has(root)) this.models.set(root, v);
    this.labels = undefined;
  }

  /** The root of a key's group; the path walked is pointed at the root, so later finds are short. */
  public find(k: ResourceKey): ResourceKey {
    let r = k;
    for (let next = this.parent.get(r); next !== undefined; next = this.parent.get(r)) r = next;
    for (let c = k; c !== r; ) {
      const next = this.parent.get(c)!;
      this.parent.set(c, r);
      c = next;
    }
    return r;
  }

  public label(root: ResourceKey): string {
    if (!this.labels) {
      this.labels = new Map();
      for (const [k, m] of this.models) {
        const r = this.find(k);
        if (!this.labels.has(r)) this.labels.set(r, m.label);
      }
    }
    return this.labels.get(root) ?? describeKey(root);
  }

  private union(a: ResourceKey, b: ResourceKey): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Azure allows one VPN gateway, and one GatewaySubnet, per virtual network. */
export const G029_ONE_PER_NETWORK: InventoryRule = {
  id: 'VNI-G029',
  name: 'Gateway.OnePerNetwork',
  level: 'error',
  scope: 'inventory',
  reads: [],
  readsNoFacts: 'counts resource keys: VPN gateways and subnets named GatewaySubnet per network, across the whole app',
  source: {
    ...PLATFORM.platformFact,
    section: 'Virtual network gateways: one VPN gateway and one GatewaySubnet per network',
    versions:
      'The five documents ask for "a gateway" in the network and do not say how many there may be. That a network holds at most one VPN gateway (an ExpressRoute gateway may sit beside it) and one subnet named GatewaySubnet is a platform fact no document covers; Azure refuses the second at apply.',
  },
  summary: 'A virtual network holds one VPN gateway and one GatewaySubnet: a second one, from PointToSiteGateway, an adopted gateway or a hand-written azurerm resource anywhere in the app, is an error.',
  fix: 'Use one PointToSiteGateway per network and share it: any number of GatewayVnetIntegration constructs, on any plans, can use one gateway. To build a gateway beside an existing GatewaySubnet, pass that subnet as gatewaySubnet; to use a gateway managed elsewhere, adopt it with PointToSiteGateway.fromGatewayAttributes instead of creating another.',
  description:
    'Azure places a virtual network gateway in the subnet named GatewaySubnet, and a network can have only one subnet by that name and only one VPN gateway; a second is refused when `terraform apply` creates it, after other resources already exist. The rule counts, per network and across every stack of the app, the VPN gateways (azurerm_virtual_network_gateway with type Vpn, created by PointToSiteGateway or written by hand, and gateways adopted with fromGatewayAttributes) and the subnets named GatewaySubnet (azurerm_subnet, created by PointToSiteGateway or written by hand). Networks are matched by resource key, so a network referenced by ID and by literal name counts once when the library can tell; subnets whose name is a token are not counted. This is a platform fact no source document covers.',
  example: `const gateway = new PointToSiteGateway(this, 'Gateway', {
  virtualNetwork: remoteVnet, gatewaySubnetAddressPrefix: '10.20.255.0/27', pointToSiteAddressPool: ['172.16.201.0/24'],
});
// One gateway, many apps and plans:
new GatewayVnetIntegration(this, 'Web', { app: webApp, plan: webPlan, gateway });
new GatewayVnetIntegration(this, 'Api', { app: apiApp, plan: apiPlan, gateway });`,
  check(inv: Inventory) {
    const groups = new NetworkGroups();
    for (const g of inv.gateways) groups.add(g.vnet);
    for (const r of inv.regional) groups.add(r.vnet);
    const gateways = new Map<ResourceKey, PlacedResource[]>();
    const subnets = new Map<ResourceKey, PlacedResource[]>();
    // The same resource reached through two keys of its network, or adopted twice, counts once.
    const seen = new Set<string>();
    const add = (m: Map<ResourceKey, PlacedResource[]>, vnetKey: ResourceKey, p: PlacedResource) => {
      const root = groups.find(vnetKey);
      // A resource key names one resource, a gateway or a subnet, so root and key identify the entry.
      const id = `${root}\u0000${p.key}`;
      if (seen.has(id)) return;
      seen.add(id);
      pushTo(m, root, p);
    };
    const placement = inv.tree.gatewayPlacement;
    for (const [k, list] of placement.vpnGatewaysByVnet) for (const p of list) add(gateways, k, p);
    for (const [k, list] of placement.gatewaySubnetsByVnet) for (const p of list) add(subnets, k, p);
    // Adopted gateways exist in their network already; created ones are in the tree scan.
    for (const g of inv.gateways) if (!g.created) add(gateways, g.vnet.key, { path: g.path, key: g.key });

    const out: Check[] = [];
    const report = (m: Map<ResourceKey, PlacedResource[]>, what: string, accepted: (first: string) => string) => {
      for (const [root, list] of m) {
        if (list.length < 2) {
          out.push(pass(list[0].path));
          continue;
        }
        const all = list.map((p) => p.path).join(', ');
        for (const p of list.slice(1)) {
          out.push(fail(`network ${groups.label(root)} would hold ${list.length} ${what} (${all}); accepted: ${accepted(list[0].path)}`, p.path));
        }
      }
    };
    report(gateways, 'VPN gateways', (first) => `one VPN gateway per network: share ${first} between the apps, or adopt an existing gateway with PointToSiteGateway.fromGatewayAttributes`);
    report(subnets, 'subnets named GatewaySubnet', (first) => `one GatewaySubnet per network: pass ${first} to PointToSiteGateway as gatewaySubnet`);
    return out;
  },
};

