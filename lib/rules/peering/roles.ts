/**
 * Purpose and roles of a peering, read from the model or inferred from its flags, so that a
 * peering model that leaves them out is still judged.
 */
import { Fact } from '../../model/fact';
import { PeeringModel, PeeringPurpose, PeeringRole, PeeringSideModel } from '../../model/peering';

const on = (f: Fact<boolean>): boolean => f.state === 'known' && f.value === true;

/** 'gateway-transit' when the model says so or any side offers or uses a gateway. */
export function purposeOf(p: PeeringModel): PeeringPurpose {
  if (p.purpose) return p.purpose;
  return p.sides.some((s) => on(s.allowGatewayTransit) || on(s.useRemoteGateways)) ? 'gateway-transit' : 'plain';
}

/**
 * The side's role: as given, else 'spoke' when it uses remote gateways, 'hub' when it offers
 * transit, else the opposite of the other side in a two-sided gateway-transit peering.
 */
export function roleOf(p: PeeringModel, side: PeeringSideModel): PeeringRole {
  if (side.role) return side.role;
  const own = inferred(side);
  if (own) return own;
  if (purposeOf(p) === 'gateway-transit') {
    const other = p.sides.find((s) => s !== side);
    const theirs = other && (other.role ?? inferred(other));
    if (theirs === 'hub') return 'spoke';
    if (theirs === 'spoke') return 'hub';
  }
  return 'peer';
}

function inferred(side: PeeringSideModel): PeeringRole | undefined {
  if (on(side.useRemoteGateways)) return 'spoke';
  if (on(side.allowGatewayTransit)) return 'hub';
  return undefined;
}

/** Checks that each named flag is known and on; returns the ones off and the ones unknown. */
export function flagsState(side: PeeringSideModel, names: readonly FlagName[]): { off: string[]; unknown: Fact<boolean>[] } {
  const off: string[] = [];
  const unknown: Fact<boolean>[] = [];
  for (const n of names) {
    const f = side[n];
    if (f.state !== 'known') unknown.push(f);
    else if (f.value !== true) off.push(FLAG_LABELS[n]);
  }
  return { off, unknown };
}

export type FlagName = 'allowVirtualNetworkAccess' | 'allowForwardedTraffic' | 'allowGatewayTransit' | 'useRemoteGateways';

export const FLAG_LABELS: Record<FlagName, string> = {
  allowVirtualNetworkAccess: 'allow_virtual_network_access',
  allowForwardedTraffic: 'allow_forwarded_traffic',
  allowGatewayTransit: 'allow_gateway_transit',
  useRemoteGateways: 'use_remote_gateways',
};
