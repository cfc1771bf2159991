/**
 * Jest setup file (setupFilesAfterEnv): every stack any test synthesizes is scanned for references
 * Terraform's JSON syntax rejects in depends_on and lifecycle.replace_triggered_by. Both take bare
 * addresses ("azapi_resource.x"); an interpolation ("${azapi_resource.x}") stops `terraform init`
 * ("Invalid expression"), and an attribute path (a cross-stack remote-state output) is refused by
 * validate. The scan hooks TerraformStack.prototype.toTerraform, which Testing.synth,
 * Testing.fullSynth and app.synth() all go through, and fails the test that synthesized the stack.
 */
import * as fs from 'fs';
import { TerraformStack } from 'cdktf';

/** One reference Terraform would refuse: where it is and what it says. */
export interface BadReference {
  readonly stack: string;
  readonly path: string;
  readonly value: string;
}

/** A whole object: resource, data source or module (what depends_on and replace_triggered_by take). */
const BARE_ADDRESS = /^(module\.[A-Za-z_][\w-]*|data\.[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*|[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)$/;

/** The entries of depends_on / replace_triggered_by anywhere in a stack's JSON that are not bare addresses. */
export function badReferences(stack: string, json: unknown): BadReference[] {
  const out: BadReference[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((x, i) => walk(x, `${path}[${i}]`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      const here = path ? `${path}.${k}` : k;
      if ((k === 'depends_on' || k === 'replace_triggered_by') && Array.isArray(v)) {
        v.forEach((x, i) => {
          if (typeof x !== 'string' || x.includes('${') || !BARE_ADDRESS.test(x)) out.push({ stack, path: `${here}[${i}]`, value: String(x) });
        });
      } else {
        walk(v, here);
      }
    }
  };
  walk(json, '');
  return out;
}

interface GuardState {
  stacksSeen: number;
  found: BadReference[];
}

const state: GuardState = { stacksSeen: 0, found: [] };

const original = TerraformStack.prototype.toTerraform;
TerraformStack.prototype.toTerraform = function guardedToTerraform(this: TerraformStack): any {
  const json = original.call(this);
  state.stacksSeen++;
  state.found.push(...badReferences(this.node.path, json));
  return json;
};

/** How many stacks this test file has synthesized so far (read by the guard's own test). */
export function stacksSeen(): number {
  return state.stacksSeen;
}

/** Takes (and clears) what the scan found since the last check. */
export function takeBadReferences(): BadReference[] {
  return state.found.splice(0, state.found.length);
}

/** The check run after every test: throws naming each bad reference. */
export function checkStacks(): void {
  const bad = takeBadReferences();
  if (bad.length === 0) return;
  const lines = bad.slice(0, 20).map((b) => `  ${b.stack}: ${b.path} = ${JSON.stringify(b.value)}`);
  throw new Error(
    `Terraform takes bare addresses (type.name) in depends_on and replace_triggered_by; ${bad.length} entr${bad.length === 1 ? 'y is' : 'ies are'} not:\n${lines.join('\n')}`,
  );
}

afterEach(() => checkStacks());

// Per-file counts go to the file the global teardown totals (when run under the suite's config).
afterAll(() => {
  const file = process.env.STACK_GUARD_COUNTS;
  if (file) fs.appendFileSync(file, `${state.stacksSeen}\n`);
});
