import {
  APP_SERVICE_P2S_PROTOCOL, BASIC_SKU_LIMITS, DEFAULT_VPN_GATEWAY_SKU, GATEWAY_SUBNET_MIN_PREFIX, GATEWAY_SUBNET_NAME, GATEWAY_SUBNET_RECOMMENDED_PREFIX,
  isExpressRouteOnlySku, knownVpnGatewaySkuNames, NON_AZ_CREATION_STOPPED, NON_AZ_CREATION_STOPPED_EARLIER, NON_AZ_DEPRECATION,
  SSTP_CONNECTIONS_STOP, SSTP_ENABLE_UNSUPPORTED_FROM, vpnGatewaySkuFacts, vpnGatewaySkuNames, ZONE_REDUNDANT_ZONES,
} from '../../lib/facts/vpn-gateway-sku';

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

  // The whole table, row by row (about-gateway-skus.md, 06/11/2026; gateway-sku-consolidation.md, 02/03/2026).
  const G1 = ['Generation1'];
  const G12 = ['Generation1', 'Generation2'];
  const G2 = ['Generation2'];
  test.each([
    ['Basic', { generations: G1, defaultGeneration: 'Generation1', zoneRedundant: false, legacy: false, creatable: true }],
    ['Standard', { generations: ['None'], defaultGeneration: 'None', zoneRedundant: false, legacy: true, creatable: false }],
    ['HighPerformance', { generations: ['None'], defaultGeneration: 'None', zoneRedundant: false, legacy: true, creatable: false }],
    ['VpnGw1', { generations: G1, defaultGeneration: 'Generation1', zoneRedundant: false, legacy: false, creatable: false, replacement: 'VpnGw1AZ' }],
    ['VpnGw1AZ', { generations: G1, defaultGeneration: 'Generation1', zoneRedundant: true, legacy: false, creatable: true }],
    ['VpnGw2', { generations: G12, defaultGeneration: 'Generation2', zoneRedundant: false, legacy: false, creatable: false, replacement: 'VpnGw2AZ' }],
    ['VpnGw2AZ', { generations: G12, defaultGeneration: 'Generation2', zoneRedundant: true, legacy: false, creatable: true }],
    ['VpnGw3', { generations: G12, defaultGeneration: 'Generation2', zoneRedundant: false, legacy: false, creatable: false, replacement: 'VpnGw3AZ' }],
    ['VpnGw3AZ', { generations: G12, defaultGeneration: 'Generation2', zoneRedundant: true, legacy: false, creatable: true }],
    ['VpnGw4', { generations: G2, defaultGeneration: 'Generation2', zoneRedundant: false, legacy: false, creatable: false, replacement: 'VpnGw4AZ' }],
    ['VpnGw4AZ', { generations: G2, defaultGeneration: 'Generation2', zoneRedundant: true, legacy: false, creatable: true }],
    ['VpnGw5', { generations: G2, defaultGeneration: 'Generation2', zoneRedundant: false, legacy: false, creatable: false, replacement: 'VpnGw5AZ' }],
    ['VpnGw5AZ', { generations: G2, defaultGeneration: 'Generation2', zoneRedundant: true, legacy: false, creatable: true }],
  ])('table row %s', (sku, facts) => {
    expect(vpnGatewaySkuFacts(sku)).toEqual({ sku, ...facts });
    expect(vpnGatewaySkuFacts(sku.toUpperCase())).toEqual({ sku, ...facts });
  });

  test('the table holds exactly these names; unknown names have no facts', () => {
    expect(knownVpnGatewaySkuNames()).toEqual(['Basic', 'Standard', 'HighPerformance', 'VpnGw1', 'VpnGw1AZ', 'VpnGw2', 'VpnGw2AZ', 'VpnGw3', 'VpnGw3AZ', 'VpnGw4', 'VpnGw4AZ', 'VpnGw5', 'VpnGw5AZ']);
    for (const bad of ['', 'VpnGw6', 'VpnGw0AZ', 'VpnGw1 ', 'xBasic']) expect(vpnGatewaySkuFacts(bad)).toBeUndefined();
  });

  test.each(['ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ', 'ErGwScale', 'UltraPerformance', 'ergw1az', 'ULTRAPERFORMANCE'])('%s is an ExpressRoute-only SKU', (sku) => {
    expect(isExpressRouteOnlySku(sku)).toBe(true);
  });

  test.each(['Standard', 'HighPerformance', 'ErGw4AZ', 'ErGw1', 'xErGw1AZ', 'ErGw1AZx', 'xUltraPerformance', 'UltraPerformancex', 'ErGwScalex', 'xErGwScale', 'VpnGw1AZ', ''])(
    '%p is not ExpressRoute-only (Standard and HighPerformance are VPN SKUs too)',
    (sku) => expect(isExpressRouteOnlySku(sku)).toBe(false),
  );

  test('the facts messages quote', () => {
    expect(ZONE_REDUNDANT_ZONES).toEqual(['1', '2', '3']);
    expect(BASIC_SKU_LIMITS).toEqual([
      'Generation1 only',
      'at most 128 SSTP point-to-site connections',
      'no BGP',
      'no IKEv2 or OpenVPN point-to-site',
      'no RADIUS authentication',
      'no zone redundancy',
      'no active-active',
      'about 100 Mbps aggregate throughput',
      'created only with PowerShell, the Azure CLI or the API (not the portal)',
    ]);
    expect([NON_AZ_CREATION_STOPPED, NON_AZ_CREATION_STOPPED_EARLIER, NON_AZ_DEPRECATION]).toEqual(['1 November 2025', '1 January 2025', '16 September 2026']);
    expect([SSTP_ENABLE_UNSUPPORTED_FROM, SSTP_CONNECTIONS_STOP, APP_SERVICE_P2S_PROTOCOL]).toEqual(['31 March 2026', '31 March 2027', 'SSTP']);
    expect([GATEWAY_SUBNET_NAME, GATEWAY_SUBNET_MIN_PREFIX, GATEWAY_SUBNET_RECOMMENDED_PREFIX]).toEqual(['GatewaySubnet', 29, 27]);
  });
});
