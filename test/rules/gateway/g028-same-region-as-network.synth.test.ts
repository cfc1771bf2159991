/** VNI-G028 in synthesis (loads cdktf). Its unit tests on plain models are in g028-same-region-as-network.test.ts, which the mutation check runs. */
import { VirtualNetworkReference } from '../../../lib/references/virtual-network-reference';
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G028 Gateway.SameRegionAsNetwork', () => {
  test('synth: the default location is the network\'s and passes', () => {
    const f = fixture();
    gatewayIn(f);
    expect(findingsOf(f, 'VNI-G028').map((x) => x.outcome)).toEqual(['pass']);
  });
  test('synth: a location other than the network\'s fails, naming the construct', () => {
    const f = fixture();
    gatewayIn(f, { location: 'northeurope' });
    const found = findingsOf(f, 'VNI-G028');
    expect(found.map((x) => [x.outcome, x.path])).toEqual([['error', 'stack/gw'], ['error', 'stack/gw']]);
    expect(found[0].message).toMatch(/\[VNI-G028\].*gateway is in "northeurope" but its network stack\/vnet is in "westeurope"/s);
  });
  test('synth: an imported network in "West Europe" and a gateway in "westeurope" pass', () => {
    const f = fixture();
    const v = VirtualNetworkReference.fromVirtualNetworkAttributes(f.stack, 'imported', {
      virtualNetworkId: '/subscriptions/s/resourceGroups/rg-x/providers/Microsoft.Network/virtualNetworks/vnet-x', location: 'West Europe', addressSpace: ['10.30.0.0/16'],
    });
    new PointToSiteGateway(f.stack, 'gw', { virtualNetwork: v, location: 'westeurope', pointToSiteAddressPool: ['172.16.201.0/24'], gatewaySubnetAddressPrefix: '10.30.255.0/27' });
    expect(findingsOf(f, 'VNI-G028').map((x) => x.outcome)).toEqual(['pass']);
  });
});
