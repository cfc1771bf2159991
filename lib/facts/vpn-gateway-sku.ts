/**
 * Virtual network gateway SKUs and the generation each allows (azurerm_virtual_network_gateway
 * `sku` and `generation`). Generation 1 covers Basic, VpnGw1 to VpnGw3 and VpnGw1AZ to VpnGw3AZ;
 * Generation 2 covers VpnGw2 to VpnGw5 and VpnGw2AZ to VpnGw5AZ. The older Standard and
 * HighPerformance SKUs take no generation ("None"). ExpressRoute SKUs (ErGw*, UltraPerformance)
 * belong to ExpressRoute gateways.
 *
 * Which SKUs Azure still creates follows "About VPN Gateway SKU consolidation and migration"
 * (MicrosoftDocs azure-docs, articles/vpn-gateway/gateway-sku-consolidation.md, ms.date 02/03/2026):
 * new non-AZ VpnGw1-5 gateways cannot be created since 1 November 2025 (the 09/26/2024 version of
 * the page said 1 January 2025); existing ones may move to the AZ SKU of the same tier, and after
 * the deprecation (16 September 2026) they refuse configuration changes. Basic is not retiring.
 * Generations per SKU: articles/vpn-gateway/about-gateway-skus.md (ms.date 06/11/2026).
 */

export type GatewayGeneration = 'Generation1' | 'Generation2' | 'None';

export interface VpnGatewaySkuFacts {
  /** SKU name as azurerm spells it. */
  readonly sku: string;
  /** Generations the SKU can be created with. */
  readonly generations: readonly GatewayGeneration[];
  /** The generation the library picks when none is given. */
  readonly defaultGeneration: GatewayGeneration;
  /** Zone-redundant (AZ) variant. */
  readonly zoneRedundant: boolean;
  /** Legacy SKU (Standard, HighPerformance) that Azure no longer offers for VPN gateways. */
  readonly legacy: boolean;
  /** Azure still creates new gateways with this SKU (Basic and the AZ SKUs). */
  readonly creatable: boolean;
  /** For a SKU Azure no longer creates: the SKU to use instead (VpnGw2 -> VpnGw2AZ). */
  readonly replacement?: string;
}

/** When Azure stopped creating non-AZ VpnGw1-5 gateways (gateway-sku-consolidation.md, 02/03/2026). */
export const NON_AZ_CREATION_STOPPED = '1 November 2025';
/** The date the 09/26/2024 version of the consolidation page gave for the same cut-off. */
export const NON_AZ_CREATION_STOPPED_EARLIER = '1 January 2025';
/** After this date non-AZ VpnGw1-5 gateways refuse configuration and management changes. */
export const NON_AZ_DEPRECATION = '16 September 2026';

const VPN_SKUS: readonly VpnGatewaySkuFacts[] = [
  { sku: 'Basic', generations: ['Generation1'], defaultGeneration: 'Generation1', zoneRedundant: false, legacy: false, creatable: true },
  { sku: 'Standard', generations: ['None'], defaultGeneration: 'None', zoneRedundant: false, legacy: true, creatable: false },
  { sku: 'HighPerformance', generations: ['None'], defaultGeneration: 'None', zoneRedundant: false, legacy: true, creatable: false },
  ...[1, 2, 3, 4, 5].flatMap((n) =>
    [false, true].map((az): VpnGatewaySkuFacts => ({
      sku: `VpnGw${n}${az ? 'AZ' : ''}`,
      generations: (n === 1 ? ['Generation1'] : n <= 3 ? ['Generation1', 'Generation2'] : ['Generation2']) as GatewayGeneration[],
      defaultGeneration: (n === 1 ? 'Generation1' : 'Generation2') as GatewayGeneration,
      zoneRedundant: az,
      legacy: false,
      creatable: az,
      // Same tier, AZ variant: the consolidation page's upgrade path (its mapping is an image; the
      // SKU upgrade page, ms.date 03/03/2026, names VpnGw1 -> VpnGw1AZ as the same-tier move).
      ...(az ? {} : { replacement: `VpnGw${n}AZ` }),
    })),
  ),
];

const EXPRESS_ROUTE_SKU = /^(ErGw[1-3]AZ|ErGwScale|UltraPerformance|Standard|HighPerformance)$/i;

/**
 * The default SKU for a new point-to-site gateway: the smallest SKU Azure still creates that
 * supports point-to-site without Basic's limits (Generation1 only).
 */
export const DEFAULT_VPN_GATEWAY_SKU = 'VpnGw1AZ';

/**
 * Zones of the public IP of a gateway on an AZ SKU: all three, so the IP is zone-redundant. The
 * reliability page (articles/reliability/reliability-virtual-network-gateway.md, ms.date 11/18/2025)
 * makes a gateway zone-redundant only with zone-redundant Standard public IPs, and azurerm's
 * public_ip page says a Standard IP without zones is not zone-redundant.
 */
export const ZONE_REDUNDANT_ZONES: readonly string[] = ['1', '2', '3'];

/** Limits of the Basic SKU (about-gateway-skus.md, ms.date 06/11/2026), for messages and docs. */
export const BASIC_SKU_LIMITS: readonly string[] = [
  'Generation1 only',
  'at most 128 SSTP point-to-site connections',
  'no BGP',
  'no IKEv2 or OpenVPN point-to-site',
  'no RADIUS authentication',
  'no zone redundancy',
  'no active-active',
  'about 100 Mbps aggregate throughput',
  'created only with PowerShell, the Azure CLI or the API (not the portal)',
];

/** Facts about a VPN gateway SKU, or undefined for a name that is not one (compared without case). */
export function vpnGatewaySkuFacts(sku: string): VpnGatewaySkuFacts | undefined {
  return VPN_SKUS.find((s) => s.sku.toLowerCase() === sku.toLowerCase());
}

/** The VPN gateway SKU names Azure still creates, for messages. */
export function vpnGatewaySkuNames(): string[] {
  return VPN_SKUS.filter((s) => s.creatable).map((s) => s.sku);
}

/** Every VPN gateway SKU name this library knows, including those Azure no longer creates. */
export function knownVpnGatewaySkuNames(): string[] {
  return VPN_SKUS.map((s) => s.sku);
}

/** True for a SKU name only ExpressRoute gateways use (Standard and HighPerformance exist for both). */
export function isExpressRouteOnlySku(sku: string): boolean {
  return EXPRESS_ROUTE_SKU.test(sku) && !vpnGatewaySkuFacts(sku);
}

/** The only point-to-site tunnel type App Service speaks. */
export const APP_SERVICE_P2S_PROTOCOL = 'SSTP';

/**
 * SSTP retirement on VPN gateways ("How to transition to OpenVPN or IKEv2 from SSTP",
 * articles/vpn-gateway/ikev2-openvpn-from-sstp.md, ms.date 09/29/2025): enabling SSTP is
 * unsupported from the first date, and SSTP connections stop working on the second.
 */
export const SSTP_ENABLE_UNSUPPORTED_FROM = '31 March 2026';
export const SSTP_CONNECTIONS_STOP = '31 March 2027';

/** The subnet name Azure requires for virtual network gateways. */
export const GATEWAY_SUBNET_NAME = 'GatewaySubnet';
/** Smallest gateway subnet Azure accepts. */
export const GATEWAY_SUBNET_MIN_PREFIX = 29;
/** Size Azure recommends for gateway subnets (room for more configurations later). */
export const GATEWAY_SUBNET_RECOMMENDED_PREFIX = 27;
