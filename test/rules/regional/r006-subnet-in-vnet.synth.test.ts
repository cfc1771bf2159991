/** VNI-R006 in synthesis (loads cdktf). Its unit tests on plain models are in r006-subnet-in-vnet.test.ts, which the mutation check runs. */
import { DataAzurermVirtualNetwork } from '@cdktf/provider-azurerm/lib/data-azurerm-virtual-network';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Fn } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { VirtualNetworkReference } from '../../../lib/references/virtual-network-reference';
import { findings, newPlan, newStack, newWindowsApp, synthError } from '../../helpers/stacks';

describe('VNI-R006 Regional.SubnetInVirtualNetwork', () => {

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
