import { Inventory } from '../../model/inventory';
import { ResourceKey } from '../../model/resource-key';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';
import { gatewayIn } from '../../model/inventory-index';
import { PeeringSideModel } from '../../model/peering';
import { readBoolean } from '../../model/read-boolean';
import { Unresolved } from '../../model/reading';
import { flagOf } from '../shared/peering-roles';
import { checkOfProblem } from '../shared/readings';
import { pushTo } from '../shared/multimap';

interface Use {
  readonly path: string;
  readonly side: string;
  readonly remote: string;
  /** False when the flag is a token (it may be on). */
  readonly known: boolean;
}

/** A network either offers its gateway to peers or uses a peer's gateway, never both. */
export const P003_TRANSIT_OR_REMOTE_GATEWAYS: InventoryRule = {
  id: 'VNI-P003',
  name: 'Peering.TransitOrRemoteGateways',
  level: 'error',
  scope: 'inventory',
  reads: [
    { scope: 'peering', path: 'sides.0.useRemoteGateways', kind: 'boolean' },
    { scope: 'peering', path: 'sides.1.allowGatewayTransit', kind: 'boolean' },
  ],
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
    const transit = new Map<ResourceKey, Use[]>();
    const remote = new Map<ResourceKey, Use[]>();
    const note = (m: Map<ResourceKey, Use[]>, k: ResourceKey, u: Use) => pushTo(m, k, u);
    const found = new Map<string, Check>();
    for (const p of inv.peerings) {
      for (const s of p.sides) {
        for (const flag of ['allowGatewayTransit', 'useRemoteGateways'] as const) {
          const r = readBoolean(s[flag]);
          if (r.state === 'malformed' && !found.has(p.path)) found.set(p.path, { ...checkOfProblem(r, `${s.path}`), path: p.path });
        }
        const t = flagOf(s, 'allowGatewayTransit');
        const r = flagOf(s, 'useRemoteGateways');
        if (t !== 'off') note(transit, s.local.key, { path: p.path, side: s.path, remote: s.remote.label, known: t === 'on' });
        if (r !== 'off') note(remote, s.local.key, { path: p.path, side: s.path, remote: s.remote.label, known: r === 'on' });
      }
    }
    const labels = new Map(inv.peerings.flatMap((p) => p.sides.map((s) => [s.local.key, s.local.label] as const)));
    for (const [key, uses] of remote) {
      const offers = transit.get(key) ?? [];
      for (const r of uses) {
        if (found.has(r.path)) continue;
        const t = offers.find((o) => o.known) ?? offers[0];
        if (t && r.known && t.known) {
          found.set(r.path, fail(`virtual network ${labels.get(key)} allows gateway transit (${t.side}, towards ${t.remote}) and uses remote gateways (${r.side}, towards ${r.remote}); accepted: one of the two per network`, r.path));
        } else if (t) {
          const unknown = !r.known ? readBoolean(sideOf(inv, r.side)!.useRemoteGateways) : readBoolean(sideOf(inv, t.side)!.allowGatewayTransit);
          found.set(r.path, { ...checkOfProblem(unknown as Unresolved, `whether virtual network ${labels.get(key)} both allows gateway transit (${t.side}) and uses remote gateways (${r.side})`, 'one of the two per network'), path: r.path });
        }
      }
    }
    for (const p of inv.peerings) {
      for (const s of p.sides) {
        if (found.has(p.path)) continue;
        const r = flagOf(s, 'useRemoteGateways');
        if (r === 'off') continue;
        const own = gatewayIn(inv, s.local);
        if (own) {
          found.set(p.path, r === 'on'
            ? fail(`${s.path} uses remote gateways, but its own network ${s.local.label} has a gateway (${own}); accepted: use remote gateways only on a network without a gateway`, p.path)
            : { ...checkOfProblem(readBoolean(s.useRemoteGateways) as Unresolved, `whether ${s.path} uses remote gateways while its own network ${s.local.label} has a gateway (${own})`), path: p.path });
        }
      }
    }
    return inv.peerings.map((p) => found.get(p.path) ?? pass(p.path));
  },
};

/** The side at `path` among the inventory's peerings. */
function sideOf(inv: Inventory, path: string): PeeringSideModel | undefined {
  for (const p of inv.peerings) for (const s of p.sides) if (s.path === path) return s;
  return undefined;
}
