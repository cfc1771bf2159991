/**
 * Each tarball in a throwaway project of its framework (installed from npm's cache where it can),
 * synthesizing a regional and a gateway-required integration with validations on; a /28 subnet
 * fails with VNI-R002. CI runs this file on Node 20 and again on Node 24.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Consumer, FRAMEWORK, integrationsProgram, makeConsumer, PACKAGE, readStack, Variant } from './consumer';

jest.setTimeout(300_000);

const PIN: Record<Variant, string> = { cdktf: '4.55.0', cdktn: '4.73.0' };

const ok = (r: { status: number | null; stdout: string; stderr: string }) => ({ status: r.status, out: r.status === 0 ? '' : r.stdout + r.stderr });

describe.each(['cdktf', 'cdktn'] as const)('%s tarball in a throwaway project', (v) => {
  const other: Variant = v === 'cdktf' ? 'cdktn' : 'cdktf';
  let consumer: Consumer;
  beforeAll(() => {
    consumer = makeConsumer(v);
  });

  test('the tarball installs with its peers, and no package of the other framework comes along', () => {
    expect(ok(consumer.install)).toEqual({ status: 0, out: '' });
    const modules = path.join(consumer.dir, 'node_modules');
    expect(fs.existsSync(path.join(modules, PACKAGE[v], 'dist', 'lib', 'index.js'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(modules, v, 'package.json'), 'utf8')).version).toBe((FRAMEWORK[v].versions as Record<string, string>)[v]);
    expect(fs.existsSync(path.join(modules, other))).toBe(false);
    expect(fs.existsSync(path.join(modules, `@${other}`))).toBe(false);
  });

  test('a regional and a gateway-required integration synthesize with every rule on', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-out-'));
    const { tsc, run } = consumer.run('integrations', integrationsProgram(v), [outdir]);
    expect(ok(tsc)).toEqual({ status: 0, out: '' });
    expect(ok(run)).toEqual({ status: 0, out: '' });
    const { tf, report } = readStack(outdir);
    expect(tf.terraform.required_providers.azurerm.version).toBe(PIN[v]);
    expect(Object.values<any>(tf.resource.azurerm_subnet).map((s) => s.address_prefixes)).toContainEqual(['10.0.4.0/26']);
    expect(Object.values<any>(tf.resource.azurerm_linux_web_app)[0].virtual_network_subnet_id).toMatch(/\$\{azurerm_subnet\./);
    expect(Object.values<any>(tf.resource.azapi_resource).map((r) => r.type)).toContainEqual(expect.stringMatching(/^Microsoft\.Web\/sites\/virtualNetworkConnections@/));
    expect(tf.resource.azurerm_virtual_network_gateway).toBeDefined();
    expect(report.counts.error).toBe(0);
    expect(report.counts.pass).toBeGreaterThan(20);
    expect(report.counts.acknowledged).toBe(1);
  });

  test('a /28 integration subnet fails synthesis with VNI-R002, naming the subnet and what is accepted', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-out-'));
    const { tsc, run } = consumer.run('small-subnet', integrationsProgram(v, '10.0.4.0/28'), [outdir]);
    expect(ok(tsc)).toEqual({ status: 0, out: '' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('[VNI-R002]');
    expect(run.stderr).toContain('10.0.4.0/28');
    expect(run.stderr).toMatch(/accepted: \/27/);
    expect(run.stdout).not.toContain('synthesized');
  });

  test('the testing helpers work from the installed package', () => {
    const f = FRAMEWORK[v];
    const source = `
  import { App, TerraformStack } from '${f.core}';
  import { AzurermProvider } from '${f.provider}/lib/provider';
  import { ServicePlan } from '${f.provider}/lib/service-plan';
  import { VirtualNetwork } from '${f.provider}/lib/virtual-network';
  import { LinuxWebApp } from '${f.provider}/lib/linux-web-app';
  import { RegionalVnetIntegration, RuleSuppressions, VnetIntegrationTesting } from '${PACKAGE[v]}';

  const app = new App({ outdir: process.argv[2] });
  const stack = new TerraformStack(app, 'consumer');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const plan = new ServicePlan(stack, 'Plan', { name: 'asp', resourceGroupName: 'rg', location: 'westeurope', osType: 'Linux', skuName: 'P1v3' });
  const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet', resourceGroupName: 'rg', location: 'westeurope', addressSpace: ['10.0.0.0/16'] });
  const web = new LinuxWebApp(stack, 'Web', { name: 'web', resourceGroupName: 'rg', location: 'westeurope', servicePlanId: plan.id, siteConfig: {} });
  const integration = new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [web], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/27' });
  RuleSuppressions.acknowledge(integration, 'VNI-R003', 'Consumer test plan stays small');
  const findings: { ruleId: string; outcome: string }[] = VnetIntegrationTesting.synthFindings(stack);
  console.log(JSON.stringify(findings.find((x) => x.ruleId === 'VNI-R003')));
  `;
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'consumer-out-'));
    const { tsc, run } = consumer.run('testing', source, [outdir]);
    expect(ok(tsc)).toEqual({ status: 0, out: '' });
    expect(ok(run)).toEqual({ status: 0, out: '' });
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).toEqual(expect.objectContaining({ ruleId: 'VNI-R003', outcome: 'acknowledged' }));
  });
});
