import { G017_GATEWAY_SUBNET_MINIMUM_SIZE as rule } from '../../../lib/rules/gateway/g017-gateway-subnet-minimum-size';
import { gateway, inventory, kinds } from './models';
import { missing, known, tokenValue } from '../../helpers/models';

describe('VNI-G017 Gateway.GatewaySubnetMinimumSize', () => {
  test.each(['10.20.255.0/27', '10.20.255.0/29'])('Compliance: %s', (p) => {
    expect(kinds(rule.check(gateway({ gatewaySubnetPrefixes: known('p', [p]) }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: /30', () => {
    const [c] = rule.check(gateway({ gatewaySubnetPrefixes: known('p', ['10.20.255.0/30']) }), inventory()) as any[];
    expect(c.message).toMatch(/10\.20\.255\.0\/30 is smaller than the \/29/);
  });
  test('Noncompliance 2: a malformed or host-bit prefix fails naming it (it passed before)', () => {
    for (const [p, reason] of [['x', /"x" is not written as a\.b\.c\.d\/n/], ['10.0.255.1/27', /"10\.0\.255\.1\/27" has host bits set/]] as const) {
      const [c] = rule.check(gateway({ gatewaySubnetPrefixes: known('gateway subnet prefix (gatewaySubnetAddressPrefix)', [p]) }), inventory()) as any[];
      expect(c.kind).toBe('fail');
      expect(c.message).toMatch(reason);
    }
  });
  test('a prefix that is a token is unverified', () => {
    expect(kinds(rule.check(gateway({ gatewaySubnetPrefixes: known('p', [tokenValue('var.gw_prefix')]) }), inventory()))).toEqual(['unverified']);
  });
  test('adopted gateway without a stated prefix passes (Azure checked it)', () => {
    expect(kinds(rule.check(gateway({ created: false, gatewaySubnetPrefixes: missing('p') }), inventory()))).toEqual(['pass']);
  });
});
