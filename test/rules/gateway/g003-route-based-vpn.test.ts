import { G003_ROUTE_BASED_VPN as rule } from '../../../lib/rules/gateway/g003-route-based-vpn';
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
  test('the unverified messages name the attribute and what is accepted', () => {
    const c = rule.check(gateway({ created: false, gatewayType: unresolved('type'), vpnType: unresolved('vpn') }), inventory()) as any[];
    expect(c.map((x) => x.message)).toEqual([
      'gateway type cannot be checked: type is an unresolved token, known only at apply (from var.test_input). Accepted: Vpn',
      'VPN type cannot be checked: vpn is an unresolved token, known only at apply (from var.test_input). Accepted: RouteBased',
    ]);
  });
});
