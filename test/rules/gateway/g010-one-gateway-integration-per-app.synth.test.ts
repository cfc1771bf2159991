/** VNI-G010 in synthesis (loads cdktf). Its unit tests on plain models are in g010-one-gateway-integration-per-app.test.ts, which the mutation check runs. */
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G010 Gateway.OneIntegrationPerApp', () => {
  test('synth: the same app on two networks fails (VNI-R014 leaves the same form to this rule)', () => {
    const f = fixture();
    const other = new VirtualNetwork(f.stack, 'other', { name: 'other', resourceGroupName: 'rg', location: 'eastus', addressSpace: ['10.50.0.0/16'] });
    const gw2 = new PointToSiteGateway(f.stack, 'gw2', { virtualNetwork: other, pointToSiteAddressPool: ['172.16.50.0/24'], gatewaySubnetAddressPrefix: '10.50.255.0/27' });
    new GatewayVnetIntegration(f.stack, 'a', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    new GatewayVnetIntegration(f.stack, 'b', { app: f.web, plan: f.plan, gateway: gw2 });
    expect(findingsOf(f, 'VNI-G010').map((x) => [x.path, x.outcome])).toEqual([['stack/a', 'pass'], ['stack/b', 'error']]);
    expect(findingsOf(f, 'VNI-R014').find((x) => x.path === 'stack/b')?.outcome).toBe('pass');
  });
});
