/** The transit flags of a peering side, by name, as the peering rules read them. */
import { Fact } from '../../model/fact';
import { PeeringSideModel } from '../../model/peering';

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
