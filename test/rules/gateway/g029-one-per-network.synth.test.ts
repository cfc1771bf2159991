/** VNI-G029 in synthesis (loads cdktf). Its unit tests on plain models are in g029-one-per-network.test.ts, which the mutation check runs. */
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Construct } from 'constructs';
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

function handGateway(scope: Construct, id: string, subnetId: string, type = 'Vpn') {
  const pip = new PublicIp(scope, `${id}-pip`, { name: `${id}-pip`, resourceGroupName: 'rg-net', location: 'westeurope', allocationMethod: 'Static', sku: 'Standard' });
  return new VirtualNetworkGateway(scope, id, {
    name: id, location: 'westeurope', resourceGroupName: 'rg-net', type, sku: type === 'Vpn' ? 'VpnGw1AZ' : 'ErGw1AZ',
    ipConfiguration: [{ subnetId, publicIpAddressId: pip.id }],
  });
}

const ADOPTED_ID = '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/vgw-existing';

describe('VNI-G029 Gateway.OnePerNetwork', () => {

  test('synth: one PointToSiteGateway passes', () => {
    const f = fixture();
    gatewayIn(f);
    expect(findingsOf(f, 'VNI-G029').map((x) => x.outcome)).toEqual(['pass', 'pass']);
  });
  test('synth: two PointToSiteGateways on one network fail for the gateway and the GatewaySubnet', () => {
    const f = fixture();
    gatewayIn(f, {}, 'first');
    gatewayIn(f, { gatewaySubnetAddressPrefix: '10.20.254.0/27', pointToSiteAddressPool: ['172.16.202.0/24'] }, 'second');
    const found = findingsOf(f, 'VNI-G029').filter((x) => x.outcome === 'error');
    expect(found.map((x) => x.path)).toEqual(['stack/second/Gateway', 'stack/second/GatewaySubnet']);
    expect(found[0].message).toMatch(/\[VNI-G029\].*network stack\/vnet would hold 2 VPN gateways \(stack\/first\/Gateway, stack\/second\/Gateway\)/s);
    expect(found[1].message).toMatch(/2 subnets named GatewaySubnet .*pass stack\/first\/GatewaySubnet to PointToSiteGateway as gatewaySubnet/s);
  });
  test('synth: a hand-written gateway and GatewaySubnet in another stack count too', () => {
    const f = fixture();
    gatewayIn(f);
    const other = new TerraformStack(f.app, 'other');
    new AzurermProvider(other, 'azurerm', { features: [{}] });
    const s = new Subnet(other, 'HandSubnet', { name: 'GatewaySubnet', resourceGroupName: 'rg-net', virtualNetworkName: f.vnet.name, addressPrefixes: ['10.20.250.0/27'] });
    handGateway(other, 'HandGateway', s.id);
    const found = findingsOf(f, 'VNI-G029').filter((x) => x.outcome === 'error');
    expect(found.map((x) => x.path)).toEqual(['other/HandGateway', 'other/HandSubnet']);
  });
  test('synth: a gateway built on the existing hand-written GatewaySubnet passes; an ExpressRoute gateway beside it is not counted', () => {
    const f = fixture();
    const s = new Subnet(f.stack, 'HandSubnet', { name: 'GatewaySubnet', resourceGroupName: 'rg-net', virtualNetworkName: f.vnet.name, addressPrefixes: ['10.20.250.0/27'] });
    new PointToSiteGateway(f.stack, 'gw', { virtualNetwork: f.vnet, pointToSiteAddressPool: ['172.16.201.0/24'], gatewaySubnet: s });
    handGateway(f.stack, 'ExpressRoute', s.id, 'ExpressRoute');
    expect(findingsOf(f, 'VNI-G029').map((x) => x.outcome)).toEqual(['pass', 'pass']);
  });
  test('synth: an adopted gateway and a new one in the same network fail; in another network they pass', () => {
    const f = fixture();
    PointToSiteGateway.fromGatewayAttributes(f.stack, 'adopted', { gatewayId: ADOPTED_ID, virtualNetwork: f.vnet, sku: 'VpnGw1AZ' });
    gatewayIn(f);
    expect(findingsOf(f, 'VNI-G029').filter((x) => x.outcome === 'error').map((x) => x.path)).toEqual(['stack/adopted']);

    const g = fixture();
    const elsewhere = new VirtualNetwork(g.stack, 'elsewhere', { name: 'vnet-other', resourceGroupName: 'rg-net', location: 'westeurope', addressSpace: ['10.40.0.0/16'] });
    PointToSiteGateway.fromGatewayAttributes(g.stack, 'adopted', { gatewayId: ADOPTED_ID, virtualNetwork: elsewhere, sku: 'VpnGw1AZ' });
    gatewayIn(g);
    expect(findingsOf(g, 'VNI-G029').map((x) => x.outcome)).not.toContain('error');
  });
  test('synth: a hand-written gateway adopted by its own ID counts once', () => {
    const f = fixture();
    const s = new Subnet(f.stack, 'HandSubnet', { name: 'GatewaySubnet', resourceGroupName: 'rg-net', virtualNetworkName: f.vnet.name, addressPrefixes: ['10.20.250.0/27'] });
    const hand = handGateway(f.stack, 'HandGateway', s.id);
    PointToSiteGateway.fromGatewayAttributes(f.stack, 'adopted', { gatewayId: hand.id, virtualNetwork: f.vnet, sku: 'VpnGw1AZ' });
    expect(findingsOf(f, 'VNI-G029').map((x) => x.outcome)).toEqual(['pass', 'pass']);
  });
});
