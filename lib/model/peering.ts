/**
 * Models for virtual network peering. Owned by the peering capability; extend freely.
 */
import { Fact } from './fact';
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
}
