import { G004_POINT_TO_SITE_POOL as rule } from '../../../lib/rules/gateway/g004-point-to-site-pool';
import { gateway, inventory, kinds } from './models';
import { missing, known, tokenValue } from '../../helpers/models';
import { messages } from '../../helpers/rule-harness';

describe('VNI-G004 Gateway.PointToSitePool', () => {
  test('Compliance: a pool is set', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: empty pool', () => {
    const [c] = rule.check(gateway({ pointToSitePool: known('pool', []) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/empty/);
  });
  test('Noncompliance 2: a malformed block fails naming it', () => {
    const [c] = rule.check(gateway({ pointToSitePool: known('pool', ['x']) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/"x" is not written as a\.b\.c\.d\/n/);
  });
  test('a pool nobody stated is unverified; a pool that holds a token is a pool', () => {
    expect(kinds(rule.check(gateway({ pointToSitePool: missing('pool') }), inventory()))).toEqual(['unverified']);
    expect(kinds(rule.check(gateway({ pointToSitePool: known('pool', [tokenValue()]) }), inventory()))).toEqual(['pass']);
  });
  test('the unverified message names the pool and what is accepted', () => {
    expect(messages(rule.check(gateway({ pointToSitePool: missing('point-to-site address pool (pointToSiteAddressPool)') }), inventory()))).toBe(
      'point-to-site pool cannot be checked: point-to-site address pool (pointToSiteAddressPool) was not given. Accepted: one or more RFC 1918 blocks',
    );
  });
});
