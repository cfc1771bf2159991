import type { Fact } from '../../../lib/model/fact';
import { G024_ADOPTED_NON_AZ_SKU as rule } from '../../../lib/rules/gateway/g024-adopted-non-az-sku';
import { known, missing, token } from '../../helpers/models';
import { gateway, inventory, kinds } from './models';

const adopted = (sku: Fact<'string'>) => gateway({ created: false, sku, generation: missing('generation') });

describe('VNI-G024 Gateway.AdoptedNonAzSku', () => {
  test.each(['VpnGw1AZ', 'VpnGw3AZ', 'Basic', 'Standard'])('Compliance: an adopted %s gateway', (sku) => {
    expect(kinds(rule.check(adopted(known('sku', sku)), inventory()))).toEqual(['pass']);
  });
  test.each([[1, 'VpnGw1AZ'], [2, 'VpnGw2AZ'], [5, 'VpnGw5AZ']])('Noncompliance: an adopted VpnGw%i gateway names %s, the dates and the upgrade path', (n, az) => {
    const [c] = rule.check(adopted(known('sku', `VpnGw${n}`)), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toContain(`uses SKU "VpnGw${n}", a non-AZ SKU`);
    expect(c.message).toContain('since 1 November 2025');
    expect(c.message).toContain('after 16 September 2026 a gateway on it refuses configuration and management changes');
    expect(c.message).toContain(`Upgrade path: move it to "${az}" (same tier, no downtime)`);
  });
  test('not applicable to a gateway the library creates (VNI-G020 judges it)', () => {
    expect(kinds(rule.check(gateway({ sku: known('sku', 'VpnGw2') }), inventory()))).toEqual(['not-applicable']);
  });
  test('unverified: an adopted gateway without its SKU, or with a token', () => {
    const [a] = rule.check(adopted(missing('gateway SKU (sku)')), inventory()) as any[];
    expect([a.kind, a.message]).toEqual(['unverified', expect.stringContaining('gateway SKU (sku) was not given')]);
    expect(kinds(rule.check(adopted(token('gateway SKU (sku)', 'var.sku')), inventory()))).toEqual(['unverified']);
  });
});

describe('VNI-G024 messages', () => {
  test('not applicable to a created gateway, saying which rule judges it', () => {
    expect(rule.check(gateway({ sku: known('sku', 'VpnGw2') }), inventory())).toEqual([{ kind: 'not-applicable', message: 'a gateway the library creates: VNI-G020 judges its SKU' }]);
  });
  test('Unverified: the message says what cannot be checked and what is accepted', () => {
    expect(rule.check(adopted(token('gateway SKU (sku)', 'var.sku')), inventory())).toEqual([
      {
        kind: 'unverified',
        message: 'SKU of the adopted gateway (whether it is a non-AZ SKU Azure retires) cannot be checked: gateway SKU (sku) is an unresolved token, known only at apply (from var.sku). Accepted: an AZ SKU such as "VpnGw1AZ", or Basic',
      },
    ]);
  });
  test('Compliance: a SKU name the library does not know is not a retiring SKU (VNI-G020 judges the name)', () => {
    expect(kinds(rule.check(adopted(known('sku', 'NoSuchSku')), inventory()))).toEqual(['pass']);
  });
});
