import { Rule } from '../rule';
import { P001_HUB_TRANSIT_FLAGS } from './p001-hub-transit-flags';
import { P002_SPOKE_TRANSIT_FLAGS } from './p002-spoke-transit-flags';
import { P003_TRANSIT_OR_REMOTE_GATEWAYS } from './p003-transit-or-remote-gateways';
import { P004_REMOTE_GATEWAY_EXISTS } from './p004-remote-gateway-exists';
import { P005_PEERED_ADDRESS_OVERLAP } from './p005-peered-address-overlap';
import { P006_POOL_OVERLAPS_REACHED_NETWORK } from './p006-pool-overlaps-reached-network';
import { P007_PEERING_ACCESS } from './p007-peering-access';
import { P008_SPOKE_RANGE_ROUTED_FROM_PLAN } from './p008-spoke-range-routed-from-plan';

/** Rules about peering and cross-region access (IDs VNI-P###). */
export const PEERING_RULES: readonly Rule[] = [
  P001_HUB_TRANSIT_FLAGS,
  P002_SPOKE_TRANSIT_FLAGS,
  P003_TRANSIT_OR_REMOTE_GATEWAYS,
  P004_REMOTE_GATEWAY_EXISTS,
  P005_PEERED_ADDRESS_OVERLAP,
  P006_POOL_OVERLAPS_REACHED_NETWORK,
  P007_PEERING_ACCESS,
  P008_SPOKE_RANGE_ROUTED_FROM_PLAN,
];
