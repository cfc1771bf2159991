import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureBuilt, ROOT } from '../fixtures/build';

jest.setTimeout(120_000);

describe('API reference', () => {
  test('API.md is what `npm run docgen` (jsii-docgen) writes for the current public API', () => {
    ensureBuilt();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'docgen-')), 'API.md');
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'jsii-docgen', 'bin', 'jsii-docgen'), '-o', out], { cwd: ROOT, stdio: 'pipe' });
    const generated = fs.readFileSync(out, 'utf8');
    expect(generated).toContain('VnetIntegrationTesting');
    expect(fs.readFileSync(path.join(ROOT, 'API.md'), 'utf8')).toBe(generated);
  });
});
