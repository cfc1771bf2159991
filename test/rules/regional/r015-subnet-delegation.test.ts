import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { R015_SUBNET_DELEGATION as rule } from '../../../lib/rules/regional/r015-subnet-delegation';
import { inventory, known, missing, regional, subnet, tokenValue, unset } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

const delegated = (names: unknown[]) => regional({ subnet: subnet({ delegations: known('subnet delegation', names as never) }) });

describe('VNI-R015 Regional.SubnetDelegation', () => {
  test('Compliance', () => expect(kinds(checkSubject(rule, delegated(['Microsoft.Web/serverFarms'])))).toEqual(['pass']));

  test('Compliance: Azure compares the service name without case', () => {
    expect(kinds(checkSubject(rule, delegated(['microsoft.web/serverfarms'])))).toEqual(['pass']);
    expect(kinds(checkSubject(rule, delegated(['MICROSOFT.WEB/SERVERFARMS'])))).toEqual(['pass']);
  });

  test('Noncompliance 1: delegated to another service, with the rule ID', () => {
    const s = delegated(['Microsoft.ContainerInstance/containerGroups']);
    expect(messages(checkSubject(rule, s))).toMatch(/delegated to Microsoft\.ContainerInstance\/containerGroups; accepted: no delegation or Microsoft\.Web\/serverFarms only/);
    expect(evaluateRule(rule, inventory({ regional: [s] }))[0].message).toMatch(/^\[VNI-R015\] Regional\.SubnetDelegation:/);
  });

  test('Noncompliance 2: no delegation at all (an imported subnet stated undelegated, or a subnet without delegation blocks)', () => {
    expect(messages(checkSubject(rule, delegated([])))).toMatch(/is not delegated to Microsoft\.Web\/serverFarms/);
    expect(messages(checkSubject(rule, regional({ subnet: subnet({ delegations: unset('subnet delegation') }) })))).toMatch(/is not delegated to Microsoft\.Web\/serverFarms/);
  });

  test('Unverified: delegation unknown or a token; another known service still fails beside a token', () => {
    expect(kinds(checkSubject(rule, regional({ subnet: subnet({ delegations: missing('subnet delegations') }) })))).toEqual(['unverified']);
    expect(kinds(checkSubject(rule, delegated([tokenValue('var.delegation')])))).toEqual(['unverified']);
    expect(kinds(checkSubject(rule, delegated([tokenValue('var.delegation'), 'Microsoft.Sql/managedInstances'])))).toEqual(['fail']);
  });

  test('synth: a subnet adopted with a lower-case serverFarms delegation is accepted as it is', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const vnet = newVnet(stack);
    const s = new Subnet(stack, 'Apps', {
      name: 'snet-apps', resourceGroupName: 'rg', virtualNetworkName: vnet.name, addressPrefixes: ['10.0.4.0/26'],
      delegation: [{ name: 'web', serviceDelegation: { name: 'microsoft.web/serverfarms' } }],
    });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnet: s, apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R015').map((f) => f.outcome)).toEqual(['pass']);
  });
});
