import { G007_POOL_OUTSIDE_VNET as rule } from '../../../lib/rules/gateway/g007-pool-outside-vnet';
import { gateway, inventory, kinds, unresolved, vnet } from './models';
import { known } from '../../helpers/models';

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
