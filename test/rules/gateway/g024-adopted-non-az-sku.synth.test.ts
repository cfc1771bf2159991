/** VNI-G024 in synthesis (loads cdktf). Its unit tests on plain models are in g024-adopted-non-az-sku.test.ts, which the mutation check runs. */
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { findingsOf, fixture } from '../../constructs/gateway-fixtures';

describe('VNI-G024 Gateway.AdoptedNonAzSku', () => {
  test('synth: fromGatewayAttributes with VpnGw2 warns on the reference; a created gateway is not judged', () => {
    const f = fixture();
    PointToSiteGateway.fromGatewayAttributes(f.stack, 'adopted', {
      gatewayId: '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/vgw', virtualNetwork: f.vnet, sku: 'VpnGw2',
    });
    const found = findingsOf(f, 'VNI-G024');
    expect(found.map((x) => [x.outcome, x.path])).toEqual([['warning', 'stack/adopted']]);
    expect(found[0].message).toMatch(/\[VNI-G024\].*"VpnGw2AZ"/s);
  });
  test('synth: fromGatewayAttributes with VpnGw2AZ passes', () => {
    const f = fixture();
    PointToSiteGateway.fromGatewayAttributes(f.stack, 'adopted', {
      gatewayId: '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/vgw', virtualNetwork: f.vnet, sku: 'VpnGw2AZ',
    });
    expect(findingsOf(f, 'VNI-G024').map((x) => x.outcome)).toEqual(['pass']);
  });
});
