import { Inventory } from '../../model/inventory';
import { ResourceKey } from '../../model/resource-key';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';
import { gatewayIn } from '../../model/inventory-index';

interface Use {
  readonly path: string;
  readonly side: string;
  readonly remote: string;
}

/** A network either offers its gateway to peers or uses a peer's gateway, never both. */
export const P003_TRANSIT_OR_REMOTE_GATEWAYS: InventoryRule = {
  id: 'VNI-P003',
  name: 'Peering.TransitOrRemoteGateways',
  level: 'error',
  scope: 'inventory',
  source: {
    ...DOCS.gateway,
    section: 'Peering (steps 1 and 2: gateway transit on the app\'s network, remote gateways on the peer)',
    versions: 'All three versions give the two settings to different networks. Azure itself refuses a network that both offers gateway transit and uses a remote gateway.',
  },
  summary: 'A virtual network must not both allow gateway transit on one peering and use remote gateways on another (or the same) peering, nor use remote gateways while it has a gateway of its own.',
  fix: 'Allow gateway transit only on the network that holds the gateway (the hub) and use remote gateways only on the networks without one (the spokes).',
  description:
    'Gateway transit lets a peer borrow this network\'s gateway; using remote gateways borrows a peer\'s gateway instead of having one. ' +
    'The documents give the first to the network the app connects to (it holds the point-to-site gateway) and the second to the network peered with it. ' +
    'A network doing both would route its gateway traffic two ways, which Azure rejects when the peering is written; the same holds for a network that has its own gateway and still uses a remote one. ' +
    'The rule looks at every peering construct of every stack, keyed by network, so the two peerings may live in different stacks.',
  example: [
    '// Hub offers its gateway, spoke uses it: each network has one role.',
    "new GatewayTransitPeering(hubStack, 'HubSpoke', { hubVirtualNetwork: hubVnet, spokeVirtualNetwork: spokeVnet, gateway });",
  ].join('\n'),
  check(inv: Inventory) {
    const transit = new Map<ResourceKey, Use>();
    const remote = new Map<ResourceKey, Use>();
    const on = (f: { state: string; value?: boolean }) => f.state === 'known' && f.value === true;
    for (const p of inv.peerings) {
      for (const s of p.sides) {
        const use = { path: p.path, side: s.path, remote: s.remote.label };
        if (on(s.allowGatewayTransit) && !transit.has(s.local.key)) transit.set(s.local.key, use);
        if (on(s.useRemoteGateways) && !remote.has(s.local.key)) remote.set(s.local.key, use);
      }
    }
    const out: Check[] = [];
    const failed = new Set<string>();
    const labels = new Map(inv.peerings.flatMap((p) => p.sides.map((s) => [s.local.key, s.local.label] as const)));
    for (const [key, r] of remote) {
      const t = transit.get(key);
      if (!t) continue;
      failed.add(r.path);
      out.push(fail(`virtual network ${labels.get(key)} allows gateway transit (${t.side}, towards ${t.remote}) and uses remote gateways (${r.side}, towards ${r.remote}); accepted: one of the two per network`, r.path));
    }
    for (const p of inv.peerings) {
      for (const s of p.sides) {
        if (!on(s.useRemoteGateways) || failed.has(p.path)) continue;
        const own = gatewayIn(inv, s.local);
        if (own) {
          failed.add(p.path);
          out.push(fail(`${s.path} uses remote gateways, but its own network ${s.local.label} has a gateway (${own}); accepted: use remote gateways only on a network without a gateway`, p.path));
        }
      }
    }
    for (const p of inv.peerings) if (!failed.has(p.path)) out.push(pass(p.path));
    return out;
  },
};
