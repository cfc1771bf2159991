import { G020_SKU_GENERATION as rule } from '../../../lib/rules/gateway/g020-sku-generation';
import { gateway, inventory, kinds } from './models';
import { known, missing } from '../../helpers/models';

describe('VNI-G020 Gateway.SkuGeneration', () => {
  test.each([['VpnGw1AZ', 'Generation1'], ['VpnGw2AZ', 'Generation2'], ['VpnGw3AZ', 'Generation1'], ['VpnGw5AZ', 'Generation2'], ['Basic', 'Generation1']])('Compliance: a new %s gateway in %s', (sku, gen) => {
    expect(kinds(rule.check(gateway({ sku: known('s', sku), generation: known('g', gen) }), inventory()))).toEqual(['pass']);
  });
  test.each([1, 2, 3, 4, 5])('Noncompliance: a new non-AZ VpnGw%i gateway names its AZ SKU', (n) => {
    const [c] = rule.check(gateway({ sku: known('s', `VpnGw${n}`), generation: known('g', n === 1 ? 'Generation1' : 'Generation2') }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(new RegExp(`SKU "VpnGw${n}" is a non-AZ SKU: Azure has not created new VpnGw1-5 gateways since 1 November 2025; accepted: "VpnGw${n}AZ"`));
  });
  test('Compliance: an adopted non-AZ gateway is left to VNI-G024', () => {
    expect(kinds(rule.check(gateway({ created: false, sku: known('s', 'VpnGw2'), generation: missing('g') }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance: VpnGw1AZ in Generation2', () => {
    const [c] = rule.check(gateway({ generation: known('g', 'Generation2') }), inventory()) as any[];
    expect(c.message).toMatch(/"VpnGw1AZ" does not exist in "Generation2"; accepted: Generation1/);
  });
  test('Noncompliance: Basic in Generation2', () => {
    const [c] = rule.check(gateway({ sku: known('s', 'Basic'), generation: known('g', 'Generation2') }), inventory()) as any[];
    expect(c.message).toMatch(/"Basic" does not exist in "Generation2"; accepted: Generation1/);
  });
  test('Noncompliance: an ExpressRoute SKU', () => {
    const [c] = rule.check(gateway({ sku: known('s', 'ErGw1AZ') }), inventory()) as any[];
    expect(c.message).toMatch(/not a VPN gateway SKU; accepted: Basic, VpnGw1AZ/);
  });
  test.each(['Standard', 'HighPerformance'])('Noncompliance: the legacy %s SKU on a new gateway', (sku) => {
    const [c] = rule.check(gateway({ sku: known('s', sku), generation: known('g', 'None') }), inventory()) as any[];
    expect(c.message).toMatch(new RegExp(`"${sku}" is a legacy SKU Azure no longer creates`));
  });
});
