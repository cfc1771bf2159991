import { knownFact } from '../../../lib/model/fact';
import { G017_GATEWAY_SUBNET_MINIMUM_SIZE as rule } from '../../../lib/rules/gateway/g017-gateway-subnet-minimum-size';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { gateway, inventory, kinds } from './models';

describe('VNI-G017 Gateway.GatewaySubnetMinimumSize', () => {
  test.each(['10.20.255.0/27', '10.20.255.0/29'])('Compliance: %s', (p) => {
    expect(kinds(rule.check(gateway({ gatewaySubnetPrefixes: knownFact('p', [p]) }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: /30', () => {
    const [c] = rule.check(gateway({ gatewaySubnetPrefixes: knownFact('p', ['10.20.255.0/30']) }), inventory()) as any[];
    expect(c.message).toMatch(/10\.20\.255\.0\/30 is smaller than the \/29/);
  });
  test('adopted gateway without a stated prefix passes (Azure checked it)', () => {
    expect(kinds(rule.check(gateway({ created: false, gatewaySubnetPrefixes: { state: 'missing', label: 'p' } }), inventory()))).toEqual(['pass']);
  });
  test('synth: /30 fails', () => {
    const f = fixture();
    gatewayIn(f, { gatewaySubnetAddressPrefix: '10.20.255.0/30' });
    expect(findingsOf(f, 'VNI-G017').map((x) => x.outcome)).toEqual(['error']);
  });
});
