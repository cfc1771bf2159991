/**
 * Smoke test of the jsii targets: jsii-pacmak generates the Python package from the cdktf build
 * (`--code-only`: no wheel, no Python registry here), and the generated module compiles with the
 * machine's python3 when there is one.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureBuilt, ROOT } from '../fixtures/build';

jest.setTimeout(300_000);

test('jsii-pacmak writes the Python package, with the declared module name and the renamed azapi arguments', () => {
  ensureBuilt();
  // The staged jsii project (tools/variant/package.ts) is a complete jsii package: package.json, .jsii, dist.
  const stage = path.join(ROOT, '.build', 'jsii-cdktf');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pacmak-'));
  const env = { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' };
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'jsii-pacmak', 'bin', 'jsii-pacmak'), '--code-only', '-t', 'python', '-o', out], { cwd: stage, env, encoding: 'utf8' });
  expect({ status: r.status, out: r.status === 0 ? '' : r.stdout + r.stderr }).toEqual({ status: 0, out: '' });
  expect(r.stdout + r.stderr).not.toMatch(/end-of-life|warning/i);
  const init = path.join(out, 'python', 'src', 'cdktf_appservice_vnet_integration', '__init__.py');
  const py = fs.readFileSync(init, 'utf8');
  for (const cls of ['RegionalVnetIntegration', 'GatewayVnetIntegration', 'PointToSiteGateway', 'RuleSuppressions', 'VnetIntegrationTesting']) {
    expect(py).toMatch(new RegExp(`^class ${cls}\\b`, 'm'));
  }
  expect(py).toContain('resource_type: builtins.str');
  expect(fs.readFileSync(path.join(out, 'python', 'setup.py'), 'utf8')).toContain('"name": "cdktf-appservice-vnet-integration"');
  const python = spawnSync('python3', ['-m', 'py_compile', init], { encoding: 'utf8' });
  if (python.error) return; // no python3 on this machine: generation alone is the smoke test
  expect({ status: python.status, err: python.stderr }).toEqual({ status: 0, err: '' });
});
