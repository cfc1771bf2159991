import { G003_ROUTE_BASED_VPN as rule } from '../../../lib/rules/gateway/g003-route-based-vpn';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { gateway, inventory, kinds, unresolved } from './models';
import { known } from '../../helpers/models';

describe('VNI-G003 Gateway.RouteBasedVpn', () => {
  test('Compliance: Vpn, RouteBased', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: PolicyBased', () => {
    const [c] = rule.check(gateway({ vpnType: known('t', 'PolicyBased') }), inventory()) as any[];
    expect(c.message).toMatch(/"PolicyBased".*accepted: "RouteBased"/);
  });
  test('Noncompliance 2: ExpressRoute gateway type', () => {
    const [c] = rule.check(gateway({ gatewayType: known('t', 'ExpressRoute') }), inventory()) as any[];
    expect(c.message).toMatch(/"ExpressRoute"; accepted: "Vpn"/);
  });
  test('unknown facts of an adopted gateway are unverified', () => {
    expect(kinds(rule.check(gateway({ created: false, gatewayType: unresolved('type'), vpnType: unresolved('vpn') }), inventory()))).toEqual(['unverified', 'unverified']);
  });
  test('synth: a PolicyBased PointToSiteGateway fails', () => {
    const f = fixture();
    gatewayIn(f, { vpnType: 'PolicyBased' });
    const [x] = findingsOf(f, 'VNI-G003');
    expect(x.outcome).toBe('error');
    expect(x.path).toBe('stack/gw');
  });
  test('synth: the default gateway passes', () => {
    const f = fixture();
    gatewayIn(f);
    expect(findingsOf(f, 'VNI-G003').map((x) => x.outcome)).toEqual(['pass']);
  });
});
