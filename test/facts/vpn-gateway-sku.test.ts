import { isExpressRouteOnlySku, vpnGatewaySkuFacts, vpnGatewaySkuNames } from '../../lib/facts/vpn-gateway-sku';

describe('VPN gateway SKU facts', () => {
  test.each([
    ['VpnGw1', ['Generation1'], 'Generation1'],
    ['vpngw1az', ['Generation1'], 'Generation1'],
    ['VpnGw2', ['Generation1', 'Generation2'], 'Generation2'],
    ['VpnGw3AZ', ['Generation1', 'Generation2'], 'Generation2'],
    ['VpnGw4', ['Generation2'], 'Generation2'],
    ['VpnGw5AZ', ['Generation2'], 'Generation2'],
    ['Basic', ['Generation1'], 'Generation1'],
  ])('%s allows %j and defaults to %s', (sku, generations, def) => {
    const f = vpnGatewaySkuFacts(sku)!;
    expect(f.generations).toEqual(generations);
    expect(f.defaultGeneration).toBe(def);
  });

  test('ExpressRoute SKUs are not VPN SKUs', () => {
    expect(vpnGatewaySkuFacts('ErGw1AZ')).toBeUndefined();
    expect(isExpressRouteOnlySku('ErGw2AZ')).toBe(true);
    expect(isExpressRouteOnlySku('VpnGw1')).toBe(false);
  });

  test('names offered for new gateways exclude legacy SKUs', () => {
    expect(vpnGatewaySkuNames()).toContain('VpnGw1');
    expect(vpnGatewaySkuNames()).not.toContain('Basic');
  });
});
