/**
 * The README's usage example must run: it is compiled and executed against this checkout, with the
 * package name mapped to lib/ and the output sent to a temporary directory.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

function usageExample(): string {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Minimal usage'));
  const m = /```ts\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error('README has no ```ts block under "## Minimal usage"');
  return m[1];
}

test('the README usage example synthesizes with every rule on', () => {
  const js = ts.transpileModule(usageExample(), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-example-'));
  const previous = process.env.CDKTF_OUTDIR;
  process.env.CDKTF_OUTDIR = outdir;
  try {
    const localRequire = (name: string) => require(name === 'cdktf-appservice-vnet-integration' ? '../lib' : name);
    new Function('require', 'exports', js)(localRequire, {});
  } finally {
    if (previous === undefined) delete process.env.CDKTF_OUTDIR;
    else process.env.CDKTF_OUTDIR = previous;
  }
  const tf = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'web', 'cdk.tf.json'), 'utf8'));
  expect(Object.keys(tf.resource.azurerm_windows_web_app)).toEqual(['Web', 'Worker']);
  expect(Object.values<any>(tf.resource.azurerm_subnet)[0].address_prefixes).toEqual(['10.10.4.0/26']);
  const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'web', 'validation-report.json'), 'utf8'));
  expect(report.counts.error).toBe(0);
});
