/**
 * Virtual network gateway SKUs and the generation each allows (azurerm_virtual_network_gateway
 * `sku` and `generation`). Generation 1 covers Basic and VpnGw1 to VpnGw3; Generation 2 covers
 * VpnGw2 to VpnGw5. The older Standard and HighPerformance SKUs take no generation ("None").
 * ExpressRoute SKUs (ErGw*, UltraPerformance) belong to ExpressRoute gateways.
 */

export type GatewayGeneration = 'Generation1' | 'Generation2' | 'None';

export interface VpnGatewaySkuFacts {
  /** SKU name as azurerm spells it. */
  readonly sku: string;
  /** Generations the SKU can be created with. */
  readonly generations: readonly GatewayGeneration[];
  /** The generation the library picks when none is given. */
  readonly defaultGeneration: GatewayGeneration;
  /** Zone-redundant variant. */
  readonly zoneRedundant: boolean;
  /** Legacy SKU that Azure no longer offers for new gateways. */
  readonly legacy: boolean;
}

const VPN_SKUS: readonly VpnGatewaySkuFacts[] = [
  { sku: 'Basic', generations: ['Generation1'], defaultGeneration: 'Generation1', zoneRedundant: false, legacy: true },
  { sku: 'Standard', generations: ['None'], defaultGeneration: 'None', zoneRedundant: false, legacy: true },
  { sku: 'HighPerformance', generations: ['None'], defaultGeneration: 'None', zoneRedundant: false, legacy: true },
  ...[1, 2, 3, 4, 5].flatMap((n) =>
    [false, true].map((az) => ({
      sku: `VpnGw${n}${az ? 'AZ' : ''}`,
      generations: (n === 1 ? ['Generation1'] : n <= 3 ? ['Generation1', 'Generation2'] : ['Generation2']) as GatewayGeneration[],
      defaultGeneration: (n === 1 ? 'Generation1' : 'Generation2') as GatewayGeneration,
      zoneRedundant: az,
      legacy: false,
    })),
  ),
];

const EXPRESS_ROUTE_SKU = /^(ErGw[1-3]AZ|ErGwScale|UltraPerformance|Standard|HighPerformance)$/i;

/** The default SKU for a new point-to-site gateway. */
export const DEFAULT_VPN_GATEWAY_SKU = 'VpnGw1';

/** Facts about a VPN gateway SKU, or undefined for a name that is not one (compared without case). */
export function vpnGatewaySkuFacts(sku: string): VpnGatewaySkuFacts | undefined {
  return VPN_SKUS.find((s) => s.sku.toLowerCase() === sku.toLowerCase());
}

/** Every VPN gateway SKU name, for messages. */
export function vpnGatewaySkuNames(): string[] {
  return VPN_SKUS.filter((s) => !s.legacy).map((s) => s.sku);
}

/** True for a SKU name only ExpressRoute gateways use (Standard and HighPerformance exist for both). */
export function isExpressRouteOnlySku(sku: string): boolean {
  return EXPRESS_ROUTE_SKU.test(sku) && !vpnGatewaySkuFacts(sku);
}

/** The only point-to-site tunnel type App Service speaks. */
export const APP_SERVICE_P2S_PROTOCOL = 'SSTP';

/** The subnet name Azure requires for virtual network gateways. */
export const GATEWAY_SUBNET_NAME = 'GatewaySubnet';
/** Smallest gateway subnet Azure accepts. */
export const GATEWAY_SUBNET_MIN_PREFIX = 29;
/** Size Azure recommends for gateway subnets (room for more configurations later). */
export const GATEWAY_SUBNET_RECOMMENDED_PREFIX = 27;
