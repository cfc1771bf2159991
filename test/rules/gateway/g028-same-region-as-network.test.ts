import { VirtualNetworkReference } from '../../../lib/references/virtual-network-reference';
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { G028_SAME_REGION_AS_NETWORK as rule } from '../../../lib/rules/gateway/g028-same-region-as-network';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { known, token } from '../../helpers/models';
import { gateway, inventory, kinds, vnet } from './models';

describe('VNI-G028 Gateway.SameRegionAsNetwork', () => {
  test('Compliance: gateway, IP and network in one region, however written', () => {
    const g = gateway({ location: known('l', 'West Europe'), publicIpLocation: known('l', 'WestEurope'), vnet: vnet({ location: known('l', 'westeurope') }) });
    expect(kinds(rule.check(g, inventory()))).toEqual(['pass']);
  });
  test('Noncompliance: the gateway in another region', () => {
    const [c] = rule.check(gateway({ location: known('l', 'northeurope'), publicIpLocation: known('l', 'westeurope') }), inventory()) as any[];
    expect([c.kind, c.message]).toEqual(['fail', 'gateway is in "northeurope" but its network stack/vnet is in "westeurope"; accepted: "westeurope" (the network\'s region)']);
  });
  test('Noncompliance: the public IP in another region', () => {
    const [c] = rule.check(gateway({ publicIpLocation: known('l', 'North Europe') }), inventory()) as any[];
    expect(c.message).toMatch(/^public IP of the gateway is in "North Europe" but its network/);
  });
  test('unverified: a region that is a token; not applicable: an adopted gateway', () => {
    const [c] = rule.check(gateway({ vnet: vnet({ location: token('virtual network location', 'var.region') }) }), inventory()) as any[];
    expect([c.kind, c.message]).toEqual(['unverified', expect.stringContaining('var.region')]);
    expect(kinds(rule.check(gateway({ created: false }), inventory()))).toEqual(['not-applicable']);
  });
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
