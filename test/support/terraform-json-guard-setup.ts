/**
 * Global setup of the stack guard (terraform-json-guard.ts): a file where each test file appends
 * how many stacks it synthesized, totalled by terraform-json-guard-teardown.ts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export default function setup(): void {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stack-guard-')), 'counts');
  fs.writeFileSync(file, '');
  process.env.STACK_GUARD_COUNTS = file;
}
