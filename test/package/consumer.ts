/**
 * A throwaway consumer project for one variant's tarball: installed from npm's cache where it can
 * (what `npm ci` of this repository put there; `--prefer-offline`, since `npm ci` caches tarballs but
 * not always the registry metadata an `npm install` resolves peers with), type-checked, and run as a user would run it.
 * Each program runs in its own Node process, so the jest process loads neither framework.
 */
import { execFileSync, spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../fixtures/build';

export type Variant = 'cdktf' | 'cdktn';

const MODULES = path.join(ROOT, 'node_modules');

/** Framework and provider package of each variant, with the exact versions the README's install line names. */
export const FRAMEWORK = {
  cdktf: { core: 'cdktf', provider: '@cdktf/provider-azurerm', versions: { cdktf: '0.21.0', '@cdktf/provider-azurerm': '14.23.1', constructs: '10.6.0' } },
  cdktn: { core: 'cdktn', provider: '@cdktn/provider-azurerm', versions: { cdktn: '0.24.0', '@cdktn/provider-azurerm': '16.1.0', constructs: '10.6.0' } },
} as const;

export const PACKAGE = { cdktf: 'cdktf-appservice-vnet-integration', cdktn: 'cdktn-appservice-vnet-integration' } as const;

function newest(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((e) => newest(path.join(p, e))));
}

/**
 * The tarballs of `npm run package` (dist/packages/), built when missing or older than the
 * sources they hold. `npm run test:slow` packs first and runs in band, so nothing races on dist/.
 */
export function tarballs(): Record<Variant, string> {
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const file = (v: Variant) => path.join(ROOT, 'dist', 'packages', `${PACKAGE[v]}-${version}.tgz`);
  const sources = Math.max(...['lib', 'docs', 'README.md', 'RULES.md', 'API.md', 'package.json', 'tools/variant'].map((p) => newest(path.join(ROOT, p))));
  const fresh = (v: Variant) => fs.existsSync(file(v)) && fs.statSync(file(v)).mtimeMs >= sources;
  if (!fresh('cdktf') || !fresh('cdktn')) execFileSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: 'pipe' });
  return { cdktf: file('cdktf'), cdktn: file('cdktn') };
}

/** The consumer's package.json, as README tells a user to write it (the override for cdktn). */
export function consumerPackageJson(variant: Variant, tarball: string): Record<string, any> {
  const f = FRAMEWORK[variant];
  const pkg: Record<string, any> = { name: `consumer-${variant}`, version: '1.0.0', private: true, dependencies: { [PACKAGE[variant]]: `file:${tarball}`, ...f.versions } };
  if (variant === 'cdktn') pkg.overrides = { '@cdktn/provider-azurerm': { cdktn: '$cdktn' } };
  return pkg;
}

export interface Consumer {
  readonly dir: string;
  readonly install: SpawnSyncReturns<string>;
  /** Writes `name`.ts, compiles the project with tsc and runs the program; returns the run. */
  run(name: string, source: string, args?: string[]): { tsc: SpawnSyncReturns<string>; run: SpawnSyncReturns<string> };
}

export function makeConsumer(variant: Variant): Consumer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `consumer-${variant}-`));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(consumerPackageJson(variant, tarballs()[variant]), null, 2));
  const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', strict: true, skipLibCheck: true, outDir: 'out', types: [] } }, null, 2),
  );
  return {
    dir,
    install,
    run(name, source, args = []) {
      fs.writeFileSync(path.join(dir, `${name}.ts`), source);
      const tsc = spawnSync(process.execPath, [path.join(MODULES, 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--typeRoots', path.join(MODULES, '@types'), '--types', 'node'], { cwd: dir, encoding: 'utf8' });
      const run = spawnSync(process.execPath, [path.join(dir, 'out', `${name}.js`), ...args], { cwd: dir, encoding: 'utf8' });
      return { tsc, run };
    },
  };
}

/** A program with a regional and a gateway-required integration, validations on (app.synth()). */
export function integrationsProgram(variant: Variant, subnetPrefix = '10.0.4.0/26'): string {
  const f = FRAMEWORK[variant];
  return `
import { App, TerraformStack } from '${f.core}';
import { AzurermProvider } from '${f.provider}/lib/provider';
import { ResourceGroup } from '${f.provider}/lib/resource-group';
import { ServicePlan } from '${f.provider}/lib/service-plan';
import { VirtualNetwork } from '${f.provider}/lib/virtual-network';
import { LinuxWebApp } from '${f.provider}/lib/linux-web-app';
import { WindowsWebApp } from '${f.provider}/lib/windows-web-app';
import { GatewayVnetIntegration, PointToSiteGateway, RegionalVnetIntegration, RuleSuppressions } from '${PACKAGE[variant]}';

const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, 'consumer');
new AzurermProvider(stack, 'azurerm', { features: [{}] });
const rg = new ResourceGroup(stack, 'Rg', { name: 'rg', location: 'westeurope' });

// Regional integration: a Linux plan and app into a delegated subnet.
const plan = new ServicePlan(stack, 'Plan', { name: 'asp', resourceGroupName: rg.name, location: rg.location, osType: 'Linux', skuName: 'P1v3' });
const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet', resourceGroupName: rg.name, location: rg.location, addressSpace: ['10.0.0.0/16'] });
const web = new LinuxWebApp(stack, 'Web', { name: 'web', resourceGroupName: rg.name, location: rg.location, servicePlanId: plan.id, siteConfig: {} });
new RegionalVnetIntegration(stack, 'Regional', { plan, apps: [web], virtualNetwork: vnet, subnetAddressPrefix: '${subnetPrefix}' });

// Gateway-required integration: a Windows app into a network in another region.
const winPlan = new ServicePlan(stack, 'WinPlan', { name: 'asp-win', resourceGroupName: rg.name, location: rg.location, osType: 'Windows', skuName: 'S1' });
const win = new WindowsWebApp(stack, 'Win', { name: 'win', resourceGroupName: rg.name, location: rg.location, servicePlanId: winPlan.id, siteConfig: {} });
const remote = new VirtualNetwork(stack, 'Remote', { name: 'vnet-remote', resourceGroupName: rg.name, location: 'northeurope', addressSpace: ['10.20.0.0/16'] });
const gateway = new PointToSiteGateway(stack, 'Gateway', { virtualNetwork: remote, gatewaySubnetAddressPrefix: '10.20.255.0/27', pointToSiteAddressPool: ['172.16.201.0/24'] });
const gw = new GatewayVnetIntegration(stack, 'GatewayIntegration', { app: win, plan: winPlan, gateway });
RuleSuppressions.acknowledge(gw, 'VNI-G015', 'consumer test of the legacy feature until its retirement');

app.synth();
console.log('synthesized');
`;
}

/** Reads the synthesized stack of a consumer run. */
export function readStack(outdir: string): { tf: any; report: any } {
  const dir = path.join(outdir, 'stacks', 'consumer');
  return {
    tf: JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')),
    report: JSON.parse(fs.readFileSync(path.join(dir, 'validation-report.json'), 'utf8')),
  };
}
