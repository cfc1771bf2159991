/**
 * `new App({ skipValidation: true })`: cdktf runs no validation, so nothing is enforced; the library
 * still writes each stack's report, every row marked validationSkipped, and says so once, loudly.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { regionalStack } from '../fixtures/regional-stack';

function report(outdir: string, stack: string): any {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'validation-report.json'), 'utf8'));
}

describe('skipValidation', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  test('a forbidden configuration synthesizes, and every stack still gets its report, marked as skipped', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'skip-validation-'));
    const app = new App({ outdir, skipValidation: true });
    regionalStack({ app, stackName: 'web', subnetAddressPrefix: '10.0.4.0/28' });
    regionalStack({ app, stackName: 'api', subnetAddressPrefix: '10.0.4.0/26', appName: 'app-api' });
    expect(() => app.synth()).not.toThrow();

    const web = report(outdir, 'web');
    expect(web.validationSkipped).toBe(true);
    expect(web.rows.length).toBeGreaterThan(0);
    expect(web.rows.every((r: any) => r.validationSkipped === true)).toBe(true);
    expect(web.rows).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'VNI-R002', outcome: 'error' })]));
    expect(report(outdir, 'api').validationSkipped).toBe(true);
    const csv = fs.readFileSync(path.join(outdir, 'stacks', 'web', 'validation-report.csv'), 'utf8').split('\r\n');
    expect(csv[0].endsWith(',validationSkipped')).toBe(true);
    expect(csv[1].endsWith(',true')).toBe(true);
  });

  test('one loud warning for the whole app: on the terminal and in the manifest, with what went unchecked', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'skip-validation-'));
    const app = new App({ outdir, skipValidation: true });
    regionalStack({ app, stackName: 'web', subnetAddressPrefix: '10.0.4.0/28' });
    regionalStack({ app, stackName: 'api', appName: 'app-api' });
    app.synth();
    expect(warn).toHaveBeenCalledTimes(1);
    const text = String(warn.mock.calls[0][0]);
    expect(text).toMatch(/^VALIDATION SKIPPED: .*skipValidation/);
    expect(text).toMatch(/[1-9]\d* error\(s\)/);
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    const annotations = Object.values(manifest.stacks).flatMap((s: any) => s.annotations.map((a: any) => a.message));
    expect(annotations.filter((m: string) => m.startsWith('VALIDATION SKIPPED'))).toHaveLength(1);
  });

  test('with validation on, the report carries no skipped mark and nothing is printed', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'skip-validation-'));
    const app = new App({ outdir });
    regionalStack({ app, stackName: 'web' });
    app.synth();
    const web = report(outdir, 'web');
    expect(web).not.toHaveProperty('validationSkipped');
    expect(web.rows.some((r: any) => 'validationSkipped' in r)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });
});
