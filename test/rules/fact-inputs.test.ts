/**
 * Generated from the rule catalog: every rule runs against every fact it declares it reads (its
 * `reads`), with that fact as a token (with an origin), as a list holding a token, missing,
 * malformed and, for address blocks, with an IPv6 block added. Adding a rule, or a fact to a rule's
 * `reads`, adds its cases; a rule that declares no reads must say why.
 *
 * What each case must give (docs/guarantees.md):
 * - token, list holding a token, missing: "unverified" findings only, one naming the attribute
 *   (and, for tokens, where the value comes from); never a pass, never an error or warning;
 * - malformed: an error or warning that shows the value; never a pass;
 * - IPv6: the behaviour the read declares ('ignored': the baseline outcome; 'fail': a failure naming the block).
 */
import { Configured, Fact, FactKind, given, missing, tokenMark } from '../../lib/model/fact';
import { Inventory, InventoryParts } from '../../lib/model/inventory';
import { makeInventory } from '../../lib/model/inventory-index';
import { ALL_RULES } from '../../lib/rules/catalog';
import { FactRead, ReadScope, Rule } from '../../lib/rules/rule';
import { evaluate, Finding } from '../../lib/validation/engine';
import { k } from '../helpers/keys';
import { known, plan, regional, tree, vnet } from '../helpers/models';
import { transitPeering, vnetModelOf } from '../helpers/peering-models';
import { gateway as gatewayModel, integration, plan as gatewayPlan, vnet as gatewayVnet } from './gateway/models';

const ORIGIN = 'var.fact_under_test';
const SUB = '11111111-2222-3333-4444-555555555555';

/** A compliant inventory for each scope, and where in it the subject of that scope is. */
function baseline(scope: ReadScope): { parts: InventoryParts; subject: (p: InventoryParts) => object } {
  // Literal IDs although the plan and network are declared: rules that look at IDs of imported
  // resources find compliant ones once a read's `when` says "imported".
  const r = regional({
    maxInstances: known('maxInstances', 10),
    plan: plan({ id: known('plan ID', `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan`) }),
    vnet: vnet({ id: known('virtual network ID', `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet`) }),
  });
  const neighbour = { key: k('neighbour-subnet'), path: 'Stack/Workloads', prefixes: known<'blocks'>('address prefixes of subnet Stack/Workloads', ['10.0.1.0/24']) };
  const regionalParts: InventoryParts = {
    regional: [r], gatewayIntegrations: [], gateways: [], peerings: [],
    tree: tree({ subnetsByVnet: new Map([[r.vnet.nameKeys[0], [neighbour]]]) }),
  };
  const imported = (kind: string, name: string) => `/subscriptions/${SUB}/resourceGroups/rg/providers/${kind}/${name}`;
  const gw = gatewayModel({
    vnet: gatewayVnet({ declared: false, id: known('virtual network ID', imported('Microsoft.Network/virtualNetworks', 'vnet-remote')) }),
    hasExpressRouteGateway: known('hasExpressRouteGateway', false),
    bgpEnabled: known('bgpEnabled', false),
    customRoutes: known('customRoutes', ['192.168.0.0/16']),
  });
  switch (scope) {
    case 'regional-integration':
      return { parts: regionalParts, subject: (p) => p.regional[0] };
    case 'tree-subnet':
      return { parts: regionalParts, subject: (p) => [...p.tree.subnetsByVnet.values()][0][0] };
    case 'inline-subnet': {
      const inline = { path: 'Stack/Vnet subnet "snet-inline"', name: known<'string'>('name of inline subnet 1', 'snet-inline'), prefixes: known<'blocks'>('address prefixes of inline subnet 1', ['10.0.2.0/24']) };
      const parts = { ...regionalParts, tree: tree({ inlineSubnetsByVnet: new Map([[r.vnet.key, { path: 'Stack/Vnet', subnets: [inline], unreadable: undefined }]]) }) };
      return { parts, subject: (p) => [...p.tree.inlineSubnetsByVnet.values()][0].subnets[0] };
    }
    case 'autoscale-setting': {
      const autoscale = { path: 'Stack/Autoscale', maximum: known<'number'>('capacity maximum of autoscale setting Stack/Autoscale', 10) };
      return { parts: { ...regionalParts, tree: tree({ autoscaleByTarget: new Map([[r.plan.key, [autoscale]]]) }) }, subject: (p) => [...p.tree.autoscaleByTarget.values()][0][0] };
    }
    case 'gateway-integration': {
      const g = integration({
        plan: gatewayPlan({ declared: false, id: known('plan ID', imported('Microsoft.Web/serverfarms', 'plan')) }),
        app: { ...integration().app, appSettings: known('app settings', { A: 'b' }) },
        gateway: gw,
      });
      return { parts: { regional: [], gatewayIntegrations: [g], gateways: [gw], peerings: [], tree: tree() }, subject: (p) => p.gatewayIntegrations[0] };
    }
    case 'point-to-site-gateway':
      return { parts: { regional: [], gatewayIntegrations: [], gateways: [gw], peerings: [], tree: tree() }, subject: (p) => p.gateways[0] };
    case 'peering': {
      const hub = vnetModelOf('ref:hub:azurerm_virtual_network.Hub.id', ['10.0.0.0/16']);
      const spoke = vnetModelOf('ref:spoke:azurerm_virtual_network.Spoke.id', ['10.1.0.0/16']);
      const hubGateway = gatewayModel({ path: 'hub/Gateway', vnet: hub });
      // An integration on the hub's gateway that routes the spoke's range (VNI-P008).
      const onHub = integration({ gateway: hubGateway, routes: known('plan routes (routes)', ['10.1.0.0/16']) });
      return { parts: { regional: [], gatewayIntegrations: [onHub], gateways: [hubGateway], peerings: [transitPeering('Stack/Peering', hub, spoke)], tree: tree() }, subject: (p) => p.peerings[0] };
    }
  }
}

/** A copy of `root` in which each object of `replace` stands replaced, wherever it appears (identity, not position). */
function rebuild<T>(root: T, replace: Map<object, unknown>): T {
  const done = new Map<object, unknown>();
  const walk = (x: unknown): unknown => {
    if (x === null || typeof x !== 'object') return x;
    if (replace.has(x)) return replace.get(x);
    if (done.has(x)) return done.get(x);
    let out: unknown = x;
    if (Array.isArray(x)) {
      const items = x.map(walk);
      out = items.some((v, i) => v !== x[i]) ? items : x;
    } else if (x instanceof Map) {
      const entries = [...x].map(([key, v]) => [key, walk(v)] as const);
      out = entries.some(([key, v]) => v !== x.get(key)) ? new Map(entries) : x;
    } else if (Object.getPrototypeOf(x) === Object.prototype) {
      const changed = Object.entries(x).map(([key, v]) => [key, walk(v)] as const).filter(([key, v]) => v !== (x as Record<string, unknown>)[key]);
      out = changed.length > 0 ? { ...x, ...Object.fromEntries(changed) } : x;
    }
    done.set(x, out);
    return out;
  };
  return walk(root) as T;
}

/** Sets `path` (dot separated, numbers index arrays) under `from` to `value`, in every place `from`'s parts appear. */
function setAt(parts: InventoryParts, from: object, path: string, value: unknown): InventoryParts {
  const keys = path.split('.');
  const chain: object[] = [from];
  for (const key of keys.slice(0, -1)) chain.push((chain[chain.length - 1] as Record<string, object>)[key]);
  let next: unknown = value;
  const replace = new Map<object, unknown>();
  for (let i = chain.length - 1; i >= 0; i--) {
    const owner = chain[i];
    const copy = Array.isArray(owner) ? [...owner] : { ...owner };
    (copy as Record<string, unknown>)[keys[i]] = next;
    replace.set(owner, copy);
    next = copy;
  }
  return rebuild(parts, replace);
}

function inventoryFor(read: FactRead, fact?: (baseline: Fact) => Fact): Inventory {
  const base = baseline(read.scope);
  let parts = base.parts;
  for (const [path, value] of Object.entries(read.when ?? {})) {
    parts = path.startsWith('/') ? setAt(parts, parts, path.slice(1), value) : setAt(parts, base.subject(parts), path, value);
  }
  if (fact) {
    const subject = base.subject(parts) as Record<string, unknown>;
    const current = read.path.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown>)?.[key], subject) as Fact;
    parts = setAt(parts, subject, read.path, fact(current));
  }
  return makeInventory(parts);
}

const run = (rule: Rule, inv: Inventory): Finding[] => evaluate(inv, [rule], () => []);
const outcomes = (f: Finding[]) => [...new Set(f.map((x) => x.outcome))].sort();
const LABEL = (read: FactRead) => `fact under test (${read.path})`;
const SHAPE: Record<FactKind, 'string' | 'number' | 'list' | 'map'> = { blocks: 'list', strings: 'list', number: 'number', settings: 'map', string: 'string', location: 'string', boolean: 'string' };
const MALFORMED: Record<FactKind, { value: Configured; shown: string }> = {
  blocks: { value: ['x'], shown: '"x"' },
  strings: { value: [42], shown: '42' },
  number: { value: 'many', shown: '"many"' },
  string: { value: 42, shown: '42' },
  location: { value: 42, shown: '42' },
  boolean: { value: 'yes', shown: '"yes"' },
  settings: { value: 'not a map', shown: '"not a map"' },
};
const isList = (kind: FactKind) => kind === 'blocks' || kind === 'strings';

const cases = ALL_RULES.flatMap((rule) => rule.reads.map((read) => [`${rule.id} ${read.scope}:${read.path}`, rule, read] as const));

describe('every rule declares what it reads', () => {
  test.each(ALL_RULES.map((r) => [r.id, r] as const))('%s reads facts or says why not', (_id, rule) => {
    if (rule.reads.length === 0) expect(rule.readsNoFacts).toMatch(/\w+ \w+ \w+/);
    else expect(rule.readsNoFacts).toBeUndefined();
    for (const read of rule.reads) {
      if (read.kind === 'blocks') expect(['ignored', 'fail']).toContain(read.ipv6);
      else expect(read.ipv6).toBeUndefined();
    }
  });

  test('the generated cases cover the rules that read facts', () => {
    expect(new Set(cases.map(([, r]) => r.id)).size).toBeGreaterThanOrEqual(30);
  });
});

describe.each(cases)('%s', (_name, rule, read) => {
  const label = LABEL(read);

  test('baseline: compliant (so each case below changes only the fact under test)', () => {
    const f = run(rule, inventoryFor(read));
    expect(f.length).toBeGreaterThan(0);
    expect(f.filter((x) => !['pass', 'not-applicable'].includes(x.outcome)).map((x) => x.message)).toEqual([]);
  });

  test('a token: unverified, naming the attribute and where it comes from; never pass or fail', () => {
    const f = run(rule, inventoryFor(read, () => given(label, tokenMark(ORIGIN, SHAPE[read.kind]))));
    expect(outcomes(f)).toEqual(['unverified']);
    expect(f.some((x) => x.message.includes(label) && x.message.includes(ORIGIN))).toBe(true);
  });

  if (isList(read.kind)) {
    test(read.presenceOnly ? 'a list holding a token: judged (the rule asks only whether there are elements)' : 'a list holding a token: unverified, naming the element and its origin', () => {
      const f = run(rule, inventoryFor(read, () => given(label, [tokenMark(ORIGIN)])));
      if (read.presenceOnly) {
        expect(outcomes(f)).not.toContain('unverified');
      } else {
        expect(outcomes(f)).toEqual(['unverified']);
        expect(f.some((x) => x.message.includes(`${label}, element 1,`) && x.message.includes(ORIGIN))).toBe(true);
      }
    });
  }

  test('missing: unverified, naming the attribute; never pass or fail', () => {
    const f = run(rule, inventoryFor(read, () => missing(label)));
    expect(outcomes(f)).toEqual(['unverified']);
    expect(f.some((x) => x.message.includes(`${label} was not given`))).toBe(true);
  });

  test('malformed: a failure that shows the value; never a pass', () => {
    const bad = MALFORMED[read.kind];
    const f = run(rule, inventoryFor(read, () => given(label, bad.value)));
    expect(outcomes(f)).not.toContain('pass');
    const failed = f.filter((x) => x.outcome === 'error' || x.outcome === 'warning');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.some((x) => x.message.includes(label) && x.message.includes(bad.shown))).toBe(true);
  });

  if (read.kind === 'blocks') {
    test(`IPv6 beside the IPv4 blocks: ${read.ipv6}`, () => {
      const block = 'fd00:db8:0:77::/64';
      const f = run(rule, inventoryFor(read, (current) => given(label, [...((current.value as Configured[]) ?? []), block])));
      if (read.ipv6 === 'fail') {
        expect(f.some((x) => (x.outcome === 'error' || x.outcome === 'warning') && x.message.includes(block))).toBe(true);
      } else {
        expect(outcomes(f)).toEqual(outcomes(run(rule, inventoryFor(read))));
      }
    });
  }
});
