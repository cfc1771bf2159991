import * as fs from 'fs';
import * as path from 'path';
import { RuleSuppressions } from '../../lib/constructs/rule-suppressions';
import { regionalStack } from '../fixtures/regional-stack';

function stackDir(app: { outdir: string }, stack: string): string {
  return path.join(app.outdir, 'stacks', stack);
}

describe('validation report files', () => {
  test('Compliance: every synthesis writes validation-report.json and .csv beside cdk.tf.json', () => {
    const { app } = regionalStack();
    app.synth();
    const dir = stackDir(app, 'web');
    expect(fs.existsSync(path.join(dir, 'cdk.tf.json'))).toBe(true);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'validation-report.json'), 'utf8'));
    expect(report.stack).toBe('web');
    expect(report.counts.error).toBe(0);
    const r002 = report.rows.find((r: any) => r.ruleId === 'VNI-R002');
    expect(r002).toEqual(
      expect.objectContaining({
        level: 'error',
        outcome: 'pass',
        constructPath: 'web/Integration',
        reason: '',
        docLink: 'docs/rules/VNI-R002.md',
        sourceUrl: 'https://learn.microsoft.com/azure/app-service/overview-vnet-integration',
      }),
    );
    const ids = report.rows.map((r: any) => `${r.ruleId} ${r.constructPath}`);
    expect(ids).toEqual([...ids].sort());
    const csv = fs.readFileSync(path.join(dir, 'validation-report.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('ruleId,ruleName,level,outcome,constructPath,message,reason,docLink,sourceUrl');
    expect(csv.filter((l) => l.length > 0)).toHaveLength(report.rows.length + 1);
  });

  test('acknowledged warnings carry their reason', () => {
    const { app, integration } = regionalStack({ subnetAddressPrefix: '10.0.4.0/27' });
    RuleSuppressions.acknowledge(integration, 'VNI-R003', 'This plan never scales beyond two instances');
    app.synth();
    const report = JSON.parse(fs.readFileSync(path.join(stackDir(app, 'web'), 'validation-report.json'), 'utf8'));
    const row = report.rows.find((r: any) => r.ruleId === 'VNI-R003');
    expect(row.outcome).toBe('acknowledged');
    expect(row.reason).toBe('This plan never scales beyond two instances');
    expect(report.counts.acknowledged).toBeGreaterThanOrEqual(1);
  });

  test('Noncompliance 1: a stack with errors fails synthesis after the report is written', () => {
    const { app } = regionalStack({ subnetAddressPrefix: '10.0.4.0/28' });
    expect(() => app.synth()).toThrow(/VNI-R002/);
    const report = JSON.parse(fs.readFileSync(path.join(stackDir(app, 'web'), 'validation-report.json'), 'utf8'));
    const row = report.rows.find((r: any) => r.ruleId === 'VNI-R002');
    expect(row.outcome).toBe('error');
    expect(row.message).toContain('10.0.4.0/28');
    expect(report.counts.error).toBeGreaterThanOrEqual(1);
  });

  test('the report is the same on every synthesis (deterministic)', () => {
    const a = regionalStack();
    const b = regionalStack();
    a.app.synth();
    b.app.synth();
    const read = (app: { outdir: string }) => fs.readFileSync(path.join(stackDir(app, 'web'), 'validation-report.json'), 'utf8');
    expect(read(a.app)).toBe(read(b.app));
  });
});
