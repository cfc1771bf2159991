/** VNI-G022 in synthesis (loads cdktf). Its unit tests on plain models are in g022-bgp-routes-need-custom-routes.test.ts, which the mutation check runs. */
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { PointToSiteGatewayReference } from '../../../lib/references/point-to-site-gateway-reference';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G022 Gateway.BgpRoutesNeedCustomRoutes', () => {
  test('synth: a created gateway passes (BGP off); an escape-hatch enable_bgp without custom routes warns', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gw });
    expect(findingsOf(f, 'VNI-G022').map((x) => x.outcome)).toEqual(['pass']);
    const g = fixture();
    const gw2 = gatewayIn(g);
    gw2.gateway.enableBgp = true;
    new GatewayVnetIntegration(g.stack, 'int', { app: g.web, plan: g.plan, gateway: gw2 });
    expect(findingsOf(g, 'VNI-G022').map((x) => x.outcome)).toEqual(['warning']);
  });
  test('synth: bgp_enabled, the name azurerm 4.73 adds (CDK Terrain binding), set through the escape hatch, is read too', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const target = gw.gateway as any;
    // cdktn's binding has the setter; cdktf's (azurerm 4.55) does not, so stand in for its getter.
    if ('bgpEnabledInput' in target) target.bgpEnabled = true;
    else Object.defineProperty(target, 'bgpEnabledInput', { value: true });
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gw });
    expect(findingsOf(f, 'VNI-G022').map((x) => x.outcome)).toEqual(['warning']);
  });
  test('synth: an adopted gateway states bgpEnabled and its custom routes, or is unverified', () => {
    const f = fixture();
    const id = '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworkGateways/a';
    PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'none', { gatewayId: id, virtualNetwork: f.vnet, bgpEnabled: true, customRoutes: [] as string[] });
    PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'routes', { gatewayId: `${id}2`, virtualNetwork: f.vnet, bgpEnabled: true, customRoutes: ['192.168.0.0/16'] });
    PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'unstated', { gatewayId: `${id}3`, virtualNetwork: f.vnet, bgpEnabled: true });
    PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'silent', { gatewayId: `${id}4`, virtualNetwork: f.vnet });
    const found = findingsOf(f, 'VNI-G022');
    expect(found.map((x) => [x.path.split('/').pop(), x.outcome])).toEqual([['none', 'warning'], ['routes', 'pass'], ['unstated', 'unverified'], ['silent', 'unverified']]);
    expect(found[2].message).toMatch(/custom routes \(customRoutes\) was not given/);
  });
});
