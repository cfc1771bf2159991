import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { GatewayIntegrationModel, PointToSiteGatewayModel } from '../../lib/model/gateway';
import { AppModel, Inventory, PlanModel, RegionalIntegrationModel, VnetModel } from '../../lib/model/inventory';
import type { PeeringModel } from '../../lib/model/peering';
import { mermaidText, topologyMarkdown, topologyMermaid } from '../../lib/topology/mermaid';
import { Testing } from 'cdktf';
import { SCENARIOS } from '../../examples';
import { exampleInventory } from '../../scripts/render-topology-example';
import { regionalStack } from '../fixtures/regional-stack';
import { gateway as gatewayModel } from '../rules/gateway/models';
import { k } from '../helpers/keys';
import { known, missing, token, tree, unset } from '../helpers/models';
import { makeInventory } from '../../lib/model/inventory-index';

const ROOT = path.join(__dirname, '..', '..');

/** Runs Mermaid's own parser (mermaid.parse under jsdom) on the files. */
function mermaidParse(files: string[]): { ok: boolean; diagramType?: string; error?: string }[] {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/mermaid-parse.mjs'), ...files], { cwd: ROOT, encoding: 'utf8' });
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('{'));
  if (lines.length === 0) throw new Error(`mermaid-parse printed nothing: ${r.stderr}`);
  return lines.map((l) => JSON.parse(l));
}

function tmpFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'topology-'));
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}


function vnet(key: string, name: string, space: string[], location = 'westeurope'): VnetModel {
  return { key: k(key), nameKeys: [k(key)], label: `s/${name}`, id: token('id'), name: known('name', name), location: known('location', location), addressSpace: known('space', space), subscriptionId: undefined, declared: true };
}
function plan(key: string, sku: string): PlanModel {
  return {
    key: k(key),
    label: `s/${key}`,
    declared: true,
    id: token('id'),
    skuName: known('sku', sku),
    osType: known('os', 'Windows'),
    location: known('location', 'westeurope'),
    appServiceEnvironmentId: missing('ase'),
    workerCount: missing('workers'),
    maximumElasticWorkerCount: missing('burst'),
    nameInGroup: undefined,
    subscriptionId: undefined,
  };
}
function app(key: string, name: string, planKey: string): AppModel {
  return { key: k(key), label: `s/${key}`, kind: 'azurerm_windows_web_app', name: known('name', name), osType: known('os', 'Windows'), location: known('location', 'westeurope'), planKey: k(planKey), appSettings: known('settings', {}) };
}

/** An inventory with every kind of subject, and labels full of characters Mermaid treats specially. */
function fullInventory(): Inventory {
  const hub = vnet('hub', 'vnet-hub', ['10.1.0.0/16']);
  const spoke = vnet('spoke', 'vnet "spoke" #1 <a|b> `x` & end', ['10.0.0.0/16']);
  const remote = vnet('remote', 'vnet-remote', ['10.2.0.0/16'], 'northeurope');
  const regional: RegionalIntegrationModel = {
    path: 's/Integration',
    plan: plan('plan-a', 'P1v3'),
    apps: [app('web', 'app-web', 'plan-a'), app('api', 'app "api"; click', 'plan-a')],
    vnet: spoke,
    subnet: { key: k('sub'), label: 's/Integration/Subnet', name: known('name', 'snet-app'), addressPrefixes: known('prefixes', ['10.0.4.0/26']), delegations: known('d', ['Microsoft.Web/serverFarms']), created: true, occupants: unset('occupants') },
    maxInstances: known('maxInstances', 10),
    routeAllTraffic: known('routeAllTraffic', false),
    hasNetworkSecurityGroup: false,
    hasRouteTable: false,
    serviceEndpoints: unset('serviceEndpoints'),
  };
  const gateway: PointToSiteGatewayModel = gatewayModel({ path: 's/Gateway', key: k('gw'), vnet: remote, pointToSitePool: known('pool', ['172.16.0.0/24']) });
  const gatewayIntegration: GatewayIntegrationModel = { path: 's/GatewayIntegration', app: app('legacy', 'app-legacy', 'plan-b'), plan: plan('plan-b', 'S1'), gateway, routes: known('routes', ['10.50.0.0/16', '192.168.0.0/24']), routeTableGiven: false, serviceEndpointsExpected: known('serviceEndpoints', []), packageUriKey: k('pkg'), rootCertificateManaged: true };
  const side = (path: string, local: VnetModel, remoteNet: VnetModel, transit: boolean): PeeringModel['sides'][number] => ({
    path,
    local,
    remote: remoteNet,
    allowVirtualNetworkAccess: known('access', true),
    allowForwardedTraffic: known('forwarded', false),
    allowGatewayTransit: known('transit', transit),
    useRemoteGateways: token('remote gateways'),
    role: transit ? 'hub' : 'spoke',
  });
  const peering: PeeringModel = { path: 's/Peering', purpose: 'gateway-transit', kind: 'gateway-transit', gateway: undefined, sides: [side('s/Peering/HubToSpoke', hub, spoke, true), side('s/Peering/SpokeToHub', spoke, hub, false)] };
  return makeInventory({ regional: [regional], gatewayIntegrations: [gatewayIntegration], gateways: [gateway], peerings: [peering], tree: tree() });
}

describe('topology diagram', () => {
  test('shows apps → plan → subnet → VNet, gateway with its pool, routes, peerings with flags and outbound ranges', () => {
    const m = topologyMermaid(fullInventory(), 's');
    expect(m.startsWith('flowchart LR\n')).toBe(true);
    expect(m).toMatch(/app\d+ --> plan\d+/);
    expect(m).toMatch(/plan\d+ -->\|"regional integration"\| subnet1/);
    expect(m).toContain('subnet1 --> vnet');
    expect(m).toContain('P2S pool 172.16.0.0/24');
    expect(m).toContain('Plan routes<br/>10.50.0.0/16, 192.168.0.0/24');
    expect(m).toContain('gateway transit true');
    expect(m).toContain('gateway transit false');
    expect(m).toContain('use remote gateways (token)');
    expect(m).toContain('Outbound from 10.0.4.0/26<br/>private (RFC 1918) traffic only');
    expect(m).toContain('Outbound from 172.16.0.0/24');
    // Two peering edges (one per direction), one node per network.
    expect(m.match(/-->\|"peering:/g)).toHaveLength(2);
    expect(m.match(/\[\("VNet:/g)).toHaveLength(3);
  });

  test('labels are escaped: no raw quote, pipe, angle bracket or backtick inside a label', () => {
    expect(mermaidText('a "b" #c <d> |e| `f` & g')).toBe('a #quot;b#quot; #35;c #lt;d#gt; #124;e#124; #96;f#96; #amp; g');
    const m = topologyMermaid(fullInventory(), 's');
    expect(m).toContain('vnet #quot;spoke#quot; #35;1 #lt;a#124;b#gt; #96;x#96; #amp; end');
  });

  test('ids and output are deterministic and independent of inventory order', () => {
    const inv = fullInventory();
    const reversed: Inventory = { ...inv, regional: [{ ...inv.regional[0], apps: [...inv.regional[0].apps].reverse() }] };
    expect(topologyMermaid(reversed, 's')).toBe(topologyMermaid(inv, 's'));
  });

  test('only subjects of the given stack appear', () => {
    const m = topologyMermaid(fullInventory(), 'other');
    expect(m).not.toContain('App:');
  });

  test("Mermaid's own parser accepts the full diagram and a synthesized topology.md", () => {
    const full = tmpFile('full.md', topologyMarkdown(fullInventory(), 's', 's'));
    const { app } = regionalStack();
    app.synth();
    const synthesized = path.join(app.outdir, 'stacks', 'web', 'topology.md');
    expect(fs.readFileSync(synthesized, 'utf8')).toContain('```mermaid\nflowchart LR');
    const example = path.join(ROOT, 'docs/topology-example.md');
    const results = mermaidParse([full, synthesized, example]);
    expect(results).toEqual([
      { file: full, index: 0, ok: true, diagramType: 'flowchart-v2' },
      { file: synthesized, index: 0, ok: true, diagramType: 'flowchart-v2' },
      { file: example, index: 0, ok: true, diagramType: 'flowchart-v2' },
    ]);
  });

  test("Mermaid's own parser accepts the topology.md of every example scenario", () => {
    const files = SCENARIOS.map((s) => {
      const app = Testing.app();
      s.build(app, s.id);
      app.synth();
      return path.join(app.outdir, 'stacks', s.id, 'topology.md');
    });
    expect(mermaidParse(files).map((r) => r.ok)).toEqual(files.map(() => true));
  });

  test('docs/topology-example.md is what the render script writes (rerun it after changing lib/topology)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'docs/topology-example.md'), 'utf8')).toBe(topologyMarkdown(exampleInventory(), 'prod', 'prod'));
  });

  test('the parser check can fail: Mermaid rejects an unterminated label', () => {
    const bad = tmpFile('bad.mmd', 'flowchart LR\n  a[" --> b\n');
    expect(mermaidParse([bad])[0].ok).toBe(false);
  });
});
