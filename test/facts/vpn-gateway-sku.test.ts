import { DEFAULT_VPN_GATEWAY_SKU, isExpressRouteOnlySku, knownVpnGatewaySkuNames, vpnGatewaySkuFacts, vpnGatewaySkuNames } from '../../lib/facts/vpn-gateway-sku';

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

  test('Azure still creates Basic and the AZ SKUs; non-AZ VpnGw1-5 name their AZ replacement', () => {
    expect(vpnGatewaySkuNames()).toEqual(['Basic', 'VpnGw1AZ', 'VpnGw2AZ', 'VpnGw3AZ', 'VpnGw4AZ', 'VpnGw5AZ']);
    for (const n of [1, 2, 3, 4, 5]) {
      const f = vpnGatewaySkuFacts(`VpnGw${n}`)!;
      expect([f.creatable, f.replacement]).toEqual([false, `VpnGw${n}AZ`]);
      expect(vpnGatewaySkuFacts(`VpnGw${n}AZ`)!.replacement).toBeUndefined();
    }
    for (const legacy of ['Standard', 'HighPerformance']) expect(vpnGatewaySkuFacts(legacy)).toMatchObject({ legacy: true, creatable: false });
    expect(knownVpnGatewaySkuNames()).toContain('VpnGw1');
  });

  test('the default SKU is one Azure creates, Generation1', () => {
    expect(DEFAULT_VPN_GATEWAY_SKU).toBe('VpnGw1AZ');
    expect(vpnGatewaySkuFacts(DEFAULT_VPN_GATEWAY_SKU)).toMatchObject({ creatable: true, zoneRedundant: true, defaultGeneration: 'Generation1' });
  });
});
