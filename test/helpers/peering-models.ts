/** Plain peering models for the rule unit tests: no cdktf, no synthesis (peering-fixtures.ts builds constructs). */
import { given, missing } from '../../lib/model/fact';
import { Inventory, InventoryParts, VnetModel } from '../../lib/model/inventory';
import { makeInventory } from '../../lib/model/inventory-index';
import { inferPeering, PeeringModel, PeeringRole, PeeringSideModel, UnplacedSide } from '../../lib/model/peering';
import { isResourceKey } from '../../lib/model/resource-key';
import { k } from './keys';
import { known, token, tree } from './models';

/** A plain virtual network model. */
export function vnetModelOf(key: string, addressSpace: string[] | undefined, location = 'westeurope'): VnetModel {
  return {
    key: k(key),
    nameKeys: [k(`${key}#name`)],
    label: key,
    id: missing('virtual network ID'),
    name: known('virtual network name', key),
    location: known('virtual network location', location),
    addressSpace: addressSpace === undefined ? missing('virtual network address space') : known('virtual network address space', addressSpace),
    subscriptionId: undefined,
    declared: isResourceKey(k(key), 'azurerm_virtual_network'),
  };
}

/** Builds peering-side models for the rule unit tests. */
export function sideOf(
  path: string,
  local: VnetModel,
  remote: VnetModel,
  flags: { access?: boolean | 'token'; forwarded?: boolean | 'token'; transit?: boolean | 'token'; remoteGateways?: boolean | 'token' },
  role: PeeringRole = 'peer',
): PeeringSideModel {
  const f = (label: string, v: boolean | 'token' | undefined) => (v === 'token' ? token<'boolean'>(label, 'var.peering_flag') : given<'boolean'>(label, v ?? false));
  return {
    path, local, remote, role,
    allowVirtualNetworkAccess: f('allow_virtual_network_access', flags.access),
    allowForwardedTraffic: f('allow_forwarded_traffic', flags.forwarded),
    allowGatewayTransit: f('allow_gateway_transit', flags.transit),
    useRemoteGateways: f('use_remote_gateways', flags.remoteGateways),
  };
}

/** An inventory with only what the peering rules read. */
export function inventoryOf(parts: Partial<InventoryParts>): Inventory {
  return makeInventory({ regional: [], gatewayIntegrations: [], gateways: [], peerings: [], tree: tree(), ...parts });
}

/**
 * A gateway-transit peering model, hub side first. Without roles, purpose and roles are read from
 * the flags, as for a hand-written peering.
 */
export function transitPeering(path: string, hub: VnetModel, spoke: VnetModel, hubFlags = {}, spokeFlags = {}, withRoles = true): PeeringModel {
  const sides = [
    sideOf(`${path}/Hub`, hub, spoke, { access: true, forwarded: true, transit: true, ...hubFlags }, 'hub'),
    sideOf(`${path}/Spoke`, spoke, hub, { access: true, forwarded: true, remoteGateways: true, ...spokeFlags }, 'spoke'),
  ];
  if (withRoles) return { path, purpose: 'gateway-transit', kind: 'gateway-transit', sides, gateway: undefined };
  const inferred = inferPeering(sides.map(({ role: _r, ...s }): UnplacedSide => s));
  return { path, purpose: inferred.purpose, kind: 'azurerm_virtual_network_peering', sides: inferred.sides, gateway: undefined };
}
