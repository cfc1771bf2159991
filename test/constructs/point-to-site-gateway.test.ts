import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { TerraformVariable } from 'cdktf';
import { SubnetReference } from '../../lib/references/subnet-reference';
import { PointToSiteGateway } from '../../lib/constructs/point-to-site-gateway';
import { findingsOf, fixture, gatewayIn, synthJson } from './gateway-fixtures';

describe('PointToSiteGateway', () => {
  test('creates GatewaySubnet, a Standard static public IP and a route-based SSTP gateway', () => {
    const f = fixture();
    gatewayIn(f, { customRoutes: ['192.168.10.0/24'] });
    const out = synthJson(f);
    const subnet = Object.values(out.resource.azurerm_subnet)[0] as any;
    expect(subnet).toMatchObject({ name: 'GatewaySubnet', address_prefixes: ['10.20.255.0/27'] });
    const pip = Object.values(out.resource.azurerm_public_ip)[0] as any;
    // The default SKU is VpnGw1AZ, so the IP is zone-redundant.
    expect(pip).toMatchObject({ sku: 'Standard', allocation_method: 'Static', zones: ['1', '2', '3'] });
    const gw = Object.values(out.resource.azurerm_virtual_network_gateway)[0] as any;
    expect(gw).toMatchObject({
      type: 'Vpn',
      vpn_type: 'RouteBased',
      sku: 'VpnGw1AZ',
      generation: 'Generation1',
      lifecycle: { ignore_changes: ['generation'] },
      custom_route: { address_prefixes: ['192.168.10.0/24'] },
      timeouts: { create: '120m', update: '120m', delete: '120m' },
    });
    expect(gw.vpn_client_configuration).toEqual({ address_space: ['172.16.201.0/24'], vpn_client_protocols: ['SSTP'], vpn_auth_types: ['Certificate'] });
    expect(gw.ip_configuration[0].subnet_id).toMatch(/^\$\{azurerm_subnet\./);
  });

  test('picks the generation the SKU allows', () => {
    const f = fixture();
    gatewayIn(f, { sku: 'VpnGw4AZ' });
    const gw = Object.values(synthJson(f).resource.azurerm_virtual_network_gateway)[0] as any;
    expect(gw.generation).toBe('Generation2');
  });

  test('ignores later generation changes even when the generation is given', () => {
    const f = fixture();
    gatewayIn(f, { sku: 'VpnGw2AZ', generation: 'Generation1' });
    const gw = Object.values(synthJson(f).resource.azurerm_virtual_network_gateway)[0] as any;
    expect([gw.generation, gw.lifecycle]).toEqual(['Generation1', { ignore_changes: ['generation'] }]);
  });

  test.each([
    [{ sku: 'Basic' }, undefined],
    [{ sku: 'VpnGw3AZ', publicIpZones: [] }, undefined],
    [{ sku: 'VpnGw3AZ', publicIpZones: ['2'] }, ['2']],
  ])('public IP zones for %j', (props, zones) => {
    const f = fixture();
    gatewayIn(f, props);
    const pip = Object.values(synthJson(f).resource.azurerm_public_ip)[0] as any;
    expect([pip.sku, pip.allocation_method, pip.zones]).toEqual(['Standard', 'Static', zones]);
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
    [{ publicIpZones: ['4'] }, /publicIpZones/],
    [{ publicIpZones: '1' }, /publicIpZones/],
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

describe('PointToSiteGateway: tokens and bad prefixes (issue 10)', () => {
  test('a pool and custom routes given as list tokens are accepted and passed through; the pool rules are unverified', () => {
    const f = fixture();
    const pool = new TerraformVariable(f.stack, 'p2s_pool', { type: 'list(string)' });
    const routes = new TerraformVariable(f.stack, 'onprem_ranges', { type: 'list(string)' });
    gatewayIn(f, { pointToSiteAddressPool: pool.listValue, customRoutes: routes.listValue });
    const gw = Object.values(synthJson(f).resource.azurerm_virtual_network_gateway)[0] as any;
    expect(gw.vpn_client_configuration.address_space).toBe('${var.p2s_pool}');
    expect(gw.custom_route.address_prefixes).toBe('${var.onprem_ranges}');
    for (const id of ['VNI-G006', 'VNI-G007']) {
      const found = findingsOf(f, id);
      expect(found.map((x) => x.outcome)).toEqual(['unverified']);
      expect(found[0].message).toMatch(/point-to-site pool \(pointToSiteAddressPool\) is an unresolved list token.*from var\.p2s_pool/);
    }
    // A pool that is a token is still a pool.
    expect(findingsOf(f, 'VNI-G004')[0].outcome).toBe('unverified');
  });

  test('a pool element that is a token is accepted and unverified', () => {
    const f = fixture();
    const block = new TerraformVariable(f.stack, 'pool_block', { type: 'string' });
    gatewayIn(f, { pointToSiteAddressPool: [block.stringValue] });
    expect(findingsOf(f, 'VNI-G006').map((x) => x.outcome)).toEqual(['unverified']);
  });

  test('a null GatewaySubnet prefix is a props error, not "address_prefixes": [null]', () => {
    const f = fixture();
    expect(() => gatewayIn(f, { gatewaySubnetAddressPrefix: null as unknown as string })).toThrow(/stack\/gw: PointToSiteGateway prop "gatewaySubnetAddressPrefix" is null \(leave it out instead\), got null; accepted: an IPv4 CIDR block/);
  });

  test('an adopted GatewaySubnet with host bits set fails VNI-G017 and VNI-G018 naming the prefix', () => {
    const f = fixture();
    const subnet = new Subnet(f.stack, 'GatewaySubnet', { name: 'GatewaySubnet', resourceGroupName: 'rg-net', virtualNetworkName: f.vnet.name, addressPrefixes: ['10.20.255.1/27'] });
    new PointToSiteGateway(f.stack, 'gw', { virtualNetwork: f.vnet, pointToSiteAddressPool: ['172.16.201.0/24'], gatewaySubnet: subnet });
    for (const id of ['VNI-G017', 'VNI-G018']) {
      const [x] = findingsOf(f, id);
      expect(x.outcome).toBe(id === 'VNI-G017' ? 'error' : 'warning');
      expect(x.message).toMatch(/"10\.20\.255\.1\/27" has host bits set; the block starts at 10\.20\.255\.0\/27/);
    }
  });

  test('an adopted GatewaySubnet whose address_prefixes hold null fails VNI-G017 naming it', () => {
    const f = fixture();
    const subnet = new Subnet(f.stack, 'GatewaySubnet', { name: 'GatewaySubnet', resourceGroupName: 'rg-net', virtualNetworkName: f.vnet.name, addressPrefixes: [null as unknown as string] });
    new PointToSiteGateway(f.stack, 'gw', { virtualNetwork: f.vnet, pointToSiteAddressPool: ['172.16.201.0/24'], gatewaySubnet: subnet });
    const [x] = findingsOf(f, 'VNI-G017');
    expect(x.outcome).toBe('error');
    expect(x.message).toMatch(/element 1, is malformed: expected a CIDR string such as "10.0.0.0\/24", got null/);
  });
});
