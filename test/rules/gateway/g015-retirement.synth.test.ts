/** VNI-G015 in synthesis (loads cdktf). Its unit tests on plain models are in g015-retirement.test.ts, which the mutation check runs. */
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { RuleSuppressions } from '../../../lib/constructs/rule-suppressions';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G015 Gateway.Retirement', () => {
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
