import { Testing } from 'cdktf';
import { VnetPeering } from '../../lib/constructs/vnet-peering';
import { VirtualNetworkReference } from '../../lib/references/virtual-network-reference';
import { findingsOf, stackIn, synthError, vnet } from '../helpers/peering-fixtures';

const REMOTE_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ne/providers/Microsoft.Network/virtualNetworks/vnet-ne';

describe('VnetPeering', () => {
  test('creates both sides with access on, forwarding, transit and remote gateways off', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'net');
    const a = vnet(stack, 'A', ['10.1.0.0/16']);
    const b = vnet(stack, 'B', ['10.2.0.0/16'], 'northeurope');
    new VnetPeering(stack, 'Peering', { virtualNetwork: a, remoteVirtualNetwork: b });
    const tf = JSON.parse(Testing.synth(stack, true));
    const peerings = Object.values(tf.resource.azurerm_virtual_network_peering) as any[];
    expect(peerings).toHaveLength(2);
    expect(peerings.map((p) => p.name).sort()).toEqual(['vnet-a-to-vnet-b', 'vnet-b-to-vnet-a']);
    for (const p of peerings) {
      expect(p).toMatchObject({ allow_virtual_network_access: true, allow_forwarded_traffic: false, allow_gateway_transit: false, use_remote_gateways: false });
    }
    const local = peerings.find((p) => p.name === 'vnet-a-to-vnet-b');
    expect(local.virtual_network_name).toBe('${azurerm_virtual_network.A.name}');
    expect(local.remote_virtual_network_id).toBe('${azurerm_virtual_network.B.id}');
    expect(synthError(app)).toBe('');
  });

  test('peers with an imported network and can leave the remote side to its owner', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'net');
    const a = vnet(stack, 'A', ['10.1.0.0/16']);
    const remote = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Remote', { virtualNetworkId: REMOTE_ID, addressSpace: ['10.2.0.0/16'], location: 'northeurope' });
    const p = new VnetPeering(stack, 'Peering', { virtualNetwork: a, remoteVirtualNetwork: remote, createRemoteSide: false, allowForwardedTraffic: true });
    expect(p.remotePeering).toBeUndefined();
    const tf = JSON.parse(Testing.synth(stack, true));
    const peerings = Object.values(tf.resource.azurerm_virtual_network_peering) as any[];
    expect(peerings).toHaveLength(1);
    expect(peerings[0]).toMatchObject({ name: 'vnet-a-to-vnet-ne', remote_virtual_network_id: REMOTE_ID, allow_forwarded_traffic: true });
    expect(synthError(app)).toBe('');
    expect(p._model().sides).toHaveLength(1);
  });

  test('cross-stack: peering in the app stack, network in the hub stack', () => {
    const app = Testing.app();
    const hub = stackIn(app, 'hub');
    const spoke = stackIn(app, 'spoke');
    const hubVnet = vnet(hub, 'Hub', ['10.0.0.0/16']);
    const spokeVnet = vnet(spoke, 'Spoke', ['10.1.0.0/16']);
    new VnetPeering(spoke, 'Peering', { virtualNetwork: spokeVnet, remoteVirtualNetwork: hubVnet });
    expect(synthError(app)).toBe('');
    const tf = JSON.parse(Testing.synth(spoke, true));
    const remote = (Object.values(tf.resource.azurerm_virtual_network_peering) as any[]).find((p) => p.name === 'vnet-spoke-to-vnet-hub');
    expect(remote.remote_virtual_network_id).toContain('terraform_remote_state');
    expect(findingsOf(app, 'VNI-P005').map((f) => f.outcome)).toEqual(['pass']);
  });

  test('falls back to hashed names when a network name is a token', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'net');
    const a = vnet(stack, 'A', ['10.1.0.0/16']);
    const b = vnet(stack, 'B', ['10.2.0.0/16']);
    b.name = a.name; // a token
    new VnetPeering(stack, 'Peering', { virtualNetwork: a, remoteVirtualNetwork: b });
    const tf = JSON.parse(Testing.synth(stack, true));
    const names = (Object.values(tf.resource.azurerm_virtual_network_peering) as any[]).map((p) => p.name).sort();
    expect(names[0]).toMatch(/^peering-[0-9a-f]{8}-local$/);
    expect(names[1]).toMatch(/^peering-[0-9a-f]{8}-remote$/);
  });

  test.each([
    ['virtualNetwork', { virtualNetwork: 'vnet-a' }, /prop "virtualNetwork" must be an azurerm VirtualNetwork/],
    ['allowForwardedTraffic', { allowForwardedTraffic: 'yes' }, /prop "allowForwardedTraffic" must be true or false/],
    ['name', { name: '-bad' }, /prop "name" must be 1 to 80/],
    ['same network', { same: true }, /prop "remoteVirtualNetwork" is the same network/],
  ])('rejects bad props: %s', (_what, override, message) => {
    const app = Testing.app();
    const stack = stackIn(app, 'net');
    const a = vnet(stack, 'A', ['10.1.0.0/16']);
    const b = vnet(stack, 'B', ['10.2.0.0/16']);
    const { same, ...rest } = override as any;
    const props = { virtualNetwork: a, remoteVirtualNetwork: same ? a : b, ...rest };
    expect(() => new VnetPeering(stack, 'Peering', props)).toThrow(message);
    expect(() => new VnetPeering(stack, 'Peering2', props)).toThrow(/net\/Peering2: VnetPeering/);
  });
});

describe('VnetPeering remoteProvider', () => {
  test('puts the remote side on the given provider (another subscription)', () => {
    const { AzurermProvider } = require('@cdktf/provider-azurerm/lib/provider');
    const app = Testing.app();
    const stack = stackIn(app, 'net');
    const other = new AzurermProvider(stack, 'other', { features: [{}], alias: 'connectivity', subscriptionId: '11111111-1111-1111-1111-111111111111' });
    new VnetPeering(stack, 'Peering', { virtualNetwork: vnet(stack, 'A', ['10.1.0.0/16']), remoteVirtualNetwork: vnet(stack, 'B', ['10.2.0.0/16']), remoteProvider: other });
    const tf = JSON.parse(Testing.synth(stack, true));
    const byName = Object.fromEntries((Object.values(tf.resource.azurerm_virtual_network_peering) as any[]).map((p) => [p.name, p]));
    expect(byName['vnet-b-to-vnet-a'].provider).toBe('azurerm.connectivity');
    expect(byName['vnet-a-to-vnet-b'].provider).toBeUndefined();
    expect(() => new VnetPeering(stack, 'Bad', { virtualNetwork: vnet(stack, 'C', ['10.3.0.0/16']), remoteVirtualNetwork: vnet(stack, 'D', ['10.4.0.0/16']), remoteProvider: {} as any })).toThrow(/prop "remoteProvider" must be a Terraform provider/);
  });
});
