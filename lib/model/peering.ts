/**
 * Models for virtual network peering. Owned by the peering capability; extend freely.
 */
import { Fact } from './fact';
import type { PointToSiteGatewayModel } from './gateway';
import { VnetModel } from './inventory';

/**
 * Why a peering exists:
 * - 'gateway-transit': a hub with a point-to-site gateway and a spoke that uses it (the documents'
 *   gateway-required integration with peering: every flag of both sides matters);
 * - 'plain': a plain two-way peering, for example regional integration reaching another network.
 */
export type PeeringPurpose = 'gateway-transit' | 'plain';

/** The part one side plays: the hub offers its gateway, the spoke uses it, a peer does neither. */
export type PeeringRole = 'hub' | 'spoke' | 'peer';

/** One direction of a peering (one azurerm_virtual_network_peering). */
export interface PeeringSideModel {
  readonly path: string;
  readonly local: VnetModel;
  readonly remote: VnetModel;
  readonly allowVirtualNetworkAccess: Fact<boolean>;
  readonly allowForwardedTraffic: Fact<boolean>;
  readonly allowGatewayTransit: Fact<boolean>;
  readonly useRemoteGateways: Fact<boolean>;
  /** The part this side plays; inferred from the flags when left out (see rules/peering/roles.ts). */
  readonly role?: PeeringRole;
}

/** A peering construct: both directions. */
export interface PeeringModel {
  readonly path: string;
  readonly sides: readonly PeeringSideModel[];
  /** Why the peering exists; inferred from the flags when left out (see rules/peering/roles.ts). */
  readonly purpose?: PeeringPurpose;
  /** What built it, for messages: "gateway-transit" for GatewayTransitPeering. */
  readonly kind?: string;
  /**
   * Gateway transit only: the hub's point-to-site gateway, so overlap rules can compare its pool
   * with the spoke.
   */
  readonly gateway?: PointToSiteGatewayModel;
}
