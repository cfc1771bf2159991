/** VNI-G008 in synthesis (loads cdktf). Its unit tests on plain models are in g008-no-express-route.test.ts, which the mutation check runs. */
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { PointToSiteGatewayReference } from '../../../lib/references/point-to-site-gateway-reference';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G008 Gateway.NoExpressRoute', () => {
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
