/** VNI-G009 in synthesis (loads cdktf). Its unit tests on plain models are in g009-five-vnets-per-plan.test.ts, which the mutation check runs. */
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { findingsOf, fixture, Fixture } from '../../constructs/gateway-fixtures';

function appsOnNetworks(f: Fixture, n: number): void {
  for (let i = 0; i < n; i++) {
    const vnet = new VirtualNetwork(f.stack, `vnet${i}`, { name: `vnet${i}`, resourceGroupName: 'rg', location: 'westeurope', addressSpace: [`10.${100 + i}.0.0/16`] });
    const gw = new PointToSiteGateway(f.stack, `gw${i}`, { virtualNetwork: vnet, pointToSiteAddressPool: [`172.16.${i}.0/24`], gatewaySubnetAddressPrefix: `10.${100 + i}.255.0/27` });
    const web = new WindowsWebApp(f.stack, `web${i}`, { name: `web${i}`, resourceGroupName: 'rg', location: 'northeurope', servicePlanId: f.plan.id, siteConfig: {} });
    new GatewayVnetIntegration(f.stack, `int${i}`, { app: web, plan: f.plan, gateway: gw });
  }
}

describe('VNI-G009 Gateway.FiveVnetsPerPlan', () => {
  test('synth: six networks on one plan fail on the sixth integration', () => {
    const f = fixture();
    appsOnNetworks(f, 6);
    const found = findingsOf(f, 'VNI-G009');
    expect(found.filter((x) => x.outcome === 'error').map((x) => x.path)).toEqual(['stack/int5']);
  });
  test('synth: five networks pass', () => {
    const f = fixture();
    appsOnNetworks(f, 5);
    expect(findingsOf(f, 'VNI-G009').every((x) => x.outcome === 'pass')).toBe(true);
  });
});
