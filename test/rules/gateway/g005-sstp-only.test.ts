import type { Fact } from '../../../lib/model/fact';
import { G005_SSTP_ONLY as rule } from '../../../lib/rules/gateway/g005-sstp-only';
import { gateway, inventory, kinds } from './models';
import { known, token, tokenValue } from '../../helpers/models';

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

describe('VNI-G005 messages', () => {
  const check = (protocols: Fact<'strings'>) => rule.check(gateway({ protocols }), inventory());

  test('Compliance: SSTP in any case', () => {
    expect(kinds(check(known('p', ['sstp'])))).toEqual(['pass']);
  });

  test('Noncompliance: every other protocol is named', () => {
    expect(check(known('p', ['SSTP', 'IkeV2', 'OpenVPN']))).toEqual([{ kind: 'fail', message: 'vpn_client_protocols contains "IkeV2", "OpenVPN"; accepted: ["SSTP"] only' }]);
  });

  test('Noncompliance: an empty list', () => {
    expect(check(known('p', []))).toEqual([{ kind: 'fail', message: 'vpn_client_protocols is empty; accepted: ["SSTP"]' }]);
  });

  test('Unverified: the list, or an element of it, is a token', () => {
    expect(check(token('protocols', 'var.protocols', 'list'))).toEqual([
      { kind: 'unverified', message: 'point-to-site protocols cannot be checked: protocols is an unresolved list token, known only at apply (from var.protocols). Accepted: ["SSTP"]' },
    ]);
    // A token element alone: unverified, not "empty".
    expect(check(known('protocols', [tokenValue('var.protocol')]))).toEqual([
      { kind: 'unverified', message: 'point-to-site protocols cannot be checked: protocols, element 1, is an unresolved token, known only at apply (from var.protocol). Accepted: ["SSTP"]' },
    ]);
  });
});
