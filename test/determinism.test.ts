/**
 * The same program gives byte-identical output, every file of the output directory (Terraform JSON,
 * manifest, and any validation reports), twice in one process and across processes.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readTree } from './support/program';
import { synthDeterminismProgram } from './support/determinism-program';

const ROOT = path.resolve(__dirname, '..');

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

function inChild(outdir: string): void {
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'test', 'support', 'determinism-program.ts'), outdir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`child synth failed (exit ${r.status}):\n${r.stderr}`);
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
});
