/** VNI-G016 in synthesis (loads cdktf). Its unit tests on plain models are in g016-gateway-subnet-name.test.ts, which the mutation check runs. */
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { findingsOf, fixture } from '../../constructs/gateway-fixtures';

describe('VNI-G016 Gateway.GatewaySubnetName', () => {
  test('synth: a given subnet with another name fails', () => {
    const f = fixture();
    const subnet = new Subnet(f.stack, 'sn', { name: 'snet-gw', resourceGroupName: 'rg-net', virtualNetworkName: f.vnet.name, addressPrefixes: ['10.20.255.0/27'] });
    new PointToSiteGateway(f.stack, 'gw', { virtualNetwork: f.vnet, pointToSiteAddressPool: ['172.16.201.0/24'], gatewaySubnet: subnet });
    expect(findingsOf(f, 'VNI-G016').map((x) => x.outcome)).toEqual(['error']);
  });
});
