import { G020_SKU_GENERATION as rule } from '../../../lib/rules/gateway/g020-sku-generation';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { gateway, inventory, kinds } from './models';
import { known } from '../../helpers/models';

describe('VNI-G020 Gateway.SkuGeneration', () => {
  test.each([['VpnGw1', 'Generation1'], ['VpnGw2', 'Generation2'], ['VpnGw3AZ', 'Generation1'], ['VpnGw5', 'Generation2']])('Compliance: %s %s', (sku, gen) => {
    expect(kinds(rule.check(gateway({ sku: known('s', sku), generation: known('g', gen) }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: VpnGw1 in Generation2', () => {
    const [c] = rule.check(gateway({ generation: known('g', 'Generation2') }), inventory()) as any[];
    expect(c.message).toMatch(/"VpnGw1" does not exist in "Generation2"; accepted: Generation1/);
  });
  test('Noncompliance 2: an ExpressRoute SKU', () => {
    const [c] = rule.check(gateway({ sku: known('s', 'ErGw1AZ') }), inventory()) as any[];
    expect(c.message).toMatch(/not a VPN gateway SKU/);
  });
  test('Noncompliance 3: a legacy SKU on a new gateway', () => {
    expect(kinds(rule.check(gateway({ sku: known('s', 'Basic') }), inventory()))).toEqual(['fail']);
  });
  test('synth: VpnGw4 with Generation1 fails', () => {
    const f = fixture();
    gatewayIn(f, { sku: 'VpnGw4', generation: 'Generation1' });
    expect(findingsOf(f, 'VNI-G020').map((x) => x.outcome)).toEqual(['error']);
  });
});
