import { R009_RESERVED_SUBNET_NAME as rule } from '../../../lib/rules/regional/r009-reserved-subnet-name';
import { inventory, known, regional, subnet, token } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const named = (name: unknown) => regional({ subnet: subnet({ name: known('subnet name (name)', name as never) }) });

describe('VNI-R009 Regional.ReservedSubnetName', () => {
  test('Compliance', () => expect(kinds(checkSubject(rule, named('snet-apps')))).toEqual(['pass']));

  test.each(['GatewaySubnet', 'gatewaysubnet', 'AzureFirewallSubnet', 'AzureBastionSubnet', 'RouteServerSubnet'])('Noncompliance: %s', (name) => {
    const c = checkSubject(rule, named(name));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toContain(`"${name}" is reserved`);
  });

  test('Noncompliance: the engine names the rule ID', () => {
    const [f] = evaluateRule(rule, inventory({ regional: [named('AzureBastionSubnet')] }));
    expect(f.message).toMatch(/^\[VNI-R009\] Regional\.ReservedSubnetName: subnet name "AzureBastionSubnet" is reserved for another Azure service/);
  });

  test('a token name is unverified; a name that is not a string fails naming it', () => {
    expect(messages(checkSubject(rule, regional({ subnet: subnet({ name: token('subnet name (name)', 'var.subnet_name') }) })))).toMatch(/subnet name \(name\) is an unresolved token.*var\.subnet_name/);
    expect(messages(checkSubject(rule, named(42)))).toMatch(/subnet name \(name\) is malformed: got 42/);
  });

  test('Noncompliance: the message says what the name is reserved for, and lists the reserved names', () => {
    const accepted = 'accepted: any name other than GatewaySubnet, AzureFirewallSubnet, AzureFirewallManagementSubnet, AzureBastionSubnet, RouteServerSubnet';
    expect(messages(checkSubject(rule, named('GatewaySubnet')))).toBe(`subnet name "GatewaySubnet" is reserved for virtual network gateways; ${accepted}`);
    expect(messages(checkSubject(rule, named('AzureFirewallSubnet')))).toBe(`subnet name "AzureFirewallSubnet" is reserved for another Azure service; ${accepted}`);
  });

  test('the unverified and malformed results name the subnet name as what is judged', () => {
    expect(messages(checkSubject(rule, regional({ subnet: subnet({ name: token('subnet name (name)', 'var.subnet_name') }) })))).toMatch(/^subnet name cannot be checked: /);
    expect(messages(checkSubject(rule, named(42)))).toMatch(/^subnet name: subnet name \(name\) is malformed/);
  });
});
