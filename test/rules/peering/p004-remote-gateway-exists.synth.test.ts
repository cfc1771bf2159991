/** VNI-P004 in synthesis (loads cdktf). Its unit tests on plain models are in p004-remote-gateway-exists.test.ts, which the mutation check runs. */
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { Testing } from 'cdktf';
import { Construct } from 'constructs';
import { P004_REMOTE_GATEWAY_EXISTS as RULE } from '../../../lib/rules/peering/p004-remote-gateway-exists';
import { FakeGateway, FakeTransitPeering, findingsOf, stackIn, synthError, vnet } from '../../helpers/peering-fixtures';
import { inventoryOf, transitPeering, vnetModelOf } from '../../helpers/peering-models';
import { gateway as gatewayModel } from '../gateway/models';
import { k } from '../../helpers/keys';

function rawGateway(scope: Construct, subnetId: string): VirtualNetworkGateway {
  return new VirtualNetworkGateway(scope, 'RawGateway', {
    name: 'vgw', location: 'westeurope', resourceGroupName: 'rg-net', type: 'Vpn', vpnType: 'RouteBased', sku: 'VpnGw1',
    ipConfiguration: [{ subnetId, publicIpAddressId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip' }],
  });
}

describe('VNI-P004 Peering.RemoteGatewayExists', () => {
  const hubKey = 'ref:hub:azurerm_virtual_network.Hub.id';
  const hub = { ...vnetModelOf(hubKey, ['10.0.0.0/16']), nameKeys: [k('ref:hub:azurerm_virtual_network.Hub.name')] };
  const spoke = vnetModelOf('ref:app:azurerm_virtual_network.Spoke.id', ['10.1.0.0/16']);

  test('Compliance: the gateway capability contributed a gateway for the hub', () => {
    const p = transitPeering('P', hub, spoke);
    const inv = inventoryOf({ peerings: [p], gateways: [gatewayModel({ path: 'hub/Gateway', key: k('g'), vnet: hub, pointToSitePool: { state: 'missing', label: 'pool' } })] });
    expect(RULE.check(p, inv).map((c) => c.kind)).toEqual(['pass']);
  });

  test('Compliance in synthesis: a raw azurerm gateway in the hub stack, peering in the app stack', () => {
    const app = Testing.app();
    const hubStack = stackIn(app, 'hub');
    const appStack = stackIn(app, 'app');
    const hubVnet = vnet(hubStack, 'Hub', ['10.0.0.0/16']);
    const gwSubnet = new Subnet(hubStack, 'GatewaySubnet', { name: 'GatewaySubnet', resourceGroupName: 'rg-net', virtualNetworkName: hubVnet.name, addressPrefixes: ['10.0.255.0/27'] });
    rawGateway(hubStack, gwSubnet.id);
    new FakeTransitPeering(appStack, 'HubSpoke', hubVnet, vnet(appStack, 'Spoke', ['10.1.0.0/16']));
    expect(synthError(app)).toBe('');
    expect(findingsOf(app, 'VNI-P004').map((f) => f.outcome)).toEqual(['pass']);
  });

  test('Compliance in synthesis: a gateway with a literal subnet ID in an imported-name hub', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'hub');
    const hubVnet = vnet(stack, 'Hub', ['10.0.0.0/16']);
    rawGateway(stack, '/subscriptions/0/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/GatewaySubnet');
    new FakeTransitPeering(stack, 'HubSpoke', hubVnet, vnet(stack, 'Spoke', ['10.1.0.0/16']));
    expect(synthError(app)).toBe('');
  });

  test('Compliance in synthesis: a gateway construct of the gateway capability', () => {
    const app = Testing.app();
    const hubStack = stackIn(app, 'hub');
    const appStack = stackIn(app, 'app');
    const hubVnet = vnet(hubStack, 'Hub', ['10.0.0.0/16']);
    new FakeGateway(hubStack, 'Gateway', hubVnet, ['172.16.0.0/24']);
    new FakeTransitPeering(appStack, 'HubSpoke', hubVnet, vnet(appStack, 'Spoke', ['10.1.0.0/16']));
    expect(synthError(app)).toBe('');
  });

  test('Noncompliance in synthesis: the gateway is in the spoke, not the hub', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'net');
    const hubVnet = vnet(stack, 'Hub', ['10.0.0.0/16']);
    const spokeVnet = vnet(stack, 'Spoke', ['10.1.0.0/16']);
    const gwSubnet = new Subnet(stack, 'GatewaySubnet', { name: 'GatewaySubnet', resourceGroupName: 'rg-net', virtualNetworkName: spokeVnet.name, addressPrefixes: ['10.1.255.0/27'] });
    rawGateway(stack, gwSubnet.id);
    new FakeTransitPeering(stack, 'HubSpoke', hubVnet, spokeVnet);
    expect(synthError(app)).toMatch(/\[VNI-P004\] Peering\.RemoteGatewayExists: net\/HubSpoke\/Spoke uses remote gateways, but remote network net\/Hub has no virtual network gateway/);
  });
});
