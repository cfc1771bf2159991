import { TerraformVariable } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { SubnetReference } from '../../../lib/references/subnet-reference';
import { R002_SUBNET_MINIMUM_SIZE as rule } from '../../../lib/rules/regional/r002-subnet-minimum-size';
import { inventory, known, regional, subnet, token, tokenValue } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

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

  test('synth: a subnet prefix from a variable is unverified (VNI-R002 and VNI-R006), never a "malformed" failure', () => {
    const { app, stack } = newStack();
    const prefix = new TerraformVariable(stack, 'subnet_prefix', { type: 'string' });
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: prefix.stringValue, apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toBe('');
    for (const id of ['VNI-R002', 'VNI-R006']) {
      const [f] = findings(app, id);
      expect(f.outcome).toBe('unverified');
      expect(f.message).toMatch(/is an unresolved token, known only at apply \(from var\.subnet_prefix\)/);
      expect(f.message).not.toMatch(/malformed|TfToken/);
    }
  });

  test('synth: an imported subnet whose prefixes hold a token is unverified', () => {
    const { app, stack } = newStack();
    const prefix = new TerraformVariable(stack, 'apps_prefix', { type: 'string' });
    const plan = newPlan(stack);
    const s = SubnetReference.fromSubnetAttributes(stack, 'Existing', {
      subnetId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apps',
      addressPrefixes: [prefix.stringValue], delegations: ['Microsoft.Web/serverFarms'], occupants: [],
    });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnet: s, apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R002').map((f) => f.outcome)).toEqual(['unverified']);
    expect(findings(app, 'VNI-R002')[0].message).toMatch(/subnet address prefixes \(addressPrefixes\), element 1, is an unresolved token.*var\.apps_prefix/);
  });
});
