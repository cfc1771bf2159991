/** VNI-G017 in synthesis (loads cdktf). Its unit tests on plain models are in g017-gateway-subnet-minimum-size.test.ts, which the mutation check runs. */
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { PointToSiteGatewayReference } from '../../../lib/references/point-to-site-gateway-reference';

describe('VNI-G017 Gateway.GatewaySubnetMinimumSize', () => {
  test('a reference stating the prefix "x" is refused at construction', () => {
    const f = fixture();
    expect(() => PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'gw', { gatewayId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworkGateways/a', virtualNetwork: f.vnet, gatewaySubnetAddressPrefix: 'x' }))
      .toThrow(/stack\/gw: PointToSiteGatewayReference\.fromGatewayAttributes: "gatewaySubnetAddressPrefix" is not a valid IPv4 CIDR block \("x" is not written as a\.b\.c\.d\/n\), got "x"; accepted: an IPv4 CIDR block/);
  });
  test('synth: /30 fails', () => {
    const f = fixture();
    gatewayIn(f, { gatewaySubnetAddressPrefix: '10.20.255.0/30' });
    expect(findingsOf(f, 'VNI-G017').map((x) => x.outcome)).toEqual(['error']);
  });
});
