/**
 * Models for virtual network peering.
 */
import type { Fact } from './fact';
import { readBoolean } from './read-boolean';
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
  readonly allowVirtualNetworkAccess: Fact<'boolean'>;
  readonly allowForwardedTraffic: Fact<'boolean'>;
  readonly allowGatewayTransit: Fact<'boolean'>;
  readonly useRemoteGateways: Fact<'boolean'>;
  /** The part this side plays (stated by the construct, or read from the flags: inferPeering). */
  readonly role: PeeringRole;
}

/** A peering: both directions (or one, when the other side is managed elsewhere). */
export interface PeeringModel {
  readonly path: string;
  readonly sides: readonly PeeringSideModel[];
  /** Why the peering exists (stated by the construct, or read from the flags: inferPeering). */
  readonly purpose: PeeringPurpose;
  /** What built it, for messages: "plain" (VnetPeering), "gateway-transit" or "azurerm_virtual_network_peering". */
  readonly kind: string;
  /**
   * Gateway transit only: the hub's point-to-site gateway, so overlap rules can compare its pool
   * with the spoke. Undefined for other peerings.
   */
  readonly gateway: PointToSiteGatewayModel | undefined;
}

/** A side before its role is known. */
export type UnplacedSide = Omit<PeeringSideModel, 'role'>;

const on = (f: Fact<'boolean'>): boolean => {
  const r = readBoolean(f);
  return r.state === 'known' && r.value;
};

function ownRole(side: UnplacedSide): PeeringRole | undefined {
  if (on(side.useRemoteGateways)) return 'spoke';
  if (on(side.allowGatewayTransit)) return 'hub';
  return undefined;
}

/**
 * Purpose and roles of a peering written without them (a hand-written azurerm peering): gateway
 * transit when any side offers or uses a gateway; a side that uses remote gateways is the spoke,
 * one that offers transit the hub, and in a two-sided transit peering a side with neither plays
 * the opposite of the other side. Everything else is a plain peer.
 */
export function inferPeering(sides: readonly UnplacedSide[]): { purpose: PeeringPurpose; sides: PeeringSideModel[] } {
  const purpose: PeeringPurpose = sides.some((s) => ownRole(s) !== undefined) ? 'gateway-transit' : 'plain';
  const placed = sides.map((side): PeeringSideModel => {
    let role = ownRole(side);
    if (!role && purpose === 'gateway-transit') {
      const other = sides.find((s) => s !== side);
      const theirs = other && ownRole(other);
      role = theirs === 'hub' ? 'spoke' : theirs === 'spoke' ? 'hub' : undefined;
    }
    return { ...side, role: role ?? 'peer' };
  });
  return { purpose, sides: placed };
}
