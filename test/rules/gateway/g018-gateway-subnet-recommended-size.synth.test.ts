/** VNI-G018 in synthesis (loads cdktf). Its unit tests on plain models are in g018-gateway-subnet-recommended-size.test.ts, which the mutation check runs. */
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G018 Gateway.GatewaySubnetRecommendedSize', () => {
  test('synth: /29 warns without failing synthesis', () => {
    const f = fixture();
    gatewayIn(f, { gatewaySubnetAddressPrefix: '10.20.255.0/29' });
    expect(findingsOf(f, 'VNI-G018').map((x) => x.outcome)).toEqual(['warning']);
    expect(findingsOf(f, 'VNI-G017').map((x) => x.outcome)).toEqual(['pass']);
    expect(() => f.app.synth()).not.toThrow();
  });
});
