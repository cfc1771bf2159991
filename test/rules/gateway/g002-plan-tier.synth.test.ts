/** VNI-G002 in synthesis (loads cdktf). Its unit tests on plain models are in g002-plan-tier.test.ts, which the mutation check runs. */
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G002 Gateway.PlanTier', () => {
  test('synth: Free plan fails, Standard passes', () => {
    const bad = fixture({ sku: 'F1' });
    new GatewayVnetIntegration(bad.stack, 'int', { app: bad.web, plan: bad.plan, gateway: gatewayIn(bad) });
    const [f] = findingsOf(bad, 'VNI-G002');
    expect(f.outcome).toBe('error');
    expect(f.message).toMatch(/\[VNI-G002\].*"F1" is on the Free tier/);
    const good = fixture({ sku: 'S1' });
    new GatewayVnetIntegration(good.stack, 'int', { app: good.web, plan: good.plan, gateway: gatewayIn(good) });
    expect(findingsOf(good, 'VNI-G002').map((x) => x.outcome)).toEqual(['pass']);
    const v4 = fixture({ sku: 'P1mv4' });
    new GatewayVnetIntegration(v4.stack, 'int', { app: v4.web, plan: v4.plan, gateway: gatewayIn(v4) });
    expect(findingsOf(v4, 'VNI-G002').map((x) => x.outcome)).toEqual(['pass']);
  });
});
