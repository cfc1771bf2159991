/**
 * Models for gateway-required integration. Owned by the gateway capability; extend freely.
 */
import type { Fact } from './fact';
import { AppModel, PlanModel, VnetModel } from './inventory';
import type { ResourceKey } from './resource-key';

/** A virtual network gateway with a point-to-site pool, created or adopted. */
export interface PointToSiteGatewayModel {
  readonly path: string;
  /** Key that identifies the gateway across the app. */
  readonly key: ResourceKey;
  readonly vnet: VnetModel;
  /** The point-to-site address pool (vpn_client_configuration.address_space). */
  readonly pointToSitePool: Fact<'blocks'>;
  /** True when PointToSiteGateway created it; false when adopted by attributes. */
  readonly created: boolean;
  /** Gateway resource ID (adopted gateways; created ones are unknown until apply). */
  readonly id: Fact<'string'>;
  /** SKU (sku), for example "VpnGw1AZ". */
  readonly sku: Fact<'string'>;
  /** Gateway type (type): "Vpn" or "ExpressRoute". */
  readonly gatewayType: Fact<'string'>;
  /** VPN type (vpn_type): "RouteBased" or "PolicyBased". */
  readonly vpnType: Fact<'string'>;
  /** Generation (generation). */
  readonly generation: Fact<'string'>;
  /** Point-to-site tunnel types (vpn_client_protocols). */
  readonly protocols: Fact<'strings'>;
  /** Name of the subnet the gateway sits in. */
  readonly gatewaySubnetName: Fact<'string'>;
  /** Address prefixes of that subnet. */
  readonly gatewaySubnetPrefixes: Fact<'blocks'>;
  /** Address prefixes advertised to point-to-site clients (custom_route); unset: none. */
  readonly customRoutes: Fact<'blocks'>;
  /**
   * Whether the network also has an ExpressRoute gateway (coexistence). Unset for created gateways
   * (the tree scan answers it); adopted gateways state it.
   */
  readonly hasExpressRouteGateway: Fact<'boolean'>;
  /** Whether the gateway runs BGP (enable_bgp). */
  readonly bgpEnabled: Fact<'boolean'>;
  /** Region of the gateway (location); missing for an adopted gateway (Azure placed it already). */
  readonly location: Fact<'location'>;
  /** Region of the gateway's public IP; missing when the library cannot see the IP. */
  readonly publicIpLocation: Fact<'location'>;
  /** Zones of the gateway's public IP (zones); unset: none; missing when the library cannot see the IP. */
  readonly publicIpZones: Fact<'strings'>;
}

/** One app's gateway-required integration. */
export interface GatewayIntegrationModel {
  readonly path: string;
  readonly app: AppModel;
  readonly plan: PlanModel;
  readonly gateway: PointToSiteGatewayModel;
  /** Extra address blocks routed into the network from the plan (routes, addRoute, transit peerings). */
  readonly routes: Fact<'blocks'>;
  /** A route table was handed to the integration (it has no effect on this traffic). */
  readonly routeTableGiven: boolean;
  /** Service endpoints the user expects to reach through the integration (they cannot be). */
  readonly serviceEndpointsExpected: Fact<'strings'>;
  /** Reference key of the VPN client package action's sensitive_output (it holds the signed package URI). */
  readonly packageUriKey: ResourceKey;
  /**
   * True when the library adds the app's certificate to the gateway's root certificates itself
   * (the gateway is a PointToSiteGateway in the same stack); false when someone must add it where
   * the gateway is managed.
   */
  readonly rootCertificateManaged: boolean;
}
