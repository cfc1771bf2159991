import { G025_BASIC_SKU_LIMITS as rule } from '../../../lib/rules/gateway/g025-basic-sku-limits';
import { known, missing, token } from '../../helpers/models';
import { gateway, inventory, kinds } from './models';
import { Check } from '../../../lib/rules/rule';

describe('VNI-G025 Gateway.BasicSkuLimits', () => {
  test.each(['VpnGw1AZ', 'VpnGw5AZ'])('Compliance: %s', (sku) => {
    expect(kinds(rule.check(gateway({ sku: known('sku', sku) }), inventory()))).toEqual(['pass']);
  });
  test.each([true, false])('Noncompliance: Basic (created: %s) states its limits', (created) => {
    const [c] = rule.check(gateway({ created, sku: known('sku', 'basic') }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    for (const limit of ['Generation1 only', '100 Mbps', 'no BGP', 'no zone redundancy', 'no active-active', 'IKEv2/OpenVPN or RADIUS', '128 SSTP connections', 'cannot be resized', 'accepted without this warning: VpnGw1AZ']) {
      expect(c.message.toLowerCase()).toContain(limit.toLowerCase());
    }
  });
  test('unverified: a token SKU; not applicable: an adopted gateway that states none', () => {
    expect(kinds(rule.check(gateway({ sku: token('sku', 'var.sku') }), inventory()))).toEqual(['unverified']);
    expect(kinds(rule.check(gateway({ created: false, sku: missing('sku') }), inventory()))).toEqual(['not-applicable']);
  });
  test('the rule page says which limits matter to a Terraform user', () => {
    expect(rule.description).toMatch(/Terraform uses the API, so this does not stop `terraform apply`/);
    expect(rule.description).toMatch(/deleting and re-creating the gateway/);
  });
});

describe('VNI-G025 Gateway.BasicSkuLimits: other SKUs and messages', () => {
  const msg = (c: Check) => (c as { message: string }).message;
  test('Compliance: a SKU that is no VPN gateway SKU is left to VNI-G020 (no throw)', () => {
    expect(kinds(rule.check(gateway({ sku: known('sku', 'NoSuchSku') }), inventory()))).toEqual(['pass']);
  });
  test('a token SKU: unverified, naming what is judged and what is accepted', () => {
    const [c] = rule.check(gateway({ sku: token('gateway SKU (sku)', 'var.sku') }), inventory());
    expect(msg(c)).toBe(
      'gateway SKU (whether it is Basic, with its limits) cannot be checked: gateway SKU (sku) is an unresolved token, known only at apply (from var.sku). Accepted: VpnGw1AZ or a larger AZ SKU',
    );
  });
  test('a new gateway that states no SKU: unverified', () => {
    expect(kinds(rule.check(gateway({ created: true, sku: missing('gateway SKU (sku)') }), inventory()))).toEqual(['unverified']);
  });
  test('not applicable: the adopted gateway states no SKU, pointing to VNI-G024', () => {
    const [c] = rule.check(gateway({ created: false, sku: missing('gateway SKU (sku)') }), inventory());
    expect(msg(c)).toBe('the adopted gateway states no SKU (VNI-G024 reports it)');
  });
});
