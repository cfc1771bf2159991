/** VNI-G013 in synthesis (loads cdktf). Its unit tests on plain models are in g013-service-endpoints.test.ts, which the mutation check runs. */
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G013 Gateway.ServiceEndpoints', () => {
  test('synth: warning', () => {
    const f = fixture();
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f), serviceEndpoints: ['Microsoft.Sql'] });
    expect(findingsOf(f, 'VNI-G013').map((x) => x.outcome)).toEqual(['warning']);
  });
});
