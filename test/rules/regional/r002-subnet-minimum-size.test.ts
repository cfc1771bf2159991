import { R002_SUBNET_MINIMUM_SIZE as rule } from '../../../lib/rules/regional/r002-subnet-minimum-size';
import { inventory, known, regional, subnet, token, tokenValue } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const withPrefixes = (p: unknown[]) => regional({ subnet: subnet({ addressPrefixes: known('subnet address prefixes (address_prefixes)', p as never) }) });

describe('VNI-R002 Regional.SubnetMinimumSize', () => {
  test.each(['10.0.4.0/27', '10.0.4.0/26', '10.0.0.0/24'])('Compliance: %s', (p) => {
    expect(kinds(checkSubject(rule, withPrefixes([p])))).toEqual(['pass']);
  });

  test.each(['10.0.4.0/28', '10.0.4.0/29', '10.0.4.0/32'])('Noncompliance: %s', (p) => {
    const c = checkSubject(rule, withPrefixes([p]));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toContain(p);
    expect(messages(c)).toMatch(/\/27 \(32 addresses\) or larger/);
  });

  test('Noncompliance: the engine names the rule ID and the construct', () => {
    const [f] = evaluateRule(rule, inventory({ regional: [withPrefixes(['10.0.4.0/28'])] }));
    expect(f.message).toMatch(/^\[VNI-R002\] Regional\.SubnetMinimumSize: integration subnet 10\.0\.4\.0\/28 has 16 addresses.*Construct: Stack\/Integration/);
  });

  test('a malformed prefix fails naming it; a token is unverified naming the attribute and origin', () => {
    expect(messages(checkSubject(rule, withPrefixes(['10.0.4.1/26'])))).toMatch(/"10\.0\.4\.1\/26" has host bits/);
    const c = checkSubject(rule, regional({ subnet: subnet({ addressPrefixes: token('subnet address prefixes (address_prefixes)', 'var.prefixes', 'list') }) }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/address_prefixes\) is an unresolved list token.*from var\.prefixes/);
  });

  test('a list with one token element is unverified, not known (the old fact layer called it known)', () => {
    const c = checkSubject(rule, withPrefixes([tokenValue('var.subnet_prefix')]));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/element 1, is an unresolved token.*var\.subnet_prefix/);
  });

  test('IPv6 prefixes are ignored; a subnet with no IPv4 prefix fails', () => {
    expect(kinds(checkSubject(rule, withPrefixes(['10.0.4.0/26', 'fd00:db8:0:4::/64'])))).toEqual(['pass']);
    expect(messages(checkSubject(rule, withPrefixes(['fd00:db8:0:4::/64'])))).toMatch(/has no IPv4 prefix \(only fd00:db8:0:4::\/64\)/);
    expect(messages(checkSubject(rule, withPrefixes([])))).toMatch(/has no IPv4 prefix/);
  });
});

describe('VNI-R002 messages', () => {
  test('Noncompliance: an empty prefix list names no blocks', () => {
    expect(messages(checkSubject(rule, withPrefixes([])))).toBe(
      'integration subnet Stack/Integration/Subnet has no IPv4 prefix; App Service takes its addresses from IPv4. Accepted: an IPv4 prefix of /27 (32 addresses) or larger, /26 recommended',
    );
  });
  test('unreadable prefixes say the subnet size cannot be judged', () => {
    expect(messages(checkSubject(rule, withPrefixes(['10.0.4.1/26'])))).toMatch(/^integration subnet size: .*"10\.0\.4\.1\/26" has host bits/);
    expect(messages(checkSubject(rule, withPrefixes([tokenValue('var.p')])))).toMatch(/^integration subnet size cannot be checked: /);
  });
});
