import { DataAzurermVirtualNetwork } from '@cdktf/provider-azurerm/lib/data-azurerm-virtual-network';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Fn } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { VirtualNetworkReference } from '../../../lib/references/virtual-network-reference';
import { R006_SUBNET_IN_VNET as rule } from '../../../lib/rules/regional/r006-subnet-in-vnet';
import { inventory, known, missing, regional, subnet, tokenValue, vnet } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { findings, newPlan, newStack, newWindowsApp, synthError } from '../../helpers/stacks';

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

  test('synth: a network whose address space comes from a data source is unverified, naming the data source', () => {
    const { app, stack } = newStack();
    const data = new DataAzurermVirtualNetwork(stack, 'hub', { name: 'vnet-hub', resourceGroupName: 'rg' });
    const v = new VirtualNetwork(stack, 'Vnet', { name: 'vnet', location: 'westeurope', resourceGroupName: 'rg', addressSpace: [Fn.element(data.addressSpace, 0)] });
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: v, subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toBe('');
    const [f] = findings(app, 'VNI-R006');
    expect(f.outcome).toBe('unverified');
    expect(f.message).toMatch(/address_space\), element 1, is an unresolved token.*element\(\.\.\.\)/);
  });

  test('synth: a dual-stack imported network is accepted by the reference and by the rule', () => {
    const { app, stack } = newStack();
    const v = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Vnet', {
      virtualNetworkId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet',
      location: 'westeurope', addressSpace: ['10.0.0.0/16', 'fd00:db8::/48'],
    });
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: v, subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R006').map((f) => f.outcome)).toEqual(['pass']);
  });
});
