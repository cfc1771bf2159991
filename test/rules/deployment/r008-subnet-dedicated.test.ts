import { R008_SUBNET_DEDICATED as R008 } from '../../../lib/rules/deployment/r008-subnet-dedicated';
import { Fact } from '../../../lib/model/fact';
import { k } from '../../helpers/keys';
import { inventory, known, missing, regional, subnet, tokenValue, tree } from '../../helpers/models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const imported = (occupants: Fact<'strings'>) => inventory({ regional: [regional({ path: 'S/I', subnet: subnet({ created: false, occupants }) })] });

describe('VNI-R008 Deployment.IntegrationSubnetDedicated', () => {
  const a = regional({ path: 'S/A' });
  test('Compliance: nothing else in a subnet of the tree', () => expect(kinds(checkInventory(R008, inventory({ regional: [a] })))).toEqual(['pass']));
  test('Noncompliance: a NIC in the subnet, with the rule ID', () => {
    const inv = inventory({ regional: [a], tree: tree({ subnetOccupants: new Map([[k('subnet-1'), [{ path: 'S/Nic', type: 'azurerm_network_interface' }]]]) }) });
    expect(messages(checkInventory(R008, inv))).toMatch(/also used by azurerm_network_interface S\/Nic/);
    expect(evaluateRule(R008, inv)[0].message).toMatch(/^\[VNI-R008\] Deployment\.IntegrationSubnetDedicated:/);
  });
  test('Noncompliance: every occupant is listed, with the attribute that names the subnet when known', () => {
    const occupants = [{ path: 'S/Nic', type: 'azurerm_network_interface', attribute: 'ip_configuration.subnet_id' }, { path: 'S/Pe', type: 'azurerm_private_endpoint' }];
    const c = checkInventory(R008, inventory({ regional: [a], tree: tree({ subnetOccupants: new Map([[k('subnet-1'), occupants]]) }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toBe('integration subnet Stack/Integration/Subnet is also used by azurerm_network_interface S/Nic (ip_configuration.subnet_id), azurerm_private_endpoint S/Pe; accepted: a subnet used by this integration only');
  });
});

describe('VNI-R008 Deployment.IntegrationSubnetDedicated, imported subnets (plain models)', () => {
  test('Compliance: stated unused', () => {
    expect(kinds(checkInventory(R008, imported(known('occupants', []))))).toEqual(['pass']);
  });
  test('Noncompliance 1: stated in use', () => {
    const c = checkInventory(R008, imported(known('occupants', ['pe-sql'])));
    expect(kinds(c)).toEqual(['fail']);
    expect(c[0].path).toBe('S/I');
    expect(messages(c)).toMatch(/stated to be used by pe-sql; accepted: an unused subnet \(occupants: \[\]\)/);
  });
  test('Noncompliance: several stated occupants are all listed', () => {
    expect(messages(checkInventory(R008, imported(known('occupants', ['pe-sql', 'vm-1']))))).toBe('imported integration subnet Stack/Integration/Subnet is stated to be used by pe-sql, vm-1; accepted: an unused subnet (occupants: [])');
  });
  test('occupants holding a token are unverified', () => {
    expect(messages(checkInventory(R008, imported(known('subnet occupants (occupants)', [tokenValue('var.occupants')]))))).toMatch(/occupants\), element 1, is an unresolved token.*var\.occupants/);
  });
  test('the token message names the subnet and how to state it unused', () => {
    const m = messages(checkInventory(R008, imported(known('subnet occupants (occupants)', [tokenValue('var.occupants')]))));
    expect(m).toMatch(/^whether imported subnet Stack\/Integration\/Subnet is unused cannot be checked: /);
    expect(m).toMatch(/\. Accepted: occupants: \[\] for an unused subnet$/);
  });
  test('not stated: unverified', () => {
    const c = checkInventory(R008, imported(missing('subnet occupants (occupants)')));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/subnet occupants \(occupants\) was not given/);
    expect(messages(c)).toMatch(/^whether imported subnet Stack\/Integration\/Subnet is unused cannot be checked: .*\. Accepted: occupants: \[\] for an unused subnet$/);
  });
});
