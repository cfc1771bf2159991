/** VNI-G027 in synthesis (loads cdktf). Its unit tests on plain models are in g027-sstp-retirement.test.ts, which the mutation check runs. */
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G027 Gateway.SstpRetirement', () => {
  test('synth: every gateway PointToSiteGateway creates is warned, on its construct', () => {
    const f = fixture();
    gatewayIn(f);
    const found = findingsOf(f, 'VNI-G027');
    expect(found.map((x) => [x.outcome, x.path])).toEqual([['warning', 'stack/gw']]);
    expect(found[0].message).toMatch(/^\[VNI-G027\]/);
  });
  test('synth: an adopted gateway is not warned', () => {
    const f = fixture();
    PointToSiteGateway.fromGatewayAttributes(f.stack, 'adopted', {
      gatewayId: '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/vgw', virtualNetwork: f.vnet, vpnClientProtocols: ['SSTP'],
    });
    expect(findingsOf(f, 'VNI-G027').map((x) => x.outcome)).toEqual(['not-applicable']);
  });
});
