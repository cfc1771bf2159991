/**
 * Models for virtual network peering. Owned by the peering capability; extend freely.
 */
import { Fact } from './fact';
import type { PointToSiteGatewayModel } from './gateway';
import { VnetModel } from './inventory';

/** One direction of a peering (one azurerm_virtual_network_peering). */
export interface PeeringSideModel {
  readonly path: string;
  readonly local: VnetModel;
  readonly remote: VnetModel;
  readonly allowVirtualNetworkAccess: Fact<boolean>;
  readonly allowForwardedTraffic: Fact<boolean>;
  readonly allowGatewayTransit: Fact<boolean>;
  readonly useRemoteGateways: Fact<boolean>;
}

/** A peering construct: both directions. */
export interface PeeringModel {
  readonly path: string;
  readonly sides: readonly PeeringSideModel[];
  /** What built it, for messages: "gateway-transit" for GatewayTransitPeering. */
  readonly kind?: string;
  /**
   * Gateway transit only: the hub's point-to-site gateway, so overlap rules can compare its pool
   * with the spoke.
   */
  readonly gateway?: PointToSiteGatewayModel;
}
