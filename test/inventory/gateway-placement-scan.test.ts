import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { scanTree } from '../../lib/inventory/tree-scan';
import { nameKey } from '../../lib/model/resource-key';
import { k } from '../helpers/keys';
import { stackIn, vnet } from '../helpers/peering-fixtures';

function gateway(scope: Construct, id: string, subnetId: string, type = 'Vpn') {
  return new VirtualNetworkGateway(scope, id, {
    name: id, location: 'westeurope', resourceGroupName: 'rg-net', type, sku: type === 'Vpn' ? 'VpnGw1AZ' : 'ErGw1AZ',
    ipConfiguration: [{ subnetId, publicIpAddressId: 'pip' }],
  });
}

describe('tree scan: VPN gateways and GatewaySubnets per network', () => {
  test('counts VPN gateways by the network of their subnet and subnets named GatewaySubnet (any case); skips ExpressRoute and token names', () => {
    const app = Testing.app();
    const hub = stackIn(app, 'hub');
    const v = vnet(hub, 'Hub', ['10.0.0.0/16']);
    const gws = new Subnet(hub, 'Gws', { name: 'gatewaysubnet', resourceGroupName: 'rg-net', virtualNetworkName: v.name, addressPrefixes: ['10.0.255.0/27'] });
    new Subnet(hub, 'Apps', { name: 'snet-apps', resourceGroupName: 'rg-net', virtualNetworkName: v.name, addressPrefixes: ['10.0.1.0/24'] });
    const name = new TerraformVariable(hub, 'subnet_name', { type: 'string' });
    new Subnet(hub, 'Named', { name: name.stringValue, resourceGroupName: 'rg-net', virtualNetworkName: v.name, addressPrefixes: ['10.0.2.0/24'] });
    gateway(hub, 'Vpn', gws.id);
    gateway(hub, 'Er', gws.id, 'ExpressRoute');
    gateway(hub, 'Literal', '/subscriptions/0/resourceGroups/RG-X/providers/Microsoft.Network/virtualNetworks/Vnet-X/subnets/GatewaySubnet');
    const p = scanTree(app).tree.gatewayPlacement;
    const byName = k('ref:hub:azurerm_virtual_network.Hub.name');
    expect(p.vpnGatewaysByVnet.get(byName)?.map((g) => g.path)).toEqual(['hub/Vpn']);
    expect(p.vpnGatewaysByVnet.get(nameKey('rg-x', 'vnet-x'))?.map((g) => g.path)).toEqual(['hub/Literal']);
    expect(p.gatewaySubnetsByVnet.get(byName)?.map((s) => s.path)).toEqual(['hub/Gws']);
  });
});
