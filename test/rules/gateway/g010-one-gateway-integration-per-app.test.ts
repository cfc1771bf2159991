import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { G010_ONE_GATEWAY_INTEGRATION_PER_APP as rule } from '../../../lib/rules/gateway/g010-one-gateway-integration-per-app';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { app, integration, inventory, kinds } from './models';
import { k } from '../../helpers/keys';

describe('VNI-G010 Gateway.OneIntegrationPerApp', () => {
  test('Compliance: two apps, one integration each', () => {
    const inv = inventory({ gatewayIntegrations: [integration({ path: 'a' }), integration({ path: 'b', app: app({ key: k('other') }) })] });
    expect(kinds(rule.check(inv))).toEqual(['pass', 'pass']);
  });
  test('Noncompliance 1: one app twice', () => {
    const checks = rule.check(inventory({ gatewayIntegrations: [integration({ path: 'a' }), integration({ path: 'b' })] })) as any[];
    expect(kinds(checks)).toEqual(['pass', 'fail']);
    expect(checks[1].message).toMatch(/already has a gateway-required integration at a/);
  });
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
