import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { PointToSiteGatewayReference } from '../../../lib/references/point-to-site-gateway-reference';
import { knownFact } from '../../../lib/model/fact';
import { G022_BGP_ROUTES_NEED_CUSTOM_ROUTES as rule } from '../../../lib/rules/gateway/g022-bgp-routes-need-custom-routes';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { gateway, inventory, kinds, unresolved } from './models';

describe('VNI-G022 Gateway.BgpRoutesNeedCustomRoutes', () => {
  test('Compliance 1: BGP off', () => {
    expect(kinds(rule.check(gateway({ bgpEnabled: knownFact('bgp', false) }), inventory()))).toEqual(['pass']);
  });
  test('Compliance 2: BGP on with custom routes advertised', () => {
    expect(kinds(rule.check(gateway({ bgpEnabled: knownFact('bgp', true), customRoutes: ['192.168.0.0/16'] }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: BGP on, nothing advertised', () => {
    const [c] = rule.check(gateway({ bgpEnabled: knownFact('bgp', true) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/runs BGP but advertises no custom routes/);
    expect(c.message).toMatch(/accepted: customRoutes/);
  });
  test('Unverified: BGP unknown or a token', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['unverified']);
    expect(kinds(rule.check(gateway({ bgpEnabled: unresolved('bgp') }), inventory()))).toEqual(['unverified']);
  });
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
  test('synth: an adopted gateway states bgpEnabled, or is unverified', () => {
    const f = fixture();
    const id = '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworkGateways/a';
    PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'stated', { gatewayId: id, virtualNetwork: f.vnet, bgpEnabled: true });
    PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'silent', { gatewayId: `${id}2`, virtualNetwork: f.vnet });
    expect(findingsOf(f, 'VNI-G022').map((x) => [x.path.split('/').pop(), x.outcome])).toEqual([['stated', 'warning'], ['silent', 'unverified']]);
  });
});
