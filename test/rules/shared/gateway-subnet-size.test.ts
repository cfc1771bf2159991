import { checkGatewaySubnetSize } from '../../../lib/rules/shared/gateway-subnet-size';
import { known, missing, tokenValue } from '../../helpers/models';
import { kinds, messages } from '../../helpers/rule-harness';
import { gateway } from '../gateway/models';

const PROBLEM = 'is smaller than a /27';
const withPrefixes = (prefixes: unknown[], created = true) => gateway({ created, gatewaySubnetPrefixes: known('gateway subnet prefixes', prefixes as never) });
const adoptedUnstated = gateway({ created: false, gatewaySubnetPrefixes: missing('prefixes of the gateway subnet (gatewaySubnetPrefixes)') });

describe('checkGatewaySubnetSize', () => {
  test('a prefix of the size or larger passes; a smaller one fails, naming it', () => {
    expect(kinds(checkGatewaySubnetSize(withPrefixes(['10.0.255.0/27']), 27, PROBLEM, 'unverified'))).toEqual(['pass']);
    const c = checkGatewaySubnetSize(withPrefixes(['10.0.255.0/28']), 27, PROBLEM, 'unverified');
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toBe('gateway subnet 10.0.255.0/28 is smaller than a /27; accepted: /27 or larger (for example a /27)');
  });

  test('an adopted gateway whose subnet prefixes are not given: pass or unverified, as the caller says', () => {
    expect(checkGatewaySubnetSize(adoptedUnstated, 27, PROBLEM, 'pass')).toEqual([{ kind: 'pass' }]);
    const c = checkGatewaySubnetSize(adoptedUnstated, 27, PROBLEM, 'unverified');
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toBe('gateway subnet size cannot be checked: prefixes of the gateway subnet (gatewaySubnetPrefixes) was not given. Accepted: /27 or larger');
  });

  test('an adopted gateway whose subnet prefixes are given is judged on them', () => {
    expect(kinds(checkGatewaySubnetSize(withPrefixes(['10.0.255.0/28'], false), 27, PROBLEM, 'pass'))).toEqual(['fail']);
  });

  test('a prefix that is a token is unverified, naming the check', () => {
    const c = checkGatewaySubnetSize(withPrefixes([tokenValue('var.gw_prefix')]), 27, PROBLEM, 'pass');
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/^gateway subnet size cannot be checked: .*var\.gw_prefix/);
  });

  test('no IPv4 prefix at all fails', () => {
    for (const prefixes of [['fd00:db8::/64'], []]) {
      const c = checkGatewaySubnetSize(withPrefixes(prefixes), 27, PROBLEM, 'pass');
      expect(kinds(c)).toEqual(['fail']);
      expect(messages(c)).toBe('gateway subnet has no IPv4 prefix; accepted: an IPv4 prefix of /27 or larger (for example a /27)');
    }
  });
});
