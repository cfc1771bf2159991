import { G006_POOL_PRIVATE_RANGE as rule } from '../../../lib/rules/gateway/g006-pool-private-range';
import { gateway, inventory, kinds } from './models';
import { known, tokenValue } from '../../helpers/models';

describe('VNI-G006 Gateway.PoolPrivateRange', () => {
  test.each(['10.255.0.0/24', '172.31.0.0/24', '192.168.0.0/16'])('Compliance: %s', (b) => {
    expect(kinds(rule.check(gateway({ pointToSitePool: known('pool', [b]) }), inventory()))).toEqual(['pass']);
  });
  test.each(['100.64.0.0/24', '172.32.0.0/24', '192.168.0.0/15', '8.8.8.0/24'])('Noncompliance: %s', (b) => {
    const [c] = rule.check(gateway({ pointToSitePool: known('pool', [b]) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toContain(b);
  });
  test('a token block is unverified, naming the attribute and where it comes from', () => {
    const c = rule.check(gateway({ pointToSitePool: known('point-to-site pool (pointToSiteAddressPool)', [tokenValue('var.pool')]) }), inventory());
    expect(kinds(c)).toEqual(['unverified']);
    expect((c[0] as any).message).toMatch(/point-to-site pool \(pointToSiteAddressPool\), element 1, is an unresolved token.*from var\.pool/);
  });
  test('an IPv6 block fails: the pool must be RFC 1918 IPv4', () => {
    const [c] = rule.check(gateway({ pointToSitePool: known('pool', ['172.16.0.0/24', 'fd00:db8::/64']) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/fd00:db8::\/64 is IPv6/);
  });
});

describe('VNI-G006 messages', () => {
  test('Unverified: the message says the pool range cannot be checked', () => {
    const c = rule.check(gateway({ pointToSitePool: known('pool', [tokenValue('var.pool')]) }), inventory());
    expect(c).toEqual([{ kind: 'unverified', message: 'point-to-site pool range cannot be checked: pool, element 1, is an unresolved token, known only at apply (from var.pool)' }]);
  });
});
