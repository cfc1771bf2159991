/**
 * Synthesizes every example scenario as its own stack into cdktf.out/ and prints a short summary
 * per stack. Run with `npm run synth` (or `npx cdktf synth` with cdktf-cli installed).
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { SCENARIOS } from './examples';
import { ValidationHub } from './lib/glue/validation-hub';

const app = new App();
for (const s of SCENARIOS) s.build(app, s.id);
app.synth();

const hub = ValidationHub.of(app);
const rows: string[] = [];
for (const stack of app.node.findAll().filter(TerraformStack.isStack)) {
  const file = path.join(app.outdir, 'stacks', stack.node.id, 'cdk.tf.json');
  const tf = JSON.parse(fs.readFileSync(file, 'utf8'));
  const resources = Object.values<Record<string, unknown>>(tf.resource ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
  const findings = hub.findingsForStack(stack);
  const count = (o: string) => findings.filter((f) => f.outcome === o).length;
  rows.push(`${stack.node.id.padEnd(36)} resources ${String(resources).padStart(3)}  rules checked ${String(findings.length).padStart(3)}  warnings ${count('warning')}  unverified ${count('unverified')}  acknowledged ${count('acknowledged')}`);
}
console.log(`Synthesized ${rows.length} stacks into ${app.outdir}/stacks:\n${rows.join('\n')}`);
