import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { G009_FIVE_VNETS_PER_PLAN as rule } from '../../../lib/rules/gateway/g009-five-vnets-per-plan';
import { findingsOf, fixture, Fixture } from '../../constructs/gateway-fixtures';
import { app, gateway, integration, inventory, kinds, vnet } from './models';
import { k } from '../../helpers/keys';

function onVnets(n: number, appsPerVnet = 1) {
  const list = [];
  for (let v = 0; v < n; v++) {
    for (let a = 0; a < appsPerVnet; a++) {
      list.push(integration({ path: `stack/int${v}-${a}`, app: app({ key: k(`app${v}-${a}`) }), gateway: gateway({ vnet: vnet({ key: k(`vnet${v}`) }) }) }));
    }
  }
  return inventory({ gatewayIntegrations: list });
}

function appsOnNetworks(f: Fixture, n: number): void {
  for (let i = 0; i < n; i++) {
    const vnet = new VirtualNetwork(f.stack, `vnet${i}`, { name: `vnet${i}`, resourceGroupName: 'rg', location: 'westeurope', addressSpace: [`10.${100 + i}.0.0/16`] });
    const gw = new PointToSiteGateway(f.stack, `gw${i}`, { virtualNetwork: vnet, pointToSiteAddressPool: [`172.16.${i}.0/24`], gatewaySubnetAddressPrefix: `10.${100 + i}.255.0/27` });
    const web = new WindowsWebApp(f.stack, `web${i}`, { name: `web${i}`, resourceGroupName: 'rg', location: 'northeurope', servicePlanId: f.plan.id, siteConfig: {} });
    new GatewayVnetIntegration(f.stack, `int${i}`, { app: web, plan: f.plan, gateway: gw });
  }
}

describe('VNI-G009 Gateway.FiveVnetsPerPlan', () => {
  test('Compliance: five networks, several apps each', () => {
    expect(kinds(rule.check(onVnets(5, 3)))).toEqual(Array(15).fill('pass'));
  });
  test('Noncompliance 1: six networks', () => {
    const checks = rule.check(onVnets(6)) as any[];
    expect(kinds(checks)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'fail']);
    expect(checks[5].message).toMatch(/network number 6.*at most 5 distinct networks/);
    expect(checks[5].path).toBe('stack/int5-0');
  });
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
