import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { PointToSiteGatewayReference } from '../../../lib/references/point-to-site-gateway-reference';
import { G008_NO_EXPRESS_ROUTE as rule } from '../../../lib/rules/gateway/g008-no-express-route';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { gateway, inventory, kinds, vnet } from './models';
import { known } from '../../helpers/models';
import { k } from '../../helpers/keys';

describe('VNI-G008 Gateway.NoExpressRoute', () => {
  test('Compliance: no ExpressRoute gateway in the network', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: the tree has an ExpressRoute gateway in the network', () => {
    const inv = inventory();
    (inv.tree.expressRouteGatewaysByVnet as Map<unknown, any>).set(k('ref:stack:azurerm_virtual_network.vnet.name'), [{ path: 'stack/er', type: 'azurerm_virtual_network_gateway' }]);
    const [c] = rule.check(gateway(), inv) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/ExpressRoute gateway \(stack\/er\)/);
  });
  test('Noncompliance 2: adopted gateway states an ExpressRoute gateway', () => {
    expect(kinds(rule.check(gateway({ created: false, hasExpressRouteGateway: known('er', true) }), inventory()))).toEqual(['fail']);
  });
  test('an imported network without the fact is unverified', () => {
    expect(kinds(rule.check(gateway({ created: false, vnet: vnet({ key: k('lit:/subscriptions/s/x') }) }), inventory()))).toEqual(['unverified']);
  });
  test('synth: an ExpressRoute gateway in the same network (coexistence) fails', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const pip = new PublicIp(f.stack, 'erpip', { name: 'er-pip', resourceGroupName: 'rg-net', location: 'westeurope', allocationMethod: 'Static', sku: 'Standard' });
    new VirtualNetworkGateway(f.stack, 'er', {
      name: 'ergw', resourceGroupName: 'rg-net', location: 'westeurope', type: 'ExpressRoute', sku: 'ErGw1AZ',
      ipConfiguration: [{ publicIpAddressId: pip.id, subnetId: (gw.gatewaySubnet as any).id }],
    });
    const [x] = findingsOf(f, 'VNI-G008');
    expect(x.outcome).toBe('error');
    expect(x.message).toMatch(/\[VNI-G008\].*stack\/er/);
  });
  test('synth: adopted gateway with hasExpressRouteGateway false passes', () => {
    const f = fixture();
    PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'gw', { gatewayId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworkGateways/a', virtualNetwork: f.vnet, hasExpressRouteGateway: false });
    expect(findingsOf(f, 'VNI-G008').map((x) => x.outcome)).toEqual(['pass']);
  });
});
