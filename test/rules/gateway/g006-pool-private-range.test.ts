import { Token } from 'cdktf';
import { knownFact } from '../../../lib/model/fact';
import { G006_POOL_PRIVATE_RANGE as rule } from '../../../lib/rules/gateway/g006-pool-private-range';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { gateway, inventory, kinds } from './models';

describe('VNI-G006 Gateway.PoolPrivateRange', () => {
  test.each(['10.255.0.0/24', '172.31.0.0/24', '192.168.0.0/16'])('Compliance: %s', (b) => {
    expect(kinds(rule.check(gateway({ pointToSitePool: knownFact('pool', [b]) }), inventory()))).toEqual(['pass']);
  });
  test.each(['100.64.0.0/24', '172.32.0.0/24', '192.168.0.0/15', '8.8.8.0/24'])('Noncompliance: %s', (b) => {
    const [c] = rule.check(gateway({ pointToSitePool: knownFact('pool', [b]) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toContain(b);
  });
  test('a token block is unverified', () => {
    expect(kinds(rule.check(gateway({ pointToSitePool: knownFact('pool', [Token.asString({ x: 1 } as any)]) }), inventory()))).toEqual(['unverified']);
  });
  test('synth: a public pool fails', () => {
    const f = fixture();
    gatewayIn(f, { pointToSiteAddressPool: ['100.64.0.0/24'] });
    const [x] = findingsOf(f, 'VNI-G006');
    expect(x.outcome).toBe('error');
    expect(x.message).toMatch(/\[VNI-G006\].*100\.64\.0\.0\/24 is not inside/);
  });
});
