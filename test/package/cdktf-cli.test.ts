/**
 * `cdktf synth` with the repository's cdktf.json, through cdktf-cli 0.21.0 (a pinned dev
 * dependency), works on a clean clone: cdktf.json names no providers to generate, so the CLI does
 * not ask for `cdktf get`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../fixtures/build';

jest.setTimeout(300_000);

test('cdktf.json asks for no provider generation', () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdktf.json'), 'utf8'));
  expect(config.terraformProviders ?? []).toEqual([]);
  expect(config.terraformModules ?? []).toEqual([]);
  expect(config.app).toContain('main.ts');
});

test('npx cdktf synth writes every example stack', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-cli-'));
  // CHECKPOINT_DISABLE: no version check against HashiCorp's servers (no network here). The CLI
  // runs `terraform version`, which complains loudly when TF_CLI_CONFIG_FILE names a missing file
  // (as it does on these machines): give it an empty one.
  const rc = path.join(out, '..', `${path.basename(out)}.terraformrc`);
  fs.writeFileSync(rc, '');
  const env = { ...process.env, CI: '1', CHECKPOINT_DISABLE: '1', FORCE_COLOR: '0', TF_CLI_CONFIG_FILE: rc };
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'cdktf'), ['synth', '--output', out], { cwd: ROOT, env, encoding: 'utf8' });
  expect({ status: r.status, out: r.status === 0 ? '' : r.stdout + r.stderr }).toEqual({ status: 0, out: '' });
  expect(r.stdout + r.stderr).not.toMatch(/cdktf get|ERROR/);
  const stacks = fs.readdirSync(path.join(out, 'stacks')).sort();
  expect(stacks).toEqual(expect.arrayContaining(['regional-windows-new-vnet', 'gateway-windows-app-remote-vnet', 'peering-cross-region-access']));
  for (const s of stacks) expect(fs.existsSync(path.join(out, 'stacks', s, 'cdk.tf.json'))).toBe(true);
  expect(r.stdout).toContain('total:');
});
