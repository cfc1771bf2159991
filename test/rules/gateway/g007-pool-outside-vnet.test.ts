import { G007_POOL_OUTSIDE_VNET as rule } from '../../../lib/rules/gateway/g007-pool-outside-vnet';
import { gateway, inventory, kinds, unresolved, vnet } from './models';
import { known, tokenValue } from '../../helpers/models';

describe('VNI-G007 Gateway.PoolOutsideVnet', () => {
  test('Compliance: pool outside the network', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: pool inside the network', () => {
    const [c] = rule.check(gateway({ pointToSitePool: known('pool', ['10.20.200.0/24']) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/10\.20\.200\.0\/24 overlaps the network's address space 10\.20\.0\.0\/16/);
  });
  test('Noncompliance 2: pool covering the network', () => {
    expect(kinds(rule.check(gateway({ pointToSitePool: known('pool', ['10.0.0.0/8']) }), inventory()))).toEqual(['fail']);
  });
  test('unknown address space is unverified', () => {
    expect(kinds(rule.check(gateway({ vnet: vnet({ addressSpace: unresolved('space') }) }), inventory()))).toEqual(['unverified']);
  });
});

describe('VNI-G007 unknown blocks', () => {
  test('Unverified: the pool or the address space is a token, named with what cannot be checked', () => {
    expect(rule.check(gateway({ pointToSitePool: unresolved('pool', 'var.pool', 'list') }), inventory())).toEqual([
      { kind: 'unverified', message: 'overlap of the point-to-site pool with the network cannot be checked: pool is an unresolved list token, known only at apply (from var.pool)' },
    ]);
    expect(rule.check(gateway({ vnet: vnet({ addressSpace: unresolved('space', 'var.space', 'list') }) }), inventory())).toEqual([
      { kind: 'unverified', message: 'overlap of the point-to-site pool with the network cannot be checked: space is an unresolved list token, known only at apply (from var.space)' },
    ]);
  });
  test('Noncompliance: a known overlap is reported alone, without the unknown block beside it', () => {
    expect(kinds(rule.check(gateway({ pointToSitePool: known('pool', ['10.20.200.0/24', tokenValue('var.more')]) }), inventory()))).toEqual(['fail']);
  });
});
