/** Small builders shared by the peering tests: stacks with a provider, networks, plans and apps. */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationHub } from '../../lib/inventory/validation-hub';
import { known } from './models';
import { PointToSiteGatewayModel } from '../../lib/model/gateway';
import { ModelContext } from '../../lib/inventory/model-source';
import { k } from './keys';
import { PeeringModel } from '../../lib/model/peering';
import { gateway as gatewayModel } from '../rules/gateway/models';
import { transitPeering } from './peering-models';

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
export { inventoryOf, sideOf, transitPeering, vnetModelOf } from './peering-models';

/** Every finding of the app for one rule. */
export function findingsOf(app: App, ruleId: string) {
  return ValidationHub.of(app).findings().filter((f) => f.ruleId === ruleId);
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
