import { blocksOf, cidrs, unreadable } from '../../../lib/rules/shared/blocks';
import { known, missing, token, tokenValue } from '../../helpers/models';

const WHAT = 'integration subnet size';

describe('blocksOf', () => {
  test('known blocks of both families, IPv4 apart', () => {
    const b = blocksOf(known('prefixes', ['10.0.4.0/26', 'fd00:db8::/64']), WHAT);
    expect(b.known.map((x) => x.cidr)).toEqual(['10.0.4.0/26', 'fd00:db8::/64']);
    expect(b.ipv4.map((x) => x.cidr)).toEqual(['10.0.4.0/26']);
    expect([b.malformed, b.unknown]).toEqual([[], undefined]);
  });

  test('a value that is not a list is malformed, not unknown', () => {
    const b = blocksOf(known('prefixes', '10.0.4.0/26'), WHAT);
    expect(b.malformed).toEqual([{ kind: 'fail', message: expect.stringMatching(/^integration subnet size: prefixes is malformed: got "10\.0\.4\.0\/26"; accepted: a list of CIDR blocks/) }]);
    expect(b.unknown).toBeUndefined();
    expect([b.known, b.ipv4]).toEqual([[], []]);
  });

  test('a whole-list token or a missing value is unknown, not malformed', () => {
    const t = blocksOf(token('prefixes', 'var.prefixes', 'list'), WHAT);
    expect([t.malformed, t.unknown]).toEqual([[], { kind: 'unverified', message: 'integration subnet size cannot be checked: prefixes is an unresolved list token, known only at apply (from var.prefixes)' }]);
    const m = blocksOf(missing('prefixes'), WHAT);
    expect([m.malformed, m.unknown]).toEqual([[], { kind: 'unverified', message: 'integration subnet size cannot be checked: prefixes was not given' }]);
  });

  test('every token element is named in one unverified check', () => {
    const b = blocksOf(known('prefixes', ['10.0.4.0/26', tokenValue('var.a'), tokenValue('var.b')]), WHAT);
    expect(b.known.map((x) => x.cidr)).toEqual(['10.0.4.0/26']);
    expect(b.unknown).toEqual({
      kind: 'unverified',
      message: 'integration subnet size cannot be checked: prefixes, element 2, is an unresolved token, known only at apply (from var.a); prefixes, element 3, is an unresolved token, known only at apply (from var.b)',
    });
  });

  test('unreadable: malformed elements first, then the unknown ones', () => {
    const b = blocksOf(known('prefixes', [tokenValue('var.a'), 'nonsense']), WHAT);
    expect(unreadable(b).map((c) => c.kind)).toEqual(['fail', 'unverified']);
  });
});

describe('cidrs', () => {
  test('lists blocks separated by commas', () => {
    const b = blocksOf(known('prefixes', ['10.0.4.0/26', '10.0.5.0/26']), WHAT);
    expect(cidrs(b.known)).toBe('10.0.4.0/26, 10.0.5.0/26');
  });
});
