/** VNI-G003 in synthesis (loads cdktf). Its unit tests on plain models are in g003-route-based-vpn.test.ts, which the mutation check runs. */
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G003 Gateway.RouteBasedVpn', () => {
  test('synth: a PolicyBased PointToSiteGateway fails', () => {
    const f = fixture();
    gatewayIn(f, { vpnType: 'PolicyBased' });
    const [x] = findingsOf(f, 'VNI-G003');
    expect(x.outcome).toBe('error');
    expect(x.path).toBe('stack/gw');
  });
  test('synth: the default gateway passes', () => {
    const f = fixture();
    gatewayIn(f);
    expect(findingsOf(f, 'VNI-G003').map((x) => x.outcome)).toEqual(['pass']);
  });
});
