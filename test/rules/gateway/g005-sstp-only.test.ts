import { G005_SSTP_ONLY as rule } from '../../../lib/rules/gateway/g005-sstp-only';
import { gateway, inventory, kinds } from './models';
import { known } from '../../helpers/models';

describe('VNI-G005 Gateway.SstpOnly', () => {
  test('Compliance: SSTP only', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['pass']);
  });
  test.each([[['SSTP', 'IkeV2']], [['OpenVPN']], [['IkeV2', 'OpenVPN']]])('Noncompliance: %j whatever the SKU', (protocols) => {
    for (const sku of ['Basic', 'VpnGw1', 'VpnGw5AZ']) {
      const [c] = rule.check(gateway({ sku: known('sku', sku), protocols: known('p', protocols) }), inventory()) as any[];
      expect(c.kind).toBe('fail');
      expect(c.message).toMatch(/accepted: \["SSTP"\] only/);
    }
  });
});
