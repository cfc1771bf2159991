/**
 * The same program gives byte-identical output, every file of the output directory (Terraform JSON,
 * manifest, and any validation reports), twice in one process, across processes, and from two
 * checkouts at different paths (nothing in the output may depend on where the project lives).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readTree } from './support/program';
import { synthDeterminismProgram } from './support/determinism-program';

const ROOT = path.resolve(__dirname, '..');
// Resolved from this file, not from ROOT: the CDK Terrain tree (.build/cdktn) has no node_modules of
// its own and finds the repository's through its parent folders.
const TS_NODE = require.resolve('ts-node/register/transpile-only');
const NODE_MODULES = path.dirname(path.dirname(require.resolve('ts-node/package.json')));

function fresh(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `determinism-${tag}-`));
}

function expectSameTree(a: string, b: string): void {
  const ta = readTree(a);
  const tb = readTree(b);
  expect([...tb.keys()]).toEqual([...ta.keys()]);
  for (const [file, bytes] of ta) {
    // Compare as text first for a readable diff, then as bytes.
    expect({ file, text: tb.get(file)!.toString('utf8') }).toEqual({ file, text: bytes.toString('utf8') });
    expect(tb.get(file)!.equals(bytes)).toBe(true);
  }
}

function inChild(outdir: string, root = ROOT, cwd = root): void {
  const r = spawnSync(process.execPath, ['-r', TS_NODE, path.join(root, 'test', 'support', 'determinism-program.ts'), outdir], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TS_NODE_PROJECT: path.join(root, 'tsconfig.json') },
  });
  if (r.status !== 0) throw new Error(`child synth failed (exit ${r.status}):\n${r.stderr}`);
}

/** A second checkout of what the program needs at `dir` (sources copied, node_modules linked). */
function checkoutAt(dir: string): string {
  fs.mkdirSync(path.join(dir, 'test'), { recursive: true });
  for (const part of ['lib', 'examples', path.join('test', 'support')]) fs.cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) if (fs.existsSync(path.join(ROOT, file))) fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
  fs.symlinkSync(NODE_MODULES, path.join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('deterministic synthesis', () => {
  const first = fresh('first');
  synthDeterminismProgram(first);

  test('the output has the Terraform JSON, the manifest, the validation reports and the topology', () => {
    const files = [...readTree(first).keys()];
    expect(files).toEqual(
      expect.arrayContaining(
        ['manifest.json', 'stacks/stack/cdk.tf.json', 'stacks/stack/validation-report.json', 'stacks/stack/validation-report.csv', 'stacks/stack/topology.md'].map((f) => path.join(...f.split('/'))),
      ),
    );
    const tf = fs.readFileSync(path.join(first, 'stacks', 'stack', 'cdk.tf.json'), 'utf8');
    expect(tf).toContain('app_service_virtual_network_swift_connection');
    expect(tf).not.toContain('undefined');
    const gateway = fs.readFileSync(path.join(first, 'stacks', 'shared-gateway', 'cdk.tf.json'), 'utf8');
    expect(gateway).toContain('azapi_resource_action');
    expect(gateway).toContain('root_certificate');
    expect(files).toContain(path.join('stacks', 'hub-spoke', 'topology.md'));
  });

  test('twice in a row in one process', () => {
    const second = fresh('second');
    synthDeterminismProgram(second);
    expectSameTree(first, second);
  });

  test('across two child processes', () => {
    const a = fresh('child-a');
    const b = fresh('child-b');
    inChild(a);
    inChild(b);
    expectSameTree(a, b);
    expectSameTree(first, a);
  }, 120000);

  test('from two checkouts at different paths, each writing into its own checkout', () => {
    const base = fresh('checkouts');
    const one = checkoutAt(path.join(base, 'one'));
    const two = checkoutAt(path.join(base, 'elsewhere', 'a-longer-checkout-name'));
    // One working directory for both: cdktf itself writes the working directory into the default
    // local backend of stacks that reference each other (terraform.<stack>.tfstate), whatever the library does.
    inChild(path.join(one, 'cdktf.out'), one, ROOT);
    inChild(path.join(two, 'cdktf.out'), two, ROOT);
    expectSameTree(path.join(one, 'cdktf.out'), path.join(two, 'cdktf.out'));
    // And the same as this checkout writes.
    expectSameTree(first, path.join(one, 'cdktf.out'));
    for (const [file, bytes] of readTree(path.join(two, 'cdktf.out'))) {
      expect({ file, mentionsCheckout: bytes.toString('utf8').includes(base) }).toEqual({ file, mentionsCheckout: false });
    }
  }, 180000);
});
