import { SubnetReference } from '../../lib/references/subnet-reference';
import { PointToSiteGateway } from '../../lib/constructs/point-to-site-gateway';
import { fixture, gatewayIn, synthJson } from './gateway-fixtures';

describe('PointToSiteGateway', () => {
  test('creates GatewaySubnet, a Standard static public IP and a route-based SSTP gateway', () => {
    const f = fixture();
    gatewayIn(f, { customRoutes: ['192.168.10.0/24'] });
    const out = synthJson(f);
    const subnet = Object.values(out.resource.azurerm_subnet)[0] as any;
    expect(subnet).toMatchObject({ name: 'GatewaySubnet', address_prefixes: ['10.20.255.0/27'] });
    const pip = Object.values(out.resource.azurerm_public_ip)[0] as any;
    expect(pip).toMatchObject({ sku: 'Standard', allocation_method: 'Static' });
    const gw = Object.values(out.resource.azurerm_virtual_network_gateway)[0] as any;
    expect(gw).toMatchObject({
      type: 'Vpn',
      vpn_type: 'RouteBased',
      sku: 'VpnGw1',
      generation: 'Generation1',
      custom_route: { address_prefixes: ['192.168.10.0/24'] },
      timeouts: { create: '120m', update: '120m', delete: '120m' },
    });
    expect(gw.vpn_client_configuration).toEqual({ address_space: ['172.16.201.0/24'], vpn_client_protocols: ['SSTP'], vpn_auth_types: ['Certificate'] });
    expect(gw.ip_configuration[0].subnet_id).toMatch(/^\$\{azurerm_subnet\./);
  });

  test('picks the generation the SKU allows', () => {
    const f = fixture();
    gatewayIn(f, { sku: 'VpnGw4' });
    const gw = Object.values(synthJson(f).resource.azurerm_virtual_network_gateway)[0] as any;
    expect(gw.generation).toBe('Generation2');
  });

  test('exposes the pool as the outbound address prefixes', () => {
    const f = fixture();
    expect(gatewayIn(f).outboundAddressPrefixes).toEqual(['172.16.201.0/24']);
  });

  test('uses a given gateway subnet instead of creating one', () => {
    const f = fixture();
    const subnet = SubnetReference.fromSubnetAttributes(f.stack, 'existing', {
      subnetId: '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-remote/subnets/GatewaySubnet',
      name: 'GatewaySubnet',
      addressPrefixes: ['10.20.255.0/27'],
    });
    new PointToSiteGateway(f.stack, 'gw', { virtualNetwork: f.vnet, pointToSiteAddressPool: ['172.16.201.0/24'], gatewaySubnet: subnet });
    const out = synthJson(f);
    expect(out.resource.azurerm_subnet).toBeUndefined();
    const gw = Object.values(out.resource.azurerm_virtual_network_gateway)[0] as any;
    expect(gw.ip_configuration[0].subnet_id).toMatch(/subnets\/GatewaySubnet$/);
  });

  test.each([
    [{ pointToSiteAddressPool: [] }, /pointToSiteAddressPool/],
    [{ pointToSiteAddressPool: ['172.16.201.1/24'] }, /host bits/],
    [{ gatewaySubnetAddressPrefix: undefined }, /give exactly one/],
    [{ sku: 'ErGw1AZ' }, /not a VPN gateway SKU/],
    [{ vpnClientProtocols: ['L2TP'] }, /vpnClientProtocols/],
  ])('rejects bad props %#', (override, message) => {
    const f = fixture();
    expect(() => gatewayIn(f, override as any)).toThrow(message);
  });

  test('fromGatewayAttributes adopts an existing gateway', () => {
    const f = fixture();
    const gw = PointToSiteGateway.fromGatewayAttributes(f.stack, 'adopted', {
      gatewayId: '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/vgw',
      virtualNetwork: f.vnet,
      pointToSiteAddressPool: ['172.16.9.0/24'],
    });
    expect(gw.gatewayId).toMatch(/vgw$/);
    expect(gw.outboundAddressPrefixes).toEqual(['172.16.9.0/24']);
    expect(synthJson(f).resource.azurerm_virtual_network_gateway).toBeUndefined();
  });

  test('errors name the construct path', () => {
    const f = fixture();
    expect(() => gatewayIn(f, { pointToSiteAddressPool: 'x' as any })).toThrow(/^stack\/gw: PointToSiteGateway prop "pointToSiteAddressPool"/);
  });
});
