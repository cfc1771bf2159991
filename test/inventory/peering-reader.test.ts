import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { VirtualNetworkPeering } from '@cdktf/provider-azurerm/lib/virtual-network-peering';
import { VnetPeering } from '../../lib/constructs/vnet-peering';
import { handWrittenPeerings, HAND_WRITTEN_PEERING } from '../../lib/inventory/peering-reader';
import { EvaluationContext } from '../../lib/inventory/model-source';
import { scanTree } from '../../lib/inventory/tree-scan';
import { newStack } from '../helpers/stacks';

function models(app: import('cdktf').App) {
  return handWrittenPeerings(new EvaluationContext(scanTree(app).resources));
}

describe('handWrittenPeerings', () => {
  test('pairs the two directions of one peering and applies the azurerm defaults', () => {
    const { app, stack } = newStack();
    const a = new VirtualNetwork(stack, 'A', { name: 'a', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.1.0.0/16'] });
    const b = new VirtualNetwork(stack, 'B', { name: 'b', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.2.0.0/16'] });
    new VirtualNetworkPeering(stack, 'AB', { name: 'ab', resourceGroupName: 'rg', virtualNetworkName: a.name, remoteVirtualNetworkId: b.id, allowGatewayTransit: true });
    new VirtualNetworkPeering(stack, 'BA', { name: 'ba', resourceGroupName: 'rg', virtualNetworkName: b.name, remoteVirtualNetworkId: a.id, useRemoteGateways: true });
    const m = models(app);
    expect(m).toHaveLength(1);
    expect(m[0].kind).toBe(HAND_WRITTEN_PEERING);
    expect(m[0].sides.map((s) => s.path)).toEqual(['Stack/AB', 'Stack/BA']);
    expect(m[0].sides[0].allowVirtualNetworkAccess).toMatchObject({ state: 'given', value: true });
    expect(m[0].sides[0].allowForwardedTraffic).toMatchObject({ state: 'given', value: false });
    expect(m[0].sides[1].useRemoteGateways).toMatchObject({ state: 'given', value: true });
    // Purpose and roles are read from the flags, so the model is complete.
    expect(m[0].purpose).toBe('gateway-transit');
    expect(m[0].sides.map((s) => s.role)).toEqual(['hub', 'spoke']);
  });

  test('skips the peerings of the library constructs and sides whose network is a literal name', () => {
    const { app, stack } = newStack();
    const a = new VirtualNetwork(stack, 'A', { name: 'a', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.1.0.0/16'] });
    const b = new VirtualNetwork(stack, 'B', { name: 'b', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.2.0.0/16'] });
    new VnetPeering(stack, 'Lib', { virtualNetwork: a, remoteVirtualNetwork: b });
    new VirtualNetworkPeering(stack, 'Literal', { name: 'x', resourceGroupName: 'rg', virtualNetworkName: 'a', remoteVirtualNetworkId: b.id });
    expect(models(app)).toEqual([]);
  });

  test('a remote network named by a literal ID becomes a model with that ID', () => {
    const { app, stack } = newStack();
    const a = new VirtualNetwork(stack, 'A', { name: 'a', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.1.0.0/16'] });
    const id = '/subscriptions/s/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/hub';
    new VirtualNetworkPeering(stack, 'ToHub', { name: 'to-hub', resourceGroupName: 'rg', virtualNetworkName: a.name, remoteVirtualNetworkId: id });
    const [m] = models(app);
    expect(m.sides).toHaveLength(1);
    expect(m.sides[0].remote.id).toMatchObject({ state: 'given', value: id });
    expect(m.sides[0].remote.name).toMatchObject({ state: 'given', value: 'hub' });
  });
});
