/** The transit flags of a peering side, by name, as the peering rules read them. */
import { readBoolean } from '../../model/read-boolean';
import { Problem, Unset } from '../../model/reading';
import { PeeringSideModel } from '../../model/peering';

/** Reads each named flag of a side: the ones off, and the ones that cannot be read. */
export function flagsState(side: PeeringSideModel, names: readonly FlagName[]): { off: string[]; unknown: (Problem | Unset)[] } {
  const off: string[] = [];
  const unknown: (Problem | Unset)[] = [];
  for (const n of names) {
    const r = readBoolean(side[n]);
    if (r.state !== 'known') unknown.push(r);
    else if (!r.value) off.push(FLAG_LABELS[n]);
  }
  return { off, unknown };
}

/** A flag as on, off or unknown (a token, or not readable). */
export function flagOf(side: PeeringSideModel, name: FlagName): 'on' | 'off' | 'unknown' {
  const r = readBoolean(side[name]);
  return r.state === 'known' ? (r.value ? 'on' : 'off') : 'unknown';
}

export type FlagName = 'allowVirtualNetworkAccess' | 'allowForwardedTraffic' | 'allowGatewayTransit' | 'useRemoteGateways';

export const FLAG_LABELS: Record<FlagName, string> = {
  allowVirtualNetworkAccess: 'allow_virtual_network_access',
  allowForwardedTraffic: 'allow_forwarded_traffic',
  allowGatewayTransit: 'allow_gateway_transit',
  useRemoteGateways: 'use_remote_gateways',
};
