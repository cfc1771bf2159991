/**
 * Renders an example topology diagram to docs/topology-example.png with a real renderer:
 * headless Chromium (Debian package `chromium`) driving the Mermaid bundle from node_modules.
 * Also writes docs/topology-example.md (the same diagram as a Mermaid block).
 *
 * Not run in CI. Run by hand after changing lib/topology:
 *   apt-get install -y chromium
 *   npx ts-node --transpile-only scripts/render-topology-example.ts
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Configured, Fact, FactKind, given, missing as absent } from '../lib/model/fact';
import type { GatewayIntegrationModel, PointToSiteGatewayModel } from '../lib/model/gateway';
import { AppModel, Inventory, PlanModel, VnetModel } from '../lib/model/inventory';
import { emptyTree, makeInventory } from '../lib/model/inventory-index';
import type { PeeringModel, PeeringSideModel } from '../lib/model/peering';
import { constructKey as key } from '../lib/model/resource-key';
import { topologyMarkdown, topologyMermaid } from '../lib/topology/mermaid';

const ROOT = path.join(__dirname, '..');
const known = <K extends FactKind>(label: string, value: Configured): Fact<K> => given<K>(label, value);
const missing = <K extends FactKind>(label: string): Fact<K> => absent<K>(label);

function vnet(k: string, name: string, space: string, location: string): VnetModel {
  return { key: key(k), nameKeys: [key(k)], label: `prod/${k}`, id: missing('id'), name: known('name', name), location: known('location', location), addressSpace: known('address space', [space]), subscriptionId: undefined, declared: true };
}
function plan(k: string, sku: string, os: 'Linux' | 'Windows', location: string): PlanModel {
  return {
    key: key(k),
    label: `prod/${k}`,
    declared: true,
    id: missing('id'),
    skuName: known('sku', sku),
    osType: known('os', os),
    location: known('location', location),
    appServiceEnvironmentId: missing('ase'),
    workerCount: known('workers', 3),
    maximumElasticWorkerCount: missing('burst'),
    nameInGroup: undefined,
    subscriptionId: undefined,
  };
}
function app(k: string, name: string, planKey: string, kind: AppModel['kind']): AppModel {
  return { key: key(k), label: `prod/${k}`, kind, name: known('name', name), osType: missing('os'), location: known('location', 'westeurope'), planKey: key(planKey), appSettings: known('settings', {}) };
}
function side(p: string, local: VnetModel, remote: VnetModel, transit: boolean, useRemote: boolean): PeeringSideModel {
  return {
    path: p,
    local,
    remote,
    allowVirtualNetworkAccess: known('access', true),
    allowForwardedTraffic: known('forwarded', true),
    allowGatewayTransit: known('transit', transit),
    useRemoteGateways: known('remote gateways', useRemote),
    role: transit ? 'hub' : useRemote ? 'spoke' : 'peer',
  };
}

/** An app with every part the diagram shows. */
export function exampleInventory(): Inventory {
  const spoke = vnet('SpokeVnet', 'vnet-spoke-weu', '10.0.0.0/16', 'westeurope');
  const hub = vnet('HubVnet', 'vnet-hub-neu', '10.10.0.0/16', 'northeurope');
  const webPlan = plan('WebPlan', 'P1v3', 'Linux', 'westeurope');
  const legacyPlan = plan('LegacyPlan', 'S1', 'Windows', 'westeurope');
  const gateway: PointToSiteGatewayModel = {
    path: 'prod/HubGateway', key: key('HubGateway'), vnet: hub, pointToSitePool: known('pool', ['172.16.20.0/24']),
    created: true, id: missing('gateway ID'), sku: known('sku', 'VpnGw1AZ'), gatewayType: known('type', 'Vpn'), vpnType: known('vpn type', 'RouteBased'),
    generation: known('generation', 'Generation1'), protocols: known('protocols', ['SSTP']), gatewaySubnetName: known('subnet', 'GatewaySubnet'),
    gatewaySubnetPrefixes: known('prefixes', ['10.10.255.0/27']), customRoutes: known('custom routes', []), hasExpressRouteGateway: known('er', false), bgpEnabled: known('bgp', false),
    location: known('location', 'northeurope'), publicIpLocation: known('public IP location', 'northeurope'), publicIpZones: known('public IP zones', ['1', '2', '3']),
  };
  const gatewayIntegration: GatewayIntegrationModel = {
    path: 'prod/LegacyIntegration',
    app: app('LegacyApp', 'app-legacy', 'LegacyPlan', 'azurerm_windows_web_app'),
    plan: legacyPlan,
    gateway,
    routes: known('routes', ['10.20.0.0/16']),
    routeTableGiven: false,
    serviceEndpointsExpected: known('serviceEndpoints', []),
    packageUriKey: key('prod/LegacyIntegration/VpnClientPackage'),
    rootCertificateManaged: true,
  };
  const peering: PeeringModel = {
    path: 'prod/HubSpokePeering',
    purpose: 'gateway-transit',
    kind: 'gateway-transit',
    gateway,
    sides: [side('prod/HubSpokePeering/HubToSpoke', hub, spoke, true, false), side('prod/HubSpokePeering/SpokeToHub', spoke, hub, false, true)],
  };
  return makeInventory({
    regional: [
      {
        path: 'prod/WebIntegration',
        plan: webPlan,
        apps: [app('WebApp', 'app-web', 'WebPlan', 'azurerm_linux_web_app'), app('ApiApp', 'func-api', 'WebPlan', 'azurerm_linux_function_app')],
        vnet: spoke,
        subnet: {
          key: key('WebSubnet'),
          label: 'prod/WebIntegration/Subnet',
          name: known('name', 'snet-appservice-web'),
          addressPrefixes: known('prefixes', ['10.0.4.0/26']),
          delegations: known('delegations', ['Microsoft.Web/serverFarms']),
          created: true,
          occupants: missing('occupants'),
        },
        maxInstances: known('maxInstances', 10),
        routeAllTraffic: known('routeAllTraffic', true),
        hasNetworkSecurityGroup: true,
        hasRouteTable: false,
        serviceEndpoints: known('serviceEndpoints', []),
      },
    ],
    gatewayIntegrations: [gatewayIntegration],
    gateways: [gateway],
    peerings: [peering],
    tree: emptyTree(),
  });
}

function main(): void {
  const inv = exampleInventory();
  const source = topologyMermaid(inv, 'prod');
  fs.writeFileSync(path.join(ROOT, 'docs/topology-example.md'), topologyMarkdown(inv, 'prod', 'prod'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'render-topology-'));
  const mermaidJs = path.join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js');
  const html = `<!doctype html><html><head><meta charset="utf-8">
<style>body{margin:0;background:#fff;font-family:sans-serif}#out{padding:20px}#out svg{max-width:none!important;width:auto!important}</style>
<script src="file://${mermaidJs}"></script></head><body><div id="out"></div>
<script>
mermaid.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict', fontFamily: 'Liberation Sans, Arial, sans-serif', themeVariables: { fontFamily: 'Liberation Sans, Arial, sans-serif' } });
mermaid.render('topology', ${JSON.stringify(source)}).then(({ svg }) => {
  document.getElementById('out').innerHTML = svg;
  document.title = 'rendered';
}).catch((e) => { document.title = 'error: ' + e.message; });
</script></body></html>`;
  const page = path.join(work, 'page.html');
  fs.writeFileSync(page, html);
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--allow-file-access-from-files', '--virtual-time-budget=10000', `--user-data-dir=${path.join(work, 'profile')}`];
  const dom = execFileSync('chromium', [...flags, '--dump-dom', `file://${page}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  const title = /<title>([^<]*)<\/title>/.exec(dom)?.[1];
  if (title !== 'rendered') throw new Error(`Mermaid did not render: ${title ?? 'no title'}`);
  const raw = /<svg[\s\S]*<\/svg>/.exec(dom)![0];
  const [, w, h] = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(raw) ?? [];
  const width = Math.ceil(Number(w));
  const height = Math.ceil(Number(h));
  // The SVG only gives the picture's size; one copy of the picture ships, as PNG.
  execFileSync('chromium', [...flags, '--hide-scrollbars', '--force-device-scale-factor=1.5', `--window-size=${width + 40},${height + 40}`, `--screenshot=${path.join(ROOT, 'docs/topology-example.png')}`, `file://${page}`], { stdio: 'ignore' });
  console.log(`wrote docs/topology-example.png (${width}x${height}) and .md`);
}

if (require.main === module) main();
