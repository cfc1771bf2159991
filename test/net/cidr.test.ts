import {
  containedInAny,
  contains,
  findOverlaps,
  formatIpv4Block,
  isRfc1918,
  mustParseIpv4Cidr,
  overlaps,
  parseIpv4Cidr,
  usableSubnetAddresses,
  parseCidr,
  parseIpv6Cidr,
} from '../../lib/net/cidr';

describe('parseIpv4Cidr accepts blocks written the way Azure expects', () => {
  test.each([
    ['10.0.0.0/8', 8, 167772160, 16777216],
    ['10.0.4.0/26', 26, 167773184, 64],
    ['172.16.0.0/12', 12, 2886729728, 1048576],
    ['192.168.1.0/24', 24, 3232235776, 256],
    ['0.0.0.0/0', 0, 0, 4294967296],
    ['255.255.255.255/32', 32, 4294967295, 1],
    ['10.1.2.3/32', 32, 167838211, 1],
  ])('%s', (cidr, prefixLength, first, size) => {
    const r = parseIpv4Cidr(cidr);
    expect(r).toEqual({ ok: true, block: { family: 'ipv4', cidr, prefixLength, first, last: first + size - 1, size } });
  });
});

describe('parseIpv4Cidr rejects malformed blocks with a reason', () => {
  test.each([
    ['10.0.0.0/33', /not a valid IPv4 block/],
    ['300.1.1.1/24', /not a valid IPv4 block/],
    ['10.0.0.1/24', /host bits set; the block starts at 10\.0\.0\.0\/24/],
    ['10.0.4.64/25', /host bits set; the block starts at 10\.0\.4\.0\/25/],
    ['fd00::/64', /IPv6/],
    ['::ffff:10.0.0.0/104', /IPv6/],
    [' 10.0.0.0/24', /whitespace/],
    ['10.0.0.0/24 ', /whitespace/],
    ['10.0.0.0/24\n', /whitespace/],
    ['', /empty/],
    ['10.0.0.0', /not written as a\.b\.c\.d\/n/],
    ['10.0.0/24', /not written as a\.b\.c\.d\/n/],
    ['10.0.0.0/', /not written as a\.b\.c\.d\/n/],
    ['10.0.0.0/-1', /not written as a\.b\.c\.d\/n/],
    ['10.0.0.0 /24', /not written as a\.b\.c\.d\/n/],
    ['a.b.c.d/24', /not written as a\.b\.c\.d\/n/],
    ['010.0.0.0/8', /leading zero/],
    ['10.0.0.0/08', /leading zero/],
    ['1000.0.0.0/8', /not written as a\.b\.c\.d\/n/],
  ])('%j', (text, reason) => {
    const r = parseIpv4Cidr(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  test.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
    [['10.0.0.0/24'], 'an array'],
    [{ cidr: '10.0.0.0/24' }, 'an object'],
  ])('non-string %p', (value, described) => {
    const r = parseIpv4Cidr(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(`got ${described}`);
  });
});

describe('mustParseIpv4Cidr', () => {
  test('returns the block or throws the reason', () => {
    expect(mustParseIpv4Cidr('10.0.0.0/16').size).toBe(65536);
    expect(() => mustParseIpv4Cidr('10.0.0.1/16')).toThrow(/host bits set/);
  });
});

const b = mustParseIpv4Cidr;

describe('range comparisons', () => {
  test.each([
    ['10.0.0.0/16', '10.0.4.0/26', true],
    ['10.0.0.0/16', '10.0.0.0/16', true],
    ['10.0.0.0/16', '10.1.0.0/26', false],
    ['10.0.4.0/26', '10.0.0.0/16', false],
    ['10.0.0.0/24', '10.0.0.255/32', true],
    ['10.0.0.0/24', '10.0.1.0/32', false],
  ])('contains(%s, %s) = %s', (outer, inner, expected) => {
    expect(contains(b(outer), b(inner))).toBe(expected);
  });

  test.each([
    ['10.0.0.0/24', '10.0.0.128/25', true],
    ['10.0.0.0/25', '10.0.0.128/25', false],
    ['10.0.0.0/16', '10.0.255.0/24', true],
    ['10.0.0.0/24', '10.0.1.0/24', false],
    ['0.0.0.0/0', '192.168.0.0/16', true],
  ])('overlaps(%s, %s) = %s', (x, y, expected) => {
    expect(overlaps(b(x), b(y))).toBe(expected);
    expect(overlaps(b(y), b(x))).toBe(expected);
  });

  test('containedInAny', () => {
    const space = [b('10.0.0.0/24'), b('10.1.0.0/24')];
    expect(containedInAny(space, b('10.1.0.64/26'))).toBe(true);
    expect(containedInAny(space, b('10.0.0.0/23'))).toBe(false);
    expect(containedInAny([], b('10.0.0.0/24'))).toBe(false);
  });
});

describe('isRfc1918', () => {
  test.each([
    ['10.0.0.0/8', true],
    ['10.255.255.0/24', true],
    ['172.16.0.0/12', true],
    ['172.31.255.0/24', true],
    ['172.32.0.0/24', false],
    ['172.15.0.0/16', false],
    ['192.168.0.0/16', true],
    ['192.169.0.0/16', false],
    ['100.64.0.0/10', false],
    ['8.8.8.0/24', false],
    ['0.0.0.0/0', false],
    ['10.0.0.0/7', false],
  ])('%s -> %s', (cidr, expected) => {
    expect(isRfc1918(b(cidr))).toBe(expected);
  });
});

describe('usableSubnetAddresses (Azure keeps 5 per subnet)', () => {
  test.each([
    ['10.0.0.0/24', 251],
    ['10.0.0.0/26', 59],
    ['10.0.0.0/27', 27],
    ['10.0.0.0/29', 3],
    ['10.0.0.0/30', 0],
    ['10.0.0.0/32', 0],
  ])('%s -> %d', (cidr, usable) => {
    expect(usableSubnetAddresses(b(cidr))).toBe(usable);
  });
});

describe('findOverlaps', () => {
  const owned = (cidr: string, owner: string) => ({ block: b(cidr), owner });

  test('no overlaps among disjoint blocks, in any order', () => {
    expect(findOverlaps([owned('10.0.2.0/24', 'c'), owned('10.0.0.0/24', 'a'), owned('10.0.1.0/24', 'b')])).toEqual([]);
  });

  test('reports each offending block once, paired with the block that reaches furthest', () => {
    const r = findOverlaps([owned('10.0.0.0/16', 'big'), owned('10.0.1.0/24', 'x'), owned('10.0.2.0/24', 'y'), owned('10.1.0.0/24', 'far')]);
    expect(r.map((o) => [o.first.owner, o.second.owner])).toEqual([
      ['big', 'x'],
      ['big', 'y'],
    ]);
  });

  test('identical blocks overlap', () => {
    const r = findOverlaps([owned('10.0.0.0/26', 'a'), owned('10.0.0.0/26', 'b')]);
    expect(r).toHaveLength(1);
  });

  test('sameGroup exempts pairs', () => {
    const r = findOverlaps([owned('10.0.0.0/26', 'a'), owned('10.0.0.0/26', 'a'), owned('10.0.0.32/27', 'b')], (x, y) => x === y);
    expect(r.map((o) => [o.first.owner, o.second.owner])).toEqual([['a', 'b']]);
  });

  test('blocks that only touch do not overlap', () => {
    expect(findOverlaps([owned('10.0.0.0/25', 'a'), owned('10.0.0.128/25', 'b')])).toEqual([]);
  });

  test('scales to many blocks without pairwise comparison', () => {
    const many = Array.from({ length: 20000 }, (_, i) => owned(`10.${Math.floor(i / 256)}.${i % 256}.0/24`, `s${i}`));
    many.push(owned('10.3.0.0/16', 'wide'));
    const r = findOverlaps(many);
    expect(r).toHaveLength(256);
    expect(r.every((o) => o.first.owner === 'wide')).toBe(true);
  });
});

describe('formatIpv4Block', () => {
  test.each([
    [0, 0, '0.0.0.0/0'],
    [167772160, 8, '10.0.0.0/8'],
    [167773184, 26, '10.0.4.0/26'],
    [4294967295, 32, '255.255.255.255/32'],
    [3232235776, 24, '192.168.1.0/24'],
  ])('%d/%d -> %s and back', (first, prefixLength, text) => {
    expect(formatIpv4Block(first, prefixLength)).toBe(text);
    expect(mustParseIpv4Cidr(text).first).toBe(first);
  });

  test.each([
    [167772161, 24, /not aligned/],
    [-1, 24, /not an IPv4 address/],
    [2 ** 32, 24, /not an IPv4 address/],
    [1.5, 24, /not an IPv4 address/],
    [0, 33, /not a prefix length/],
  ])('%d/%d throws', (first, prefixLength, message) => {
    expect(() => formatIpv4Block(first, prefixLength)).toThrow(message);
  });
});

describe('IPv6 blocks (dual-stack networks)', () => {
  test.each([
    ['fd00:db8::/48', 48, 2n ** 80n],
    ['fd00:db8:0:4::/64', 64, 2n ** 64n],
    ['2001:db8::/32', 32, 2n ** 96n],
    ['::/0', 0, 2n ** 128n],
  ])('%s parses with its size', (cidr, prefixLength, size) => {
    const r = parseIpv6Cidr(cidr);
    expect(r.ok && r.block).toMatchObject({ family: 'ipv6', cidr, prefixLength, size });
    expect(parseCidr(cidr)).toEqual(r);
  });

  test.each([
    ['fd00:db8::1/64', /host bits set; the block starts at fd00:db8::\/64/],
    ['fd00::/129', /not a valid IPv6 block/],
    ['fd00::zz/64', /not written as an IPv6 block/],
    ['fe80::1%eth0/64', /not written as an IPv6 block/],
  ])('%s is refused', (text, reason) => {
    const r = parseIpv6Cidr(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  test('parseCidr reads IPv4 strictly as before', () => {
    expect(parseCidr('10.0.0.0/16')).toEqual(parseIpv4Cidr('10.0.0.0/16'));
    expect(parseCidr('010.0.0.0/8').ok).toBe(false);
  });

  test('containment and overlap stay within a family', () => {
    const v6 = (t: string) => (parseIpv6Cidr(t) as { block: any }).block;
    expect(contains(v6('fd00:db8::/48'), v6('fd00:db8:0:4::/64'))).toBe(true);
    expect(contains(v6('fd00:db8::/48'), v6('fd00:db9::/64'))).toBe(false);
    expect(overlaps(v6('fd00:db8::/48'), v6('fd00:db8:0:4::/64'))).toBe(true);
    // 0.0.0.0/0 and ::/0 cover everything of their own family only.
    expect(contains(b('0.0.0.0/0'), v6('::/0'))).toBe(false);
    expect(overlaps(b('0.0.0.0/0'), v6('::/0'))).toBe(false);
    expect(containedInAny([b('10.0.0.0/16'), v6('fd00:db8::/48')], v6('fd00:db8:0:1::/64'))).toBe(true);
    expect(isRfc1918(v6('fd00:db8::/48'))).toBe(false);
  });

  test('findOverlaps compares IPv6 with IPv6 and IPv4 with IPv4', () => {
    const v6 = (t: string, owner: string) => ({ block: (parseIpv6Cidr(t) as { block: any }).block, owner });
    const r = findOverlaps([v6('fd00:db8::/48', 'a'), v6('fd00:db8:0:9::/64', 'b'), { block: b('0.0.0.0/0'), owner: 'c' }, { block: b('10.0.0.0/8'), owner: 'd' }]);
    expect(r.map((o) => [o.first.owner, o.second.owner]).sort()).toEqual([['a', 'b'], ['c', 'd']]);
  });
});

describe('messages show long values truncated', () => {
  test('a 100,000-character text is cut to 200 characters in the reason', () => {
    const r = parseIpv4Cidr('1'.repeat(100_000));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.length).toBeLessThan(400);
      expect(r.reason).toMatch(/100000 characters in all/);
    }
  });
});
