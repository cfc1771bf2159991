import { G025_BASIC_SKU_LIMITS as rule } from '../../../lib/rules/gateway/g025-basic-sku-limits';
import { known, missing, token } from '../../helpers/models';
import { gateway, inventory, kinds } from './models';

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
