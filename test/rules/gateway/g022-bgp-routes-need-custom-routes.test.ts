import { G022_BGP_ROUTES_NEED_CUSTOM_ROUTES as rule } from '../../../lib/rules/gateway/g022-bgp-routes-need-custom-routes';
import { gateway, inventory, kinds, unresolved } from './models';
import { known } from '../../helpers/models';

describe('VNI-G022 Gateway.BgpRoutesNeedCustomRoutes', () => {
  test('Compliance 1: BGP off', () => {
    expect(kinds(rule.check(gateway({ bgpEnabled: known('bgp', false) }), inventory()))).toEqual(['pass']);
  });
  test('Compliance 2: BGP on with custom routes advertised', () => {
    expect(kinds(rule.check(gateway({ bgpEnabled: known('bgp', true), customRoutes: known('custom routes', ['192.168.0.0/16']) }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: BGP on, nothing advertised', () => {
    const [c] = rule.check(gateway({ bgpEnabled: known('bgp', true) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/runs BGP but advertises no custom routes/);
    expect(c.message).toMatch(/accepted: customRoutes/);
  });
  test('Unverified: BGP unknown or a token', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['unverified']);
    expect(kinds(rule.check(gateway({ bgpEnabled: unresolved('bgp') }), inventory()))).toEqual(['unverified']);
  });
});
