import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { Testing } from 'cdktf';
import { Construct } from 'constructs';
import { scanTree } from '../../lib/inventory/tree-scan';
import { stackIn, vnet } from '../helpers/peering-fixtures';
import { k } from '../helpers/keys';
import { nameKey } from '../../lib/model/resource-key';

function gateway(scope: Construct, id: string, subnetId: string) {
  return new VirtualNetworkGateway(scope, id, {
    name: id, location: 'westeurope', resourceGroupName: 'rg-net', type: 'Vpn', sku: 'VpnGw1',
    ipConfiguration: [{ subnetId, publicIpAddressId: 'pip' }],
  });
}

describe('tree scan: virtual network gateways', () => {
  test('places gateways by the network of their subnet, across stacks and by literal IDs', () => {
    const app = Testing.app();
    const hub = stackIn(app, 'hub');
    const other = stackIn(app, 'other');
    const v = vnet(hub, 'Hub', ['10.0.0.0/16']);
    const gwSubnet = new Subnet(hub, 'GatewaySubnet', { name: 'GatewaySubnet', resourceGroupName: 'rg-net', virtualNetworkName: v.name, addressPrefixes: ['10.0.255.0/27'] });
    gateway(other, 'ByReference', gwSubnet.id);
    gateway(other, 'ByLiteral', '/subscriptions/0/resourceGroups/RG-X/providers/Microsoft.Network/virtualNetworks/Vnet-X/subnets/GatewaySubnet');
    gateway(other, 'Unknown', 'not-an-id');
    const facts = scanTree(app).tree;
    expect(facts.gatewaysByVnet.get(k('ref:hub:azurerm_virtual_network.Hub.name'))?.map((g) => g.path)).toEqual(['other/ByReference']);
    expect(facts.gatewaysByVnet.get(nameKey('rg-x', 'vnet-x'))?.map((g) => g.path)).toEqual(['other/ByLiteral']);
    expect(facts.unplacedGateways.map((g) => g.path)).toEqual(['other/Unknown']);
  });
});
