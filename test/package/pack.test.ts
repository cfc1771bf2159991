/**
 * Proves a user can consume the package: `npm pack`, install the tarball offline into a fresh
 * project (cdktf, constructs and the azurerm provider linked from this repository's node_modules),
 * and synthesize a stack through the installed package, in JavaScript and type-checked TypeScript.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureBuilt, ROOT } from '../fixtures/build';

const PKG = 'cdktf-appservice-vnet-integration';
jest.setTimeout(180_000);

let work: string;
let tarball: string;
let files: string[];

beforeAll(() => {
  ensureBuilt();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-test-'));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const info = JSON.parse(out.slice(out.indexOf('[')))[0];
  tarball = path.join(work, info.filename);
  files = (info.files as { path: string }[]).map((f) => f.path).sort();
});

describe('npm pack', () => {
  test('the package holds compiled JS and .d.ts, docs, LICENSE and nothing from tests, examples or cdktf.out', () => {
    for (const f of ['package.json', 'LICENSE', 'RULES.md', 'API.md', '.jsii', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'docs/rules/VNI-R001.md', 'docs/testing.md', 'docs/report-and-topology.md']) {
      expect(files).toContain(f);
    }
    if (fs.existsSync(path.join(ROOT, 'README.md'))) expect(files).toContain('README.md');
    const allowed = /^(package\.json|LICENSE|README\.md|RULES\.md|API\.md|\.jsii|dist\/lib\/.+\.(js|d\.ts)|docs\/.+|node_modules\/ipaddr\.js\/.+)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(test|examples|cdktf\.out|bench)\//.test(f) || /\.test\.|\.ts$/.test(f.replace(/\.d\.ts$/, '')))).toEqual([]);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['@cdktf/provider-azurerm', 'cdktf', 'constructs']);
  });

  test('the tarball installs offline into a new cdktf project and synthesizes an example', () => {
    const project = path.join(work, 'consumer');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2));
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps', tarball], { cwd: project, encoding: 'utf8' });
    expect({ status: install.status, stderr: install.status === 0 ? '' : install.stderr }).toEqual({ status: 0, stderr: '' });
    // Peer dependencies come from this repository's node_modules, as a user's project would have them.
    const modules = fs.realpathSync(path.join(ROOT, 'node_modules'));
    fs.mkdirSync(path.join(project, 'node_modules', '@cdktf'), { recursive: true });
    for (const dep of ['cdktf', 'constructs', '@cdktf/provider-azurerm']) {
      fs.symlinkSync(path.join(modules, dep), path.join(project, 'node_modules', dep), 'dir');
    }
    expect(fs.existsSync(path.join(project, 'node_modules', PKG, 'dist', 'lib', 'index.js'))).toBe(true);
    expect(fs.existsSync(path.join(project, 'node_modules', PKG, 'test'))).toBe(false);

    const main = `
import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { RegionalVnetIntegration, RuleSuppressions, VnetIntegrationTesting } from '${PKG}';

const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, 'consumer');
new AzurermProvider(stack, 'azurerm', { features: [{}] });
const rg = new ResourceGroup(stack, 'Rg', { name: 'rg', location: 'westeurope' });
const plan = new ServicePlan(stack, 'Plan', { name: 'asp', resourceGroupName: rg.name, location: 'westeurope', osType: 'Linux', skuName: 'P1v3' });
const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet', resourceGroupName: rg.name, location: 'westeurope', addressSpace: ['10.0.0.0/16'] });
const web = new LinuxWebApp(stack, 'Web', { name: 'web', resourceGroupName: rg.name, location: 'westeurope', servicePlanId: plan.id, siteConfig: {} });
const integration = new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [web], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/27' });
RuleSuppressions.acknowledge(integration, 'VNI-R003', 'Consumer test plan stays small');
const findings: { ruleId: string; outcome: string }[] = VnetIntegrationTesting.synthFindings(stack);
app.synth();
console.log(JSON.stringify(findings.find((f) => f.ruleId === 'VNI-R003')));
`;
    fs.writeFileSync(path.join(project, 'main.ts'), main);
    fs.writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', strict: true, skipLibCheck: true, outDir: 'out', types: [], preserveSymlinks: false } }, null, 2),
    );
    const tsc = spawnSync(process.execPath, [path.join(modules, 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--typeRoots', path.join(modules, '@types'), '--types', 'node'], { cwd: project, encoding: 'utf8' });
    expect({ status: tsc.status, out: tsc.status === 0 ? '' : tsc.stdout + tsc.stderr }).toEqual({ status: 0, out: '' });

    const outdir = path.join(work, 'cdktf.out');
    const run = spawnSync(process.execPath, [path.join(project, 'out', 'main.js'), outdir], { cwd: project, encoding: 'utf8' });
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).toEqual(expect.objectContaining({ ruleId: 'VNI-R003', outcome: 'acknowledged' }));

    const dir = path.join(outdir, 'stacks', 'consumer');
    const tf = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
    expect(Object.values(tf.resource.azurerm_subnet as Record<string, any>)[0].address_prefixes).toEqual(['10.0.4.0/27']);
    expect(Object.values(tf.resource.azurerm_linux_web_app as Record<string, any>)[0].virtual_network_subnet_id).toMatch(/azurerm_subnet\./);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'validation-report.json'), 'utf8'));
    expect(report.counts.acknowledged).toBe(1);
    expect(report.counts.error).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'topology.md'), 'utf8')).toContain('```mermaid');
  });
});
