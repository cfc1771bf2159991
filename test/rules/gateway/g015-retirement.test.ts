import { G015_RETIREMENT as rule } from '../../../lib/rules/gateway/g015-retirement';
import { integration, inventory } from './models';

describe('VNI-G015 Gateway.Retirement', () => {
  test('Noncompliance 1: every use warns, naming the date', () => {
    const [c] = rule.check(integration(), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/31 March 2027/);
    expect(rule.fix).toMatch(/CrossRegionVnetAccess/);
  });
});
