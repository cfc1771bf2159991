/** Small builders shared by the peering tests: stacks with a provider, networks, plans and apps. */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationHub } from '../../lib/inventory/validation-hub';
import { given, missing } from '../../lib/model/fact';
import { known, token } from './models';
import { PointToSiteGatewayModel } from '../../lib/model/gateway';
import { Inventory, InventoryParts, VnetModel } from '../../lib/model/inventory';
import { makeInventory } from '../../lib/model/inventory-index';
import { ModelContext } from '../../lib/inventory/model-source';
import { k } from './keys';
import { isResourceKey } from '../../lib/model/resource-key';
import { tree } from './models';
import { inferPeering, PeeringModel, PeeringRole, PeeringSideModel, UnplacedSide } from '../../lib/model/peering';
import { gateway as gatewayModel } from '../rules/gateway/models';

export function stackIn(app: App, id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return stack;
}

export function vnet(scope: Construct, id: string, addressSpace: string[], location = 'westeurope'): VirtualNetwork {
  return new VirtualNetwork(scope, id, { name: `vnet-${id.toLowerCase()}`, location, resourceGroupName: 'rg-net', addressSpace });
}

export function planAndApp(scope: Construct, id: string, location = 'westeurope'): { plan: ServicePlan; app: WindowsWebApp } {
  const plan = new ServicePlan(scope, `${id}Plan`, { name: `plan-${id.toLowerCase()}`, location, resourceGroupName: 'rg-app', osType: 'Windows', skuName: 'P1v3' });
  const app = new WindowsWebApp(scope, `${id}App`, {
    name: `app-${id.toLowerCase()}`, location, resourceGroupName: 'rg-app', servicePlanId: plan.id, siteConfig: {},
  });
  return { plan, app };
}

export { synthError } from './stacks';

/** Every finding of the app for one rule. */
export function findingsOf(app: App, ruleId: string) {
  return ValidationHub.of(app).findings().filter((f) => f.ruleId === ruleId);
}

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

/**
 * Stands in for the gateway capability's PointToSiteGateway: a construct that contributes a gateway
 * model for a network (built on another branch; the rules only need the model).
 */
export class FakeGateway extends Construct {
  constructor(scope: Construct, id: string, network: VirtualNetwork, pool: string[]) {
    super(scope, id);
    const { vnetModel } = require('../../lib/inventory/resource-models') as typeof import('../../lib/inventory/resource-models');
    const model = (ctx: ModelContext): PointToSiteGatewayModel => ({
      ...gatewayModel(),
      path: this.node.path,
      key: k(`gw:${this.node.path}`),
      vnet: vnetModel(network, ctx),
      pointToSitePool: known('point-to-site pool', pool),
    });
    ValidationHub.of(this).register({ construct: this, contribute: (b, ctx) => b.gateways.push(model(ctx)) });
  }
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

/**
 * Stands in for GatewayTransitPeering (built on the gateway branch): a construct that creates the
 * two raw peerings with the given flags and contributes a gateway-transit model.
 */
export class FakeTransitPeering extends Construct {
  constructor(scope: Construct, id: string, hub: VirtualNetwork, spoke: VirtualNetwork, hubFlags = {}, spokeFlags = {}) {
    super(scope, id);
    const { vnetModel } = require('../../lib/inventory/resource-models') as typeof import('../../lib/inventory/resource-models');
    const model = (ctx: ModelContext): PeeringModel => transitPeering(this.node.path, vnetModel(hub, ctx), vnetModel(spoke, ctx), hubFlags, spokeFlags);
    ValidationHub.of(this).register({ construct: this, contribute: (b, ctx) => b.peerings.push(model(ctx)) });
  }
}
