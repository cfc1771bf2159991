/** VNI-G005 in synthesis (loads cdktf). Its unit tests on plain models are in g005-sstp-only.test.ts, which the mutation check runs. */
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G005 Gateway.SstpOnly', () => {
  test('synth: IkeV2 fails', () => {
    const f = fixture();
    gatewayIn(f, { vpnClientProtocols: ['SSTP', 'IkeV2'] });
    const [x] = findingsOf(f, 'VNI-G005');
    expect(x.outcome).toBe('error');
    expect(x.message).toMatch(/"IkeV2"/);
  });
  test('synth: the default passes', () => {
    const f = fixture();
    gatewayIn(f);
    expect(findingsOf(f, 'VNI-G005').map((x) => x.outcome)).toEqual(['pass']);
  });
});
