/** VNI-G007 in synthesis (loads cdktf). Its unit tests on plain models are in g007-pool-outside-vnet.test.ts, which the mutation check runs. */
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G007 Gateway.PoolOutsideVnet', () => {
  test('synth: overlap fails', () => {
    const f = fixture();
    gatewayIn(f, { pointToSiteAddressPool: ['10.20.128.0/24'] });
    expect(findingsOf(f, 'VNI-G007').map((x) => x.outcome)).toEqual(['error']);
  });
});
