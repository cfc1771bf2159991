/** VNI-G004 in synthesis (loads cdktf). Its unit tests on plain models are in g004-point-to-site-pool.test.ts, which the mutation check runs. */
import { PointToSiteGatewayReference } from '../../../lib/references/point-to-site-gateway-reference';
import { findingsOf, fixture } from '../../constructs/gateway-fixtures';

describe('VNI-G004 Gateway.PointToSitePool', () => {
  test('synth: an adopted gateway without a stated pool is unverified; with one it passes', () => {
    const f = fixture();
    PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'gw', { gatewayId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworkGateways/a', virtualNetwork: f.vnet });
    PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'gw2', { gatewayId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworkGateways/b', virtualNetwork: f.vnet, pointToSiteAddressPool: ['172.16.0.0/24'] });
    const found = findingsOf(f, 'VNI-G004');
    expect(found.map((x) => [x.path, x.outcome])).toEqual([['stack/gw', 'unverified'], ['stack/gw2', 'pass']]);
    expect(found[0].message).toMatch(/\[VNI-G004\] Gateway.PointToSitePool \(unverified\)/);
  });
});
