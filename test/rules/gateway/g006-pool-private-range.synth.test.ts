/** VNI-G006 in synthesis (loads cdktf). Its unit tests on plain models are in g006-pool-private-range.test.ts, which the mutation check runs. */
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G006 Gateway.PoolPrivateRange', () => {
  test('synth: a public pool fails', () => {
    const f = fixture();
    gatewayIn(f, { pointToSiteAddressPool: ['100.64.0.0/24'] });
    const [x] = findingsOf(f, 'VNI-G006');
    expect(x.outcome).toBe('error');
    expect(x.message).toMatch(/\[VNI-G006\].*100\.64\.0\.0\/24 is not inside/);
  });
});
