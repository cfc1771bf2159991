import { G022_BGP_ROUTES_NEED_CUSTOM_ROUTES as rule } from '../../../lib/rules/gateway/g022-bgp-routes-need-custom-routes';
import { gateway, inventory, kinds, unresolved } from './models';
import { known, tokenValue, unset } from '../../helpers/models';
import { Check } from '../../../lib/rules/rule';

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

describe('VNI-G022 Gateway.BgpRoutesNeedCustomRoutes: unset and unreadable values', () => {
  const msg = (c: Check) => (c as { message: string }).message;
  test('Compliance: BGP left out of a generated gateway is off (azurerm default)', () => {
    expect(kinds(rule.check(gateway({ bgpEnabled: unset('BGP on the gateway (enable_bgp)') }), inventory()))).toEqual(['pass']);
  });
  test('BGP that is a token: unverified, naming the gateway', () => {
    const [c] = rule.check(gateway({ bgpEnabled: unresolved('BGP on the gateway (enable_bgp)', 'var.bgp', 'value') }), inventory());
    expect(msg(c)).toBe('whether gateway stack/gw runs BGP cannot be checked: BGP on the gateway (enable_bgp) is an unresolved token, known only at apply (from var.bgp)');
  });
  test('Noncompliance: BGP on with an empty custom route list', () => {
    const c = rule.check(gateway({ bgpEnabled: known('bgp', true), customRoutes: known('custom routes', []) }), inventory());
    expect(kinds(c)).toEqual(['fail']);
    expect(msg(c[0])).toBe(
      'gateway stack/gw runs BGP but advertises no custom routes to point-to-site clients, so on-premises ranges it learns do not reach the apps; accepted: customRoutes listing those ranges',
    );
  });
  test('Compliance: a custom route that is a token still is a route', () => {
    expect(kinds(rule.check(gateway({ bgpEnabled: known('bgp', true), customRoutes: known('custom routes', [tokenValue('var.route')]) }), inventory()))).toEqual(['pass']);
  });
  test('custom routes that are a token as a whole: unverified, naming the gateway', () => {
    const [c] = rule.check(gateway({ bgpEnabled: known('bgp', true), customRoutes: unresolved('custom routes (custom_route)', 'var.routes', 'list') }), inventory());
    expect(msg(c)).toBe(
      'custom routes of gateway stack/gw, which runs BGP cannot be checked: custom routes (custom_route) is an unresolved list token, known only at apply (from var.routes)',
    );
  });
  test('Noncompliance: a malformed custom route fails naming it', () => {
    const c = rule.check(gateway({ bgpEnabled: known('bgp', true), customRoutes: known('custom routes', ['nope']) }), inventory());
    expect(kinds(c)).toEqual(['fail']);
    expect(msg(c[0])).toMatch(/^custom routes of gateway stack\/gw: custom routes, element 1, is malformed/);
  });
});
