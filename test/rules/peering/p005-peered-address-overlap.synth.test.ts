/** VNI-P005 in synthesis (loads cdktf). Its unit tests on plain models are in p005-peered-address-overlap.test.ts, which the mutation check runs. */
import { Testing } from 'cdktf';
import { VnetPeering } from '../../../lib/constructs/vnet-peering';
import { VirtualNetworkReference } from '../../../lib/references/virtual-network-reference';
import { findingsOf, stackIn, synthError, vnet } from '../../helpers/peering-fixtures';

describe('VNI-P005 Peering.PeeredAddressSpaceOverlap', () => {

  test('Noncompliance across two stacks: hub network in one stack, overlapping spoke and peering in the other', () => {
    const app = Testing.app();
    const hubStack = stackIn(app, 'hub');
    const appStack = stackIn(app, 'app');
    const hubVnet = vnet(hubStack, 'Hub', ['10.0.0.0/16']);
    const spoke = vnet(appStack, 'Spoke', ['10.0.4.0/22']);
    new VnetPeering(appStack, 'Peering', { virtualNetwork: spoke, remoteVirtualNetwork: hubVnet });
    const err = synthError(app);
    expect(err).toMatch(/\[VNI-P005\] Peering\.PeeredAddressSpaceOverlap: virtual network app\/Spoke \(10\.0\.4\.0\/22\) overlaps hub\/Hub \(10\.0\.0\.0\/16\)/);
    expect(err).toMatch(/Construct: app\/Peering/);
  });

  test('Noncompliance across stacks: two spokes in two stacks peered with one hub', () => {
    const app = Testing.app();
    const hubStack = stackIn(app, 'hub');
    const a = stackIn(app, 'a');
    const b = stackIn(app, 'b');
    const hubVnet = vnet(hubStack, 'Hub', ['10.0.0.0/16']);
    new VnetPeering(a, 'Peering', { virtualNetwork: vnet(a, 'SpokeA', ['10.5.0.0/16']), remoteVirtualNetwork: hubVnet });
    new VnetPeering(b, 'Peering', { virtualNetwork: vnet(b, 'SpokeB', ['10.5.0.0/24']), remoteVirtualNetwork: hubVnet });
    expect(synthError(app)).toMatch(/\[VNI-P005\][^\n]*both peered with hub\/Hub/);
    expect(findingsOf(app, 'VNI-P005').filter((f) => f.outcome === 'error')).toHaveLength(1);
  });

  test('Compliance in synthesis with an imported remote network', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'app');
    const remote = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Remote', {
      virtualNetworkId: '/subscriptions/0/resourceGroups/rg-ne/providers/Microsoft.Network/virtualNetworks/vnet-ne', addressSpace: ['10.20.0.0/16'],
    });
    new VnetPeering(stack, 'Peering', { virtualNetwork: vnet(stack, 'Local', ['10.10.0.0/16']), remoteVirtualNetwork: remote });
    expect(synthError(app)).toBe('');
    expect(findingsOf(app, 'VNI-P005').map((f) => f.outcome)).toEqual(['pass']);
  });
});
