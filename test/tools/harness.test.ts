/**
 * The harness itself, with the real terraform binary (it fails, never skips, when terraform is
 * missing): the negative cases are refused with Terraform's own messages, a negative case that
 * Terraform accepts fails the run, and a read-back behaviour taught to the mock makes the second
 * plan show changes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App } from 'cdktf';
import { NEGATIVE_CASES } from '../../tools/terraform/negative';
import { azStack, group, SUB_A, SUB_B } from '../../tools/terraform/corpus/common';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { AzapiProvider, AzapiResource, AzapiResourceAction } from '../../lib';
import type { Case, NegativeCase } from '../../tools/terraform/stacks';
import { verify } from '../../tools/terraform/verify';
import { takeBadReferences } from '../support/terraform-json-guard';

jest.setTimeout(180_000);

const small = (name: string, rgName: string): Case => ({
  name,
  description: 'one resource group',
  build: (app: App) => void group(azStack(app, 'rg'), rgName),
});

async function run(opts: { cases: Case[]; negatives?: NegativeCase[]; readBack?: object[]; mirror?: boolean; keep?: boolean }): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  let readBackFile: string | undefined;
  if (opts.readBack) {
    readBackFile = join(mkdtempSync(join(tmpdir(), 'readback-')), 'rules.json');
    writeFileSync(readBackFile, JSON.stringify(opts.readBack));
  }
  const code = await verify({ real: false, apply: true, jobs: 4, keep: opts.keep ?? false, mirror: opts.mirror, cases: opts.cases, negativeCases: opts.negatives ?? [], readBackFile, out: (l) => lines.push(...l.split('\n')) });
  return { code, lines };
}

describe('tf:verify harness', () => {
  test('each negative case is refused with Terraform\'s own message; one Terraform accepts fails the run', async () => {
    const accepted: NegativeCase = { ...small('negative-that-is-valid', 'rg-fine'), expect: /Output refers to sensitive values/ };
    const { code, lines } = await run({ cases: [small('valid', 'rg-valid')], negatives: [...NEGATIVE_CASES, accepted] });
    // The negative program with cdktf's interpolated replace_triggered_by was seen by the jest stack guard too.
    expect(takeBadReferences().map((b) => b.value)).toEqual(['${azurerm_resource_group.rg-rg-trigger-a}']);
    expect(lines).toContainEqual(expect.stringMatching(/^ok {4}valid\/rg /));
    expect(lines).toContainEqual(expect.stringMatching(/^ok {4}negative negative-plain-output-of-sensitive-value\/leak: refused at (validate|plan): Error: Output refers to sensitive values/));
    // Sensitivity follows locals and literal interpolations (what it does not follow, nonsensitive() and app settings, VNI-G023 and VNI-G030 catch).
    expect(lines).toContainEqual(expect.stringMatching(/^ok {4}negative negative-plain-output-of-local-holding-sensitive-value\/leaklocal: refused at (validate|plan): Error: Output refers to sensitive values/));
    expect(lines).toContainEqual(expect.stringMatching(/^ok {4}negative negative-plain-output-of-literal-interpolation\/leakraw: refused at (validate|plan): Error: Output refers to sensitive values/));
    expect(lines).toContainEqual(expect.stringMatching(/^ok {4}negative negative-interpolated-replace-triggered-by\/lifecycle: refused at init: Error: Invalid (character|expression)/));
    expect(lines).toContainEqual(expect.stringMatching(/^ok {4}negative negative-unknown-azapi-argument\/shape: refused at validate: Error: Extraneous JSON object property/));
    // The vendored azurerm schema is a 4.x one: a 3.x argument is refused.
    expect(lines).toContainEqual(expect.stringMatching(/^ok {4}negative negative-azurerm-3x-argument\/removed: refused at validate: Error: Extraneous JSON object property/));
    expect(lines).toContainEqual('FAIL  negative negative-that-is-valid/rg: Terraform accepted it; expected /Output refers to sensitive values/');
    expect(lines).toContainEqual(expect.stringMatching(/^tf:verify: FAILED: 1 of 1 stacks passed, 1 negative cases were not refused as expected$/));
    expect(code).toBe(1);
  });

  test('a read-back behaviour taught to the mock makes the second plan show the diff', async () => {
    const c = small('read-back', 'RG-Mixed-Case');
    const plain = await run({ cases: [c] });
    expect(plain.lines).toContainEqual('tf:verify: 1 of 1 stacks: init, validate, plan, apply ok, second plan no changes');
    expect(plain.code).toBe(0);

    const taught = await run({ cases: [c], readBack: [{ type: 'azurerm_resource_group', attribute: 'name', transform: 'lowercase', source: 'test' }] });
    expect(taught.code).toBe(1);
    expect(taught.lines).toContainEqual('FAIL  read-back/rg: second plan: the second plan shows changes (the configuration does not converge)');
    expect(taught.lines.join('\n')).toMatch(/"rg-mixed-case" -> "RG-Mixed-Case"/);
    // name is ForceNew (provider/replace.ts): the mock answers requires_replace, Terraform plans a replacement.
    expect(taught.lines.join('\n')).toMatch(/must be replaced/);
    expect(taught.lines.join('\n')).toMatch(/"rg-mixed-case" -> "RG-Mixed-Case" # forces replacement/);
  });

  test('a changed argument that is not ForceNew plans an update in place', async () => {
    const taught = await run({ cases: [small('read-back-managed-by', 'rg-managed')], readBack: [{ type: 'azurerm_resource_group', attribute: 'managed_by', transform: 'default', value: 'someone', source: 'test' }] });
    expect(taught.code).toBe(1);
    const text = taught.lines.join('\n');
    expect(text).toMatch(/will be updated in-place/);
    expect(text).toMatch(/"someone" -> null/);
    expect(text).not.toMatch(/forces replacement/);
  });

  test('Azure read-back (issue 11): a plan route as azapi_resource never converges, the PUT action the library uses does', async () => {
    const planRoute = (name: string, asAction: boolean): Case => ({
      name,
      description: 'one plan route',
      build: (app: App) => {
        const s = azStack(app, 'route');
        AzapiProvider.ensure(s);
        const rg = group(s, 'rg-route');
        const parent = `${rg.id}/providers/Microsoft.Web/serverfarms/plan/virtualNetworkConnections/vnet-hub`;
        const type = 'Microsoft.Web/serverfarms/virtualNetworkConnections/routes@2024-11-01';
        const body = { properties: { startAddress: '10.30.0.0', endAddress: '10.30.255.255', routeType: 'STATIC' } };
        if (asAction) {
          new AzapiResourceAction(s, 'Route', { resourceType: type, resourceId: `${parent}/routes/r-10-30-0-0-16`, method: 'PUT', body });
          new AzapiResourceAction(s, 'RouteDelete', { resourceType: type, resourceId: `${parent}/routes/r-10-30-0-0-16`, method: 'DELETE', when: 'destroy' });
        } else {
          new AzapiResource(s, 'Route', { resourceType: type, name: 'r-10-30-0-0-16', parentId: parent, body, schemaValidationEnabled: false });
        }
      },
    });
    // The built-in read-back table answers the route GET with an array (AppServicePlans_GetRouteForVnet).
    const old = await run({ cases: [planRoute('route-as-resource', false)] });
    expect(old.code).toBe(1);
    expect(old.lines).toContainEqual('FAIL  route-as-resource/route: second plan: the second plan shows changes (the configuration does not converge)');
    expect(old.lines.join('\n')).toMatch(/azapi_resource\.Route will be updated in-place/);
    const now = await run({ cases: [planRoute('route-as-action', true)] });
    expect(now.lines).toContainEqual('tf:verify: 1 of 1 stacks: init, validate, plan, apply ok, second plan no changes');
    expect(now.code).toBe(0);
  });

  test('both ways of serving the mock (provider hosts, the filesystem mirror) keep each provider configuration apart', async () => {
    // Two configurations of one provider in one stack: with provider hosts both are connections to one process.
    const twoSubscriptions: Case = {
      name: 'two-subscriptions',
      description: 'a resource group in each of two subscriptions',
      build: (app: App) => {
        const s = azStack(app, 'subs', SUB_A);
        const other = new AzurermProvider(s, 'other', { features: [{}], alias: 'other', subscriptionId: SUB_B });
        group(s, 'rg-a');
        group(s, 'rg-b', 'westeurope', other);
      },
    };
    for (const mirror of [false, true]) {
      const { code, lines } = await run({ cases: [twoSubscriptions], mirror, keep: true });
      const workDir = /work directory (\S+)$/.exec(lines[0])![1];
      try {
        expect(lines[0]).toMatch(mirror ? /installed from a filesystem mirror/ : /provider hosts, TF_REATTACH_PROVIDERS/);
        expect(lines).toContainEqual('tf:verify: 1 of 1 stacks: init, validate, plan, apply ok, second plan no changes');
        expect(code).toBe(0);
        const ids = stateFiles(workDir).flatMap((f) => ((JSON.parse(readFileSync(f, 'utf8')).resources ?? []) as any[]).flatMap((r) => r.instances.map((i: any) => i.attributes.id as string)));
        expect(ids.sort()).toEqual([`/subscriptions/${SUB_A}/resourceGroups/rg-a`, `/subscriptions/${SUB_B}/resourceGroups/rg-b`]);
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    }
  });

  test('without terraform it fails with how to install it', async () => {
    const saved = process.env.TERRAFORM_BINARY;
    process.env.TERRAFORM_BINARY = join(tmpdir(), 'no-such-terraform');
    try {
      const { code, lines } = await run({ cases: [small('never', 'rg-never')] });
      expect(code).toBe(1);
      expect(lines.join('\n')).toMatch(/terraform was not found[\s\S]*releases\.hashicorp\.com\/terraform\/1\.11\.4[\s\S]*never skips/);
    } finally {
      if (saved === undefined) delete process.env.TERRAFORM_BINARY;
      else process.env.TERRAFORM_BINARY = saved;
    }
  });
});

function stateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return stateFiles(p);
    return name.endsWith('.tfstate') ? [p] : [];
  });
}
