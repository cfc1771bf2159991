/**
 * The topology of one stack as a Mermaid flowchart, built from the inventory the rules saw:
 * apps → plan → integration subnet → virtual network, gateways with their point-to-site pools,
 * plan routes, peerings with their transit flags, and the address ranges the apps send from.
 * Pure: lib/inventory/topology-writer.ts writes it to topology.md beside cdk.tf.json.
 */
import { Configured, Fact, isInterpolation, isOpaque, isTokenMark } from '../model/fact';
import { readBoolean } from '../model/read-boolean';
import type { GatewayIntegrationModel, PointToSiteGatewayModel } from '../model/gateway';
import { AppModel, Inventory, PlanModel, RegionalIntegrationModel, SubnetModel, VnetModel } from '../model/inventory';
import type { PeeringModel } from '../model/peering';

export const TOPOLOGY_FILE = 'topology.md';

/** Escapes text for a quoted Mermaid label: entity codes for everything Mermaid or HTML would read. */
export function mermaidText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\|/g, '#124;')
    .trim();
}

/** A quoted label from lines of text. */
function label(lines: readonly string[]): string {
  return `"${lines.map(mermaidText).filter((l) => l.length > 0).join('<br/>')}"`;
}

/** A fact as the diagram shows it: literal values as written, tokens as "(token)". */
function show(f: Fact | undefined): string {
  if (!f) return '(unknown)';
  if (f.state !== 'given') return '(not set)';
  return text(f.value as Configured);
}

function text(v: Configured): string {
  if (v === null) return '(null)';
  if (isTokenMark(v)) return '(token)';
  if (isInterpolation(v)) return v.parts.map((p) => (typeof p === 'string' ? p : '(token)')).join('');
  if (isOpaque(v)) return v.description;
  if (Array.isArray(v)) return v.length ? v.map((x) => text(x)).join(', ') : '(none)';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

const routeAll = (r: RegionalIntegrationModel): boolean | undefined => {
  const b = readBoolean(r.routeAllTraffic);
  return b.state === 'known' ? b.value : undefined;
};

/** Items of one inventory list grouped under every ancestor path, built once per list. */
const BY_ANCESTOR = new WeakMap<readonly { readonly path: string }[], Map<string, { readonly path: string }[]>>();

/**
 * The items of `list` inside `stackPath`, in list order: the same as keeping those whose path is
 * `stackPath` or starts with `stackPath/`, but a
 * program with one stack per app would filter every list once per stack, which is quadratic.
 */
function inStackOf<T extends { readonly path: string }>(list: readonly T[], stackPath: string): T[] {
  let groups = BY_ANCESTOR.get(list);
  if (!groups) {
    groups = new Map();
    for (const item of list) {
      for (let i = item.path.indexOf('/'); ; i = item.path.indexOf('/', i + 1)) {
        const prefix = i === -1 ? item.path : item.path.substring(0, i);
        const l = groups.get(prefix);
        if (l) l.push(item);
        else groups.set(prefix, [item]);
        if (i === -1) break;
      }
    }
    BY_ANCESTOR.set(list, groups);
  }
  return [...((groups.get(stackPath) ?? []) as T[])];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Nodes keyed by the model key, with ids that follow the sorted keys (deterministic). */
class Nodes<M> {
  private readonly items = new Map<string, M>();
  /** Position of each key in sorted order; rebuilt after an add (ids are asked for far more often). */
  private index?: Map<string, number>;
  constructor(private readonly prefix: string) {}
  add(key: string, m: M): void {
    if (!this.items.has(key)) {
      this.items.set(key, m);
      this.index = undefined;
    }
  }
  id(key: string): string {
    if (!this.index) this.index = new Map(this.sortedKeys().map((k, i) => [k, i]));
    return `${this.prefix}${(this.index.get(key) ?? -1) + 1}`;
  }
  sortedKeys(): string[] {
    return [...this.items.keys()].sort(cmp);
  }
  entries(): [string, M][] {
    return this.sortedKeys().map((k) => [k, this.items.get(k)!]);
  }
}

/** The Mermaid source (no fences) for the part of the inventory inside `stackPath`. */
export function topologyMermaid(inv: Inventory, stackPath: string): string {
  const regional = inStackOf(inv.regional, stackPath).sort((a, b) => cmp(a.path, b.path));
  const gatewayIntegrations = inStackOf(inv.gatewayIntegrations, stackPath).sort((a, b) => cmp(a.path, b.path));
  const peerings = inStackOf(inv.peerings, stackPath).sort((a, b) => cmp(a.path, b.path));
  const gatewayList: PointToSiteGatewayModel[] = [
    ...inStackOf(inv.gateways, stackPath),
    ...gatewayIntegrations.map((g) => g.gateway),
  ];

  const apps = new Nodes<AppModel>('app');
  const plans = new Nodes<PlanModel>('plan');
  const subnets = new Nodes<SubnetModel>('subnet');
  const vnets = new Nodes<VnetModel>('vnet');
  const gateways = new Nodes<PointToSiteGatewayModel>('gw');
  for (const r of regional) {
    for (const a of r.apps) apps.add(a.key, a);
    plans.add(r.plan.key, r.plan);
    subnets.add(r.subnet.key, r.subnet);
    vnets.add(r.vnet.key, r.vnet);
  }
  for (const g of gatewayIntegrations) {
    apps.add(g.app.key, g.app);
    plans.add(g.plan.key, g.plan);
  }
  for (const g of gatewayList) {
    gateways.add(g.key, g);
    vnets.add(g.vnet.key, g.vnet);
  }
  for (const p of peerings) {
    for (const s of p.sides) {
      vnets.add(s.local.key, s.local);
      vnets.add(s.remote.key, s.remote);
    }
  }

  const out: string[] = ['flowchart LR'];
  const node = (id: string, text: string[], shape: 'box' | 'round' | 'stadium' | 'hex' | 'cyl' = 'box') => {
    const l = label(text);
    const wrapped = { box: `[${l}]`, round: `(${l})`, stadium: `([${l}])`, hex: `{{${l}}}`, cyl: `[(${l})]` }[shape];
    out.push(`  ${id}${wrapped}`);
  };
  const edge = (from: string, to: string, text?: string, dotted = false) => {
    const arrow = dotted ? '-.->' : '-->';
    out.push(text ? `  ${from} ${arrow}|${label([text])}| ${to}` : `  ${from} ${arrow} ${to}`);
  };

  for (const [, a] of apps.entries()) node(apps.id(a.key), [`App: ${show(a.name)}`, a.kind, a.label], 'round');
  for (const [, p] of plans.entries()) node(plans.id(p.key), [`Plan: ${p.label}`, `SKU ${show(p.skuName)}`, `${show(p.osType)}, ${show(p.location)}`]);
  for (const [, s] of subnets.entries()) {
    node(subnets.id(s.key), [`Integration subnet: ${show(s.name)}`, show(s.addressPrefixes), `delegated to ${show(s.delegations)}`]);
  }
  for (const [, v] of vnets.entries()) node(vnets.id(v.key), [`VNet: ${show(v.name)}`, show(v.addressSpace), show(v.location)], 'cyl');
  for (const [, g] of gateways.entries()) {
    node(gateways.id(g.key), [`Point-to-site gateway: ${g.path}`, `P2S pool ${show(g.pointToSitePool)}`], 'hex');
    edge(gateways.id(g.key), vnets.id(g.vnet.key), 'GatewaySubnet of');
  }

  let outbound = 0;
  for (const r of regional) writeRegional(r);
  for (const g of gatewayIntegrations) writeGateway(g);
  for (const p of peerings) writePeering(p);

  function writeRegional(r: RegionalIntegrationModel): void {
    for (const a of [...r.apps].sort((x, y) => cmp(x.key, y.key))) edge(apps.id(a.key), plans.id(r.plan.key));
    const all = routeAll(r);
    edge(plans.id(r.plan.key), subnets.id(r.subnet.key), `regional integration${all === true ? ', route all' : all === undefined ? ', route all (token)' : ''}`);
    edge(subnets.id(r.subnet.key), vnets.id(r.vnet.key));
    const id = `out${++outbound}`;
    node(id, [`Outbound from ${show(r.subnet.addressPrefixes)}`, all === true ? 'all outbound traffic' : all === false ? 'private (RFC 1918) traffic only' : 'all or private traffic (route-all is a token)'], 'stadium');
    edge(subnets.id(r.subnet.key), id, 'apps send from', true);
  }

  function writeGateway(g: GatewayIntegrationModel): void {
    edge(apps.id(g.app.key), plans.id(g.plan.key));
    edge(plans.id(g.plan.key), gateways.id(g.gateway.key), 'gateway-required integration');
    if (g.routes.state === 'given' && !(Array.isArray(g.routes.value) && g.routes.value.length === 0)) {
      const id = `routes${++outbound}`;
      node(id, ['Plan routes', show(g.routes)], 'stadium');
      edge(plans.id(g.plan.key), id, 'routes into the network', true);
    }
    const id = `out${++outbound}`;
    node(id, [`Outbound from ${show(g.gateway.pointToSitePool)}`, 'point-to-site pool'], 'stadium');
    edge(gateways.id(g.gateway.key), id, 'apps send from', true);
  }

  function writePeering(p: PeeringModel): void {
    for (const s of p.sides) {
      const flags = [
        `access ${show(s.allowVirtualNetworkAccess)}`,
        `forwarded ${show(s.allowForwardedTraffic)}`,
        `gateway transit ${show(s.allowGatewayTransit)}`,
        `use remote gateways ${show(s.useRemoteGateways)}`,
      ].join(', ');
      edge(vnets.id(s.local.key), vnets.id(s.remote.key), `peering: ${flags}`);
    }
  }

  out.push(
    '  classDef app fill:#e8f1fb,stroke:#2b6cb0',
    '  classDef plan fill:#fdf2e9,stroke:#c05621',
    '  classDef net fill:#ebf8f0,stroke:#2f855a',
    '  classDef out fill:#f7f7f7,stroke:#718096,stroke-dasharray: 4 2',
  );
  const cls = (ids: string[], c: string) => {
    if (ids.length > 0) out.push(`  class ${ids.join(',')} ${c}`);
  };
  cls(apps.sortedKeys().map((k) => apps.id(k)), 'app');
  cls(plans.sortedKeys().map((k) => plans.id(k)), 'plan');
  cls([...subnets.sortedKeys().map((k) => subnets.id(k)), ...vnets.sortedKeys().map((k) => vnets.id(k)), ...gateways.sortedKeys().map((k) => gateways.id(k))], 'net');
  const outIds = out.filter((l) => /^ {2}(out|routes)\d+[[(]/.test(l)).map((l) => l.trim().split(/[[(]/)[0]);
  cls(outIds, 'out');
  return out.join('\n') + '\n';
}

/** topology.md: a heading, a short legend and the diagram in a mermaid block. */
export function topologyMarkdown(inv: Inventory, stackPath: string, stackName: string): string {
  return [
    `# Topology of stack ${stackName}`,
    '',
    'Generated at synthesis by cdktf-appservice-vnet-integration from the constructs in this stack.',
    'Round boxes are apps, rectangles plans, cylinders virtual networks, hexagons point-to-site gateways;',
    'dotted arrows lead to the address ranges the apps send from and to plan routes.',
    '',
    '```mermaid',
    topologyMermaid(inv, stackPath).trimEnd(),
    '```',
    '',
  ].join('\n');
}
