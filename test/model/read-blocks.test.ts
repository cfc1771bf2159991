import { given, interpolation, missing, tokenMark, unset } from '../../lib/model/fact';
import { readBlocks } from '../../lib/model/read-blocks';

const f = (v: unknown) => given<'blocks'>('subnet address prefixes (address_prefixes)', v as never);

describe('readBlocks: address blocks, element by element', () => {
  test('known blocks of both families', () => {
    const r = readBlocks(f(['10.0.4.0/26', 'fd00:db8::/64']));
    expect(r.state).toBe('list');
    if (r.state === 'list') expect(r.known.map((b) => [b.family, b.cidr])).toEqual([['ipv4', '10.0.4.0/26'], ['ipv6', 'fd00:db8::/64']]);
  });

  test('each element on its own: a known block, a token with its origin, a malformed value shown', () => {
    const r = readBlocks(f(['10.0.4.0/26', tokenMark('var.extra'), 'x', interpolation(['10.0.', tokenMark('var.octet'), '.0/24'])]));
    expect(r.state).toBe('list');
    if (r.state !== 'list') return;
    expect(r.items.map((i) => i.state)).toEqual(['known', 'unresolved', 'malformed', 'unresolved']);
    expect(r.unresolved[0].why).toBe('subnet address prefixes (address_prefixes), element 2, is an unresolved token, known only at apply (from var.extra)');
    expect(r.malformed[0].why).toMatch(/element 3, is malformed: "x" is not written as a\.b\.c\.d\/n; accepted: CIDR blocks/);
    expect(r.unresolved[1].why).toMatch(/element 4, is built from an unresolved token \("10\.0\.\$\{var\.octet\}\.0\/24"\).*from var\.octet/);
  });

  test('a list token as a whole, a value that is no list, and absence', () => {
    expect(readBlocks(f(tokenMark('data.azurerm_virtual_network.hub.address_space', 'list')))).toMatchObject({ state: 'unresolved', origin: 'data.azurerm_virtual_network.hub.address_space' });
    expect(readBlocks(f('10.0.0.0/16'))).toMatchObject({ state: 'malformed', why: expect.stringMatching(/got "10\.0\.0\.0\/16"; accepted: a list of CIDR blocks/) });
    expect(readBlocks(missing('x'))).toEqual({ state: 'missing', why: 'x was not given' });
    expect(readBlocks(unset('x'))).toEqual({ state: 'unset', why: 'x is not set' });
  });

  test('null and other values inside the list are malformed, never a TypeError', () => {
    const r = readBlocks(f([null, 5, { a: 1 }]));
    expect(r.state === 'list' && r.malformed.length).toBe(3);
  });
});
