import { G020_SKU_GENERATION as rule } from '../../../lib/rules/gateway/g020-sku-generation';
import { gateway, inventory, kinds } from './models';
import { known, missing, token } from '../../helpers/models';
import { vpnGatewaySkuNames } from '../../../lib/facts/vpn-gateway-sku';
import { Check } from '../../../lib/rules/rule';
import { Fact } from '../../../lib/model/fact';

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

describe('VNI-G020 Gateway.SkuGeneration: unreadable values and adopted gateways', () => {
  const msg = (c: Check) => (c as { message: string }).message;
  const ALL = vpnGatewaySkuNames().join(', ');
  test('the accepted list names every SKU, comma-separated', () => {
    expect(ALL).toContain('Basic, VpnGw1AZ, VpnGw2AZ');
  });
  test('Compliance: an adopted gateway that states no SKU already exists', () => {
    expect(kinds(rule.check(gateway({ created: false, sku: missing('gateway SKU (sku)'), generation: missing('g') }), inventory()))).toEqual(['pass']);
  });
  test('a new gateway that states no SKU: unverified, listing the accepted SKUs', () => {
    const c = rule.check(gateway({ sku: missing('gateway SKU (sku)') }), inventory());
    expect(kinds(c)).toEqual(['unverified']);
    expect(msg(c[0])).toBe(`gateway SKU cannot be checked: gateway SKU (sku) was not given. Accepted: ${ALL}`);
  });
  test('an adopted gateway whose SKU is a token: unverified (only a SKU nobody states is taken as accepted)', () => {
    const c = rule.check(gateway({ created: false, sku: token('gateway SKU (sku)', 'var.sku') }), inventory());
    expect(kinds(c)).toEqual(['unverified']);
    expect(msg(c[0])).toContain('gateway SKU cannot be checked: gateway SKU (sku) is an unresolved token');
  });
  test('Noncompliance: the legacy message lists every accepted SKU', () => {
    const c = rule.check(gateway({ sku: known('s', 'Standard'), generation: known('g', 'None') }), inventory());
    expect(msg(c[0])).toBe(`SKU "Standard" is a legacy SKU Azure no longer creates for VPN gateways; accepted: ${ALL}`);
  });
  test('Noncompliance: the non-AZ message lists every accepted SKU', () => {
    const c = rule.check(gateway({ sku: known('s', 'VpnGw2'), generation: known('g', 'Generation2') }), inventory());
    expect(msg(c[0])).toBe(`SKU "VpnGw2" is a non-AZ SKU: Azure has not created new VpnGw1-5 gateways since 1 November 2025; accepted: "VpnGw2AZ" (same tier, zone-redundant) or another of ${ALL}`);
  });
  test('Noncompliance: a SKU offered in two generations names both', () => {
    const c = rule.check(gateway({ sku: known('s', 'VpnGw2AZ'), generation: known('g', 'None') }), inventory());
    expect(kinds(c)).toEqual(['fail']);
    expect(msg(c[0])).toBe('SKU "VpnGw2AZ" does not exist in "None"; accepted: Generation1 or Generation2');
  });
  test('Compliance: the generation is compared without case', () => {
    expect(kinds(rule.check(gateway({ sku: known('s', 'VpnGw2AZ'), generation: known('g', 'generation2') }), inventory()))).toEqual(['pass']);
  });
  test('a generation that is a token: unverified, naming the SKU and its generations', () => {
    const c = rule.check(gateway({ sku: known('s', 'VpnGw2AZ'), generation: token('generation (generation)', 'var.gen') }), inventory());
    expect(kinds(c)).toEqual(['unverified']);
    expect(msg(c[0])).toBe('generation of SKU "VpnGw2AZ" cannot be checked: generation (generation) is an unresolved token, known only at apply (from var.gen). Accepted: Generation1 or Generation2');
  });
  test('an adopted gateway: a generation that is a token is still unverified, one nobody states is not', () => {
    const adopted = (generation: Fact<'string'>) => rule.check(gateway({ created: false, sku: known('s', 'VpnGw2AZ'), generation }), inventory());
    expect(kinds(adopted(token('generation (generation)', 'var.gen')))).toEqual(['unverified']);
    expect(kinds(adopted(missing('generation (generation)')))).toEqual(['pass']);
  });
  test('a new gateway that states no generation: unverified', () => {
    expect(kinds(rule.check(gateway({ sku: known('s', 'VpnGw2AZ'), generation: missing('generation (generation)') }), inventory()))).toEqual(['unverified']);
  });
});
