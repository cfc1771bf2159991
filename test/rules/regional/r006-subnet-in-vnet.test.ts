import { R006_SUBNET_IN_VNET as rule } from '../../../lib/rules/regional/r006-subnet-in-vnet';
import { inventory, known, missing, regional, subnet, tokenValue, vnet } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const placed = (space: unknown[], prefixes: unknown[]) =>
  regional({ vnet: vnet({ addressSpace: known('virtual network address space (address_space)', space as never) }), subnet: subnet({ addressPrefixes: known('subnet address prefixes', prefixes as never) }) });

describe('VNI-R006 Regional.SubnetInVirtualNetwork', () => {
  test('Compliance: inside one of several address spaces', () => {
    expect(kinds(checkSubject(rule, placed(['10.0.0.0/16', '192.168.0.0/24'], ['192.168.0.0/26'])))).toEqual(['pass']);
  });

  test('Noncompliance 1: outside the space, with the rule ID', () => {
    const c = checkSubject(rule, placed(['10.0.0.0/16'], ['10.1.0.0/26']));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/10\.1\.0\.0\/26 is not inside the address space .*10\.0\.0\.0\/16/);
    const [f] = evaluateRule(rule, inventory({ regional: [placed(['10.0.0.0/16'], ['10.1.0.0/26'])] }));
    expect(f.message).toMatch(/^\[VNI-R006\] Regional\.SubnetInVirtualNetwork:/);
  });

  test('Noncompliance 2: straddling the edge of the space', () => {
    expect(messages(checkSubject(rule, placed(['10.0.0.0/25'], ['10.0.0.64/26', '10.0.0.128/26'])))).toContain('10.0.0.128/26');
  });

  test('Unverified: an imported network without its address space', () => {
    expect(kinds(checkSubject(rule, regional({ vnet: vnet({ addressSpace: missing('address space') }) })))).toEqual(['unverified']);
  });

  test('a dual-stack network passes: its IPv6 block is left out of IPv4 containment', () => {
    expect(kinds(checkSubject(rule, placed(['10.0.0.0/16', 'fd00:db8::/48'], ['10.0.4.0/26'])))).toEqual(['pass']);
    // An IPv6 prefix of a dual-stack subnet is compared with the IPv6 space only.
    expect(kinds(checkSubject(rule, placed(['10.0.0.0/16', 'fd00:db8::/48'], ['10.0.4.0/26', 'fd00:db8:0:4::/64'])))).toEqual(['pass']);
    expect(messages(checkSubject(rule, placed(['10.0.0.0/16'], ['10.0.4.0/26', 'fd00:db8:0:4::/64'])))).toMatch(/fd00:db8:0:4::\/64 is not inside/);
  });

  test('an address space with one token element: a prefix inside a known block passes, one outside is unverified', () => {
    expect(kinds(checkSubject(rule, placed(['10.0.0.0/16', tokenValue('var.extra_space')], ['10.0.4.0/26'])))).toEqual(['pass']);
    const c = checkSubject(rule, placed(['10.0.0.0/16', tokenValue('var.extra_space')], ['10.9.0.0/26']));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/element 2, is an unresolved token.*var\.extra_space/);
  });

  test('a malformed space or prefix fails naming the value', () => {
    expect(messages(checkSubject(rule, placed(['10.0.0.0/16', 'x'], ['10.0.4.0/26'])))).toMatch(/element 2, is malformed: "x" is not written as a\.b\.c\.d\/n/);
  });
});

describe('VNI-R006 Regional.SubnetInVirtualNetwork: messages', () => {
  const what = 'whether the integration subnet lies in the virtual network';
  test('Noncompliance: an empty address space is shown as "none"', () => {
    expect(messages(checkSubject(rule, placed([], ['10.0.4.0/26'])))).toBe(
      'integration subnet 10.0.4.0/26 is not inside the address space of virtual network Stack/Vnet (none); accepted: a prefix inside that space',
    );
  });
  test('a subnet prefix that is a token: unverified, saying what cannot be checked', () => {
    expect(messages(checkSubject(rule, placed(['10.0.0.0/16'], [tokenValue('var.prefix')])))).toBe(
      `${what} cannot be checked: subnet address prefixes, element 1, is an unresolved token, known only at apply (from var.prefix)`,
    );
  });
  test('an address space element that is a token, with the prefix outside the known blocks: unverified, saying what cannot be checked', () => {
    expect(messages(checkSubject(rule, placed(['10.0.0.0/16', tokenValue('var.extra_space')], ['10.9.0.0/26'])))).toBe(
      `${what} cannot be checked: virtual network address space (address_space), element 2, is an unresolved token, known only at apply (from var.extra_space)`,
    );
  });
});
