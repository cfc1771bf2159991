/**
 * Edges of lib/net/cidr.ts that `npm run mutation` found unpinned: boundaries of overlap and of the
 * sweep, the parse cache, the exact reasons, and the helpers the rules call less often.
 */
import {
  addressToString,
  contains,
  findOverlaps,
  formatIpv4Block,
  ipv4Only,
  IpBlock,
  mustParseIpv4Cidr,
  overlaps,
  parseCidr,
  parseIpv4Cidr,
  parseIpv6Cidr,
} from '../../lib/net/cidr';

function v6(text: string): IpBlock {
  const r = parseIpv6Cidr(text);
  if (!r.ok) throw new Error(r.reason);
  return r.block;
}

const reason = (r: { ok: boolean; reason?: string }) => (r.ok ? 'ok' : r.reason);

describe('parse cache', () => {
  test('the same text gives the same frozen result, also after other texts', () => {
    const a = parseIpv4Cidr('10.77.0.0/24');
    parseIpv4Cidr('10.78.0.0/24');
    expect(parseIpv4Cidr('10.77.0.0/24')).toBe(a);
    expect(Object.isFrozen((a as { block: object }).block)).toBe(true);
  });
});

describe('reasons', () => {
  test.each([
    [undefined, 'got undefined'],
    [null, 'got null'],
    [[], 'got an array'],
    [{}, 'got an object'],
    [Symbol('s'), 'got symbol'],
    [() => 1, 'got function'],
    [5, 'got number 5'],
  ])('a non-string %p: %s', (value, got) => {
    expect(reason(parseIpv4Cidr(value))).toBe(`expected a CIDR string such as "10.0.0.0/24", got ${got.replace('got ', '')}`);
  });

  test('IPv4: text after the prefix length is not the written form; ipaddr\'s own prefix is dropped', () => {
    expect(reason(parseIpv4Cidr('10.0.0.0/24x'))).toMatch(/is not written as a\.b\.c\.d\/n$/);
    expect(reason(parseIpv4Cidr('10.0.0.0/33'))).toBe('"10.0.0.0/33" is not a valid IPv4 block (string is not formatted like an IPv4 CIDR range)');
  });

  test('IPv6: a non-string, an IPv4 text, a text with a prefix of junk, and an invalid prefix length', () => {
    expect(reason(parseIpv6Cidr(7))).toBe('expected an IPv6 CIDR string such as "fd00:db8::/64", got number 7');
    expect(reason(parseIpv6Cidr('10.0.0.0/24'))).toMatch(/^"10\.0\.0\.0\/24" is not written as an IPv6 block such as/);
    expect(reason(parseIpv6Cidr('x fd00::/64'))).toMatch(/is not written as an IPv6 block/);
    expect(reason(parseIpv6Cidr('fd00::/129'))).toBe('"fd00::/129" is not a valid IPv6 block (string is not formatted like an IPv6 CIDR range)');
    expect(reason(parseIpv6Cidr('fd00::/64x'))).toMatch(/^"fd00::\/64x" is not written as an IPv6 block/);
  });

  test('IPv6 block bounds', () => {
    const b = v6('fd00::/64');
    expect(b.size).toBe(2n ** 64n);
    expect(b.last).toBe((b.first as bigint) + 2n ** 64n - 1n);
  });

  test('parseCidr: IPv6 only for a trimmed text with a colon', () => {
    expect((parseCidr('10.0.0.0/24') as { block: IpBlock }).block.family).toBe('ipv4');
    expect((parseCidr('fd00::/64') as { block: IpBlock }).block.family).toBe('ipv6');
    expect(reason(parseCidr(' fd00::/64'))).toMatch(/leading or trailing whitespace/);
    expect(reason(parseCidr(5))).toBe('expected a CIDR string such as "10.0.0.0/24", got number 5');
  });
});

describe('formatIpv4Block refuses bad prefix lengths', () => {
  test.each([1.5, -1, 33, NaN])('%p', (p) => {
    expect(() => formatIpv4Block(0, p)).toThrow(/is not a prefix length/);
  });
});

describe('boundaries', () => {
  test('families never contain or overlap each other, even where the numbers would', () => {
    const all6 = v6('::/0');
    const ten = mustParseIpv4Cidr('10.0.0.0/8');
    expect(contains(all6, ten)).toBe(false);
    expect(overlaps(all6, ten)).toBe(false);
    expect(overlaps(ten, all6)).toBe(false);
  });

  test('one shared address is an overlap, in either order', () => {
    const block = mustParseIpv4Cidr('10.0.0.0/24');
    const lastAddress = mustParseIpv4Cidr('10.0.0.255/32');
    const firstAddress = mustParseIpv4Cidr('10.0.0.0/32');
    expect(overlaps(lastAddress, block)).toBe(true);
    expect(overlaps(block, lastAddress)).toBe(true);
    expect(overlaps(firstAddress, block)).toBe(true);
    expect(overlaps(mustParseIpv4Cidr('10.0.1.0/32'), block)).toBe(false);
  });

  const owned = (cidr: string, owner: string) => ({ block: mustParseIpv4Cidr(cidr), owner });

  test('the sweep reports a block that touches the reach at its last address', () => {
    const found = findOverlaps([owned('10.0.0.0/24', 'a'), owned('10.0.0.255/32', 'b')]);
    expect(found.map((o) => [o.first.owner, o.second.owner])).toEqual([['a', 'b']]);
  });

  test('blocks with the same start: the larger one is the reach, whatever the input order', () => {
    for (const input of [[owned('10.0.0.0/26', 'small'), owned('10.0.0.0/24', 'big')], [owned('10.0.0.0/24', 'big'), owned('10.0.0.0/26', 'small')]]) {
      expect(findOverlaps(input).map((o) => [o.first.owner, o.second.owner])).toEqual([['big', 'small']]);
    }
  });

  test('a later block ending where the reach ends does not take its place', () => {
    const found = findOverlaps([owned('10.0.0.0/24', 'a'), owned('10.0.0.128/25', 'b'), owned('10.0.0.200/32', 'c')]);
    expect(found.map((o) => [o.first.owner, o.second.owner])).toEqual([['a', 'b'], ['a', 'c']]);
  });
});

describe('helpers', () => {
  test('ipv4Only keeps the IPv4 blocks in order', () => {
    const blocks = [mustParseIpv4Cidr('10.0.0.0/24'), v6('fd00::/64'), mustParseIpv4Cidr('10.1.0.0/24')];
    expect(ipv4Only(blocks).map((b) => b.cidr)).toEqual(['10.0.0.0/24', '10.1.0.0/24']);
  });

  test.each([
    [0, '0.0.0.0'],
    [167772161, '10.0.0.1'],
    [0xc0a80102, '192.168.1.2'],
    [0xffffffff, '255.255.255.255'],
    [0x01020304, '1.2.3.4'],
  ])('addressToString(%p) is %s', (n, text) => {
    expect(addressToString(n)).toBe(text);
  });
});
