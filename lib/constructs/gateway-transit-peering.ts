import type { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { VirtualNetworkPeering } from '@cdktf/provider-azurerm/lib/virtual-network-peering';
import { ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ModelContext } from '../inventory/model-source';
import { gatewayModel, vnetModel } from '../inventory/resource-models';
import { isResourceOfType } from '../adapter/tokens';
import { markOwned } from '../adapter/markers';
import { PlacementRecorder } from '../adapter/providers';
import { ValidationHub } from '../inventory/validation-hub';
import { fact, isToken } from '../adapter/values';
import { parseCidr } from '../net/cidr';
import { describeValue } from '../text/describe-value';
import { inStackOf } from '../adapter/dependencies';
import { PeeringModel, PeeringSideModel } from '../model/peering';
import { IPointToSiteGateway } from '../references/point-to-site-gateway-reference';
import { IVirtualNetworkReference, VirtualNetworkReference } from '../references/virtual-network-reference';
import { GatewayInternals, isGateway } from '../references/gateway-hooks';
import { checkCidrList, checkOptionalBoolean, checkOptionalName, NAMES, propsError, requireObject } from './props-checks';

const NAME = 'GatewayTransitPeering';

/** Properties of a GatewayTransitPeering. */
export interface GatewayTransitPeeringProps {
  /**
   * The hub's point-to-site gateway (PointToSiteGateway or an adopted reference). Its network is
   * the hub; apps connected through it reach the spoke.
   */
  readonly gateway: IPointToSiteGateway;
  /** The spoke network, peered with the hub: an azurerm VirtualNetwork or an imported reference. */
  readonly spokeVirtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  /**
   * The spoke ranges to add as plan routes on every integration that uses the gateway.
   * @default - the spoke's address space (must then be literal)
   */
  readonly spokeAddressPrefixes?: string[];
  /**
   * Add the spoke ranges as plan routes of every current and future GatewayVnetIntegration on the
   * gateway. The documents require it: without the routes, apps do not send spoke traffic into the hub.
   * @default true
   */
  readonly addPlanRoutes?: boolean;
  /**
   * Name of the hub-to-spoke peering.
   * @default "peer-" + hub name + "-to-" + spoke name
   */
  readonly hubToSpokeName?: string;
  /**
   * Name of the spoke-to-hub peering.
   * @default "peer-" + spoke name + "-to-" + hub name
   */
  readonly spokeToHubName?: string;
}

/**
 * Peers a spoke network with the hub that holds a point-to-site gateway, so apps connected through
 * the gateway (gateway-required integration) reach the spoke:
 * - hub side: virtual network access, forwarded traffic and gateway transit allowed;
 * - spoke side: virtual network access, forwarded traffic and use of the remote gateway;
 * - the spoke side is created after the hub side and after the gateway (otherwise the first apply
 *   fails because the hub does not offer transit yet);
 * - every GatewayVnetIntegration on the gateway, current or future, gets a plan route per spoke range.
 *
 * Each side is created with its own network's provider (hub and spoke may be in different subscriptions).
 */
export class GatewayTransitPeering extends Construct {
  /** Hub-to-spoke peering (allows gateway transit). */
  public readonly hubToSpoke: VirtualNetworkPeering;
  /** Spoke-to-hub peering (uses the remote gateway). */
  public readonly spokeToHub: VirtualNetworkPeering;
  /** The gateway. */
  public readonly gateway: IPointToSiteGateway;
  /** The spoke network. */
  public readonly spokeVirtualNetwork: VirtualNetwork | IVirtualNetworkReference;

  constructor(scope: Construct, id: string, props: GatewayTransitPeeringProps) {
    super(scope, id);
    const p = requireObject(this, NAME, props);
    if (!isGateway(p.gateway)) {
      throw propsError(this, NAME, 'gateway', `must be a PointToSiteGateway or PointToSiteGatewayReference.fromGatewayAttributes(...), got ${describeValue(p.gateway)}`);
    }
    const spoke = p.spokeVirtualNetwork;
    if (!isResourceOfType(spoke, 'azurerm_virtual_network') && !VirtualNetworkReference.isVirtualNetworkReference(spoke)) {
      throw propsError(this, NAME, 'spokeVirtualNetwork', `must be an azurerm VirtualNetwork or VirtualNetworkReference.fromVirtualNetworkAttributes(...), got ${describeValue(spoke)}`);
    }
    checkCidrList(this, NAME, 'spokeAddressPrefixes', p.spokeAddressPrefixes, false, '["10.1.0.0/16"]');
    checkOptionalBoolean(this, NAME, 'addPlanRoutes', p.addPlanRoutes);
    checkOptionalName(this, NAME, 'hubToSpokeName', p.hubToSpokeName, NAMES.peering);
    checkOptionalName(this, NAME, 'spokeToHubName', p.spokeToHubName, NAMES.peering);

    this.gateway = props.gateway;
    this.spokeVirtualNetwork = props.spokeVirtualNetwork;
    const gw = props.gateway as unknown as IPointToSiteGateway & GatewayInternals;
    const hub = endpoint(gw.virtualNetwork);
    const sp = endpoint(props.spokeVirtualNetwork);

    // A gateway of another stack is ordered by the stack dependency, not depends_on (see inStackOf).
    const gatewayResource = inStackOf(this, gw._dependable());
    this.hubToSpoke = new VirtualNetworkPeering(this, 'HubToSpoke', {
      name: props.hubToSpokeName ?? `peer-${hub.name}-to-${sp.name}`,
      resourceGroupName: hub.resourceGroupName,
      virtualNetworkName: hub.name,
      remoteVirtualNetworkId: sp.id,
      allowVirtualNetworkAccess: true,
      allowForwardedTraffic: true,
      allowGatewayTransit: true,
      useRemoteGateways: false,
      // Gateway transit is offered only once the hub has its gateway.
      dependsOn: gatewayResource ? [gatewayResource] : undefined,
    });
    markOwned(this.hubToSpoke);
    // Each side is a child of its own network: written with that network's provider.
    const placements = new PlacementRecorder(this);
    placements.place(this.hubToSpoke, gw.virtualNetwork, 'hub-to-spoke peering', 'hub virtual network');
    const after: ITerraformDependable[] = [this.hubToSpoke];
    if (gatewayResource) after.push(gatewayResource);
    this.spokeToHub = new VirtualNetworkPeering(this, 'SpokeToHub', {
      name: props.spokeToHubName ?? `peer-${sp.name}-to-${hub.name}`,
      resourceGroupName: sp.resourceGroupName,
      virtualNetworkName: sp.name,
      remoteVirtualNetworkId: hub.id,
      allowVirtualNetworkAccess: true,
      allowForwardedTraffic: true,
      allowGatewayTransit: false,
      useRemoteGateways: true,
      // use_remote_gateways fails until the hub offers transit and its gateway exists (azurerm #2872).
      dependsOn: after,
    });
    markOwned(this.spokeToHub);
    placements.place(this.spokeToHub, props.spokeVirtualNetwork, 'spoke-to-hub peering', 'spoke virtual network');

    if (props.addPlanRoutes ?? true) {
      const prefixes = props.spokeAddressPrefixes ?? spokeSpace(props.spokeVirtualNetwork);
      if (prefixes === undefined) {
        throw propsError(this, NAME, 'spokeAddressPrefixes', "is required when the spoke's address space is not known at synth time (a token or not given), got nothing (undefined); accepted: the spoke's ranges such as [\"10.1.0.0/16\"] (or a list token), or addPlanRoutes false");
      }
      gw._addTransitRoutes(prefixes);
    }

    ValidationHub.of(this).register({ construct: this, contribute: (b, ctx) => (b.peerings.push(this.model(ctx)), b.placements.push(...placements.models(ctx.configurations))) });
  }

  private model(ctx: ModelContext): PeeringModel {
    const hub = vnetModel(this.gateway.virtualNetwork, ctx);
    const spoke = vnetModel(this.spokeVirtualNetwork, ctx);
    // Read back what the peering resources say, so an escape-hatch change to a flag is still judged.
    const side = (r: VirtualNetworkPeering, local: typeof hub, remote: typeof hub, role: 'hub' | 'spoke'): PeeringSideModel => ({
      path: r.node.path,
      local,
      remote,
      role,
      // azurerm defaults when an escape hatch removes one: access on, the others off.
      allowVirtualNetworkAccess: fact('allow_virtual_network_access', r.allowVirtualNetworkAccessInput ?? true),
      allowForwardedTraffic: fact('allow_forwarded_traffic', r.allowForwardedTrafficInput ?? false),
      allowGatewayTransit: fact('allow_gateway_transit', r.allowGatewayTransitInput ?? false),
      useRemoteGateways: fact('use_remote_gateways', r.useRemoteGatewaysInput ?? false),
    });
    return {
      path: this.node.path,
      kind: 'gateway-transit',
      purpose: 'gateway-transit',
      gateway: gatewayModel(this.gateway, ctx),
      sides: [side(this.hubToSpoke, hub, spoke, 'hub'), side(this.spokeToHub, spoke, hub, 'spoke')],
    };
  }
}

function endpoint(v: VirtualNetwork | IVirtualNetworkReference): { id: string; name: string; resourceGroupName: string } {
  if (VirtualNetworkReference.isVirtualNetworkReference(v)) return { id: v.virtualNetworkId, name: v.name, resourceGroupName: v.resourceGroupName };
  const r = v as VirtualNetwork;
  return { id: r.id, name: r.name, resourceGroupName: r.resourceGroupName };
}

/**
 * The spoke's IPv4 address space when it is literal. IPv6 blocks of a dual-stack spoke are left
 * out: plan routes carry IPv4 ranges (App Service sends IPv4 into the network).
 */
function spokeSpace(v: VirtualNetwork | IVirtualNetworkReference): string[] | undefined {
  const space = VirtualNetworkReference.isVirtualNetworkReference(v) ? v.attributes.addressSpace : (v as TerraformResource & { addressSpaceInput?: string[] }).addressSpaceInput;
  if (space === undefined || isToken(space) || space.some((s) => isToken(s))) return undefined;
  return space.filter((s) => {
    const r = parseCidr(s);
    return !r.ok || r.block.family === 'ipv4';
  });
}
