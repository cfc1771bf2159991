import { R003_SUBNET_RECOMMENDED_SIZE as rule } from '../../../lib/rules/regional/r003-subnet-recommended-size';
import { inventory, known, regional, subnet, token } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const withPrefixes = (p: string[]) => regional({ subnet: subnet({ addressPrefixes: known('prefixes', p) }) });

describe('VNI-R003 Regional.SubnetRecommendedSize', () => {
  test('Compliance: /26 and larger', () => {
    expect(kinds(checkSubject(rule, withPrefixes(['10.0.4.0/26'])))).toEqual(['pass']);
    expect(kinds(checkSubject(rule, withPrefixes(['10.0.4.0/25'])))).toEqual(['pass']);
  });

  test('Noncompliance: a /27 warns with the rule ID', () => {
    const c = checkSubject(rule, withPrefixes(['10.0.4.0/27']));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/10\.0\.4\.0\/27 has 32 addresses; recommended: \/26/);
    const [f] = evaluateRule(rule, inventory({ regional: [withPrefixes(['10.0.4.0/27'])] }));
    expect(f.outcome).toBe('warning');
    expect(f.message).toMatch(/^\[VNI-R003\] Regional\.SubnetRecommendedSize:/);
  });

  test('a /28 is left to VNI-R002 (no double report)', () => {
    expect(kinds(checkSubject(rule, withPrefixes(['10.0.4.0/28'])))).toEqual(['pass']);
  });

  test('no IPv4 prefix at all is not applicable here (VNI-R002 reports it); a token is unverified', () => {
    expect(kinds(checkSubject(rule, withPrefixes(['fd00:db8::/64'])))).toEqual(['not-applicable']);
    expect(kinds(checkSubject(rule, regional({ subnet: subnet({ addressPrefixes: token('prefixes') }) })))).toEqual(['unverified']);
  });
  test('the not-applicable and unverified messages say why', () => {
    expect(messages(checkSubject(rule, withPrefixes(['fd00:db8::/64'])))).toBe('integration subnet Stack/Integration/Subnet has no IPv4 prefix (see VNI-R002)');
    expect(messages(checkSubject(rule, regional({ subnet: subnet({ addressPrefixes: token('prefixes') }) })))).toBe(
      'integration subnet size cannot be checked: prefixes is an unresolved token, known only at apply (from var.test_input)',
    );
  });
});
