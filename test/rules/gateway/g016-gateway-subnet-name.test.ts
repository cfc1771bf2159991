import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { G016_GATEWAY_SUBNET_NAME as rule } from '../../../lib/rules/gateway/g016-gateway-subnet-name';
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { findingsOf, fixture } from '../../constructs/gateway-fixtures';
import { gateway, inventory, kinds } from './models';
import { known } from '../../helpers/models';

describe('VNI-G016 Gateway.GatewaySubnetName', () => {
  test('Compliance: GatewaySubnet', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['pass']);
  });
  test.each(['gatewaysubnet', 'snet-gateway'])('Noncompliance: %s', (name) => {
    const [c] = rule.check(gateway({ gatewaySubnetName: known('n', name) }), inventory()) as any[];
    expect(c.message).toContain(`"${name}"`);
  });
  test('synth: a given subnet with another name fails', () => {
    const f = fixture();
    const subnet = new Subnet(f.stack, 'sn', { name: 'snet-gw', resourceGroupName: 'rg-net', virtualNetworkName: f.vnet.name, addressPrefixes: ['10.20.255.0/27'] });
    new PointToSiteGateway(f.stack, 'gw', { virtualNetwork: f.vnet, pointToSiteAddressPool: ['172.16.201.0/24'], gatewaySubnet: subnet });
    expect(findingsOf(f, 'VNI-G016').map((x) => x.outcome)).toEqual(['error']);
  });
});
