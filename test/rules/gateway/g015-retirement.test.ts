import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { RuleSuppressions } from '../../../lib/constructs/rule-suppressions';
import { G015_RETIREMENT as rule } from '../../../lib/rules/gateway/g015-retirement';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { integration, inventory } from './models';

describe('VNI-G015 Gateway.Retirement', () => {
  test('Noncompliance 1: every use warns, naming the date', () => {
    const [c] = rule.check(integration(), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/31 March 2027/);
    expect(rule.fix).toMatch(/CrossRegionVnetAccess/);
  });
  test('synth: a warning on the integration', () => {
    const f = fixture();
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    const [x] = findingsOf(f, 'VNI-G015');
    expect(x.outcome).toBe('warning');
    expect(x.path).toBe('stack/int');
  });
  test('Compliance: acknowledged with a reason', () => {
    const f = fixture();
    const i = new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    RuleSuppressions.acknowledge(i, 'VNI-G015', 'migration to regional integration planned for Q3');
    expect(findingsOf(f, 'VNI-G015').map((x) => x.outcome)).toEqual(['acknowledged']);
  });
});
