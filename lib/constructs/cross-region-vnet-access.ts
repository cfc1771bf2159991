import type { LinuxFunctionApp } from '@cdktf/provider-azurerm/lib/linux-function-app';
import type { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import type { LogicAppStandard } from '@cdktf/provider-azurerm/lib/logic-app-standard';
import type { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import type { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import type { WindowsFunctionApp } from '@cdktf/provider-azurerm/lib/windows-function-app';
import type { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { parseResourceId } from '../facts/resource-id';
import { isResourceOfType } from '../adapter/tokens';
import { chooseProvider } from '../adapter/providers';
import { isToken } from '../adapter/values';
import { IServicePlanReference, ServicePlanReference } from '../references/service-plan-reference';
import { ISubnetReference } from '../references/subnet-reference';
import { IVirtualNetworkReference, VirtualNetworkReference } from '../references/virtual-network-reference';
import { IWebAppReference } from '../references/web-app-reference';
import { checkCidrList, checkKind, checkOptionalName, NAMES, propsError, requireObject } from './props-checks';
import { describeValue } from '../text/describe-value';
import { RegionalVnetIntegration } from './regional-vnet-integration';
import { VnetPeering } from './vnet-peering';

const NAME = 'CrossRegionVnetAccess';
const VNET_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}[A-Za-z0-9_]$|^[A-Za-z0-9]$/;

/** The local virtual network CrossRegionVnetAccess creates in the plan's region. */
export interface LocalVirtualNetworkOptions {
  /**
   * Address space of the local network, for example ["10.1.0.0/16"]. It must not overlap the remote
   * network's address space (rule VNI-P005) and must hold the integration subnet (rule VNI-R006).
   */
  readonly addressSpace: string[];
  /**
   * Name of the network.
   * @default "vnet-appservice-" followed by a hash of the construct path
   */
  readonly name?: string;
  /**
   * Resource group of the network.
   * @default - the plan's resource group
   */
  readonly resourceGroupName?: string;
  /**
   * Region of the network; it must be the plan's region (rule VNI-R010).
   * @default - the plan's location
   */
  readonly location?: string;
}

/** Properties of a CrossRegionVnetAccess. */
export interface CrossRegionVnetAccessProps {
  /** The App Service plan whose apps reach the remote network: an azurerm ServicePlan or an imported reference. */
  readonly plan: ServicePlan | IServicePlanReference;
  /**
   * Apps of the plan to connect. More can be added with addApp().
   * @default - none yet; add them with addApp()
   */
  readonly apps?: Array<WindowsWebApp | LinuxWebApp | WindowsFunctionApp | LinuxFunctionApp | LogicAppStandard | IWebAppReference>;
  /** The network to reach, usually in another region: an azurerm VirtualNetwork or an imported reference. */
  readonly remoteVirtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  /**
   * An existing network in the plan's region to integrate with. Give exactly one of
   * localVirtualNetwork and localNetwork.
   * @default - a network is created from localNetwork
   */
  readonly localVirtualNetwork?: VirtualNetwork | IVirtualNetworkReference;
  /**
   * The local network to create in the plan's region. Give exactly one of localVirtualNetwork and
   * localNetwork.
   * @default - none; required unless localVirtualNetwork is given
   */
  readonly localNetwork?: LocalVirtualNetworkOptions;
  /**
   * Address prefix of the integration subnet to create in the local network, for example
   * "10.1.0.0/26". Give exactly one of subnetAddressPrefix and subnet.
   * @default - none; required unless subnet is given
   */
  readonly subnetAddressPrefix?: string;
  /**
   * An existing subnet of the local network to adopt instead of creating one.
   * @default - a new subnet is created from subnetAddressPrefix
   */
  readonly subnet?: Subnet | ISubnetReference;
  /**
   * Name of the integration subnet to create.
   * @default "snet-appservice-" followed by a hash of the construct path
   */
  readonly subnetName?: string;
  /**
   * The most instances the plan will scale to, checked against the subnet's free addresses.
   * @default - the plan's worker_count or maximum_elastic_worker_count when set, else not checked
   */
  readonly maxInstances?: number;
  /**
   * Send all outbound traffic of the apps through the virtual network.
   * @default true
   */
  readonly routeAllTraffic?: boolean;
  /**
   * Create the peering's side on the remote network too. Turn it off when someone else manages the
   * remote network and creates that side.
   * @default true
   */
  readonly createRemoteSide?: boolean;
  /**
   * Provider for the peering's remote side: an explicit override (see VnetPeeringProps.remoteProvider).
   * @default - the remote network's own provider, or the provider of this stack for its subscription
   */
  readonly remoteProvider?: TerraformProvider;
}

/**
 * Lets the apps of a plan reach a virtual network in another region without a gateway: regional
 * integration into a network of the plan's own region, plus a global peering from that network to
 * the remote one.
 *
 * This replaces gateway-required integration (which is being retired) for the common case of
 * reaching a network in another region. The apps send from the integration subnet
 * (outboundAddressPrefixes), so that is the range to allow on the remote side.
 */
export class CrossRegionVnetAccess extends Construct {
  /** The regional integration into the local network. */
  public readonly integration: RegionalVnetIntegration;
  /** The global peering between the local and the remote network. */
  public readonly peering: VnetPeering;
  /** The local network: created here or given. */
  public readonly localVirtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  /** The remote network. */
  public readonly remoteVirtualNetwork: VirtualNetwork | IVirtualNetworkReference;

  constructor(scope: Construct, id: string, props: CrossRegionVnetAccessProps) {
    super(scope, id);
    const p = requireObject(this, NAME, props);
    if ((p.localVirtualNetwork === undefined) === (p.localNetwork === undefined)) {
      throw propsError(this, NAME, 'localVirtualNetwork', `or "localNetwork": give exactly one (an existing network to integrate with, or the options of a network to create), got ${p.localNetwork === undefined ? 'neither' : 'both'}`);
    }
    const isNetwork = (v: unknown) => isResourceOfType(v, 'azurerm_virtual_network') || VirtualNetworkReference.isVirtualNetworkReference(v);
    const NETWORK = 'an azurerm VirtualNetwork or VirtualNetworkReference.fromVirtualNetworkAttributes(...)';
    if (p.localVirtualNetwork !== undefined) checkKind(this, NAME, 'localVirtualNetwork', p.localVirtualNetwork, isNetwork(p.localVirtualNetwork), NETWORK);
    checkKind(this, NAME, 'remoteVirtualNetwork', p.remoteVirtualNetwork, isNetwork(p.remoteVirtualNetwork), NETWORK);
    checkKind(this, NAME, 'plan', p.plan, isResourceOfType(p.plan, 'azurerm_service_plan') || ServicePlanReference.isServicePlanReference(p.plan), 'an azurerm ServicePlan or ServicePlanReference.fromServicePlanAttributes(...)');

    this.remoteVirtualNetwork = props.remoteVirtualNetwork;
    this.localVirtualNetwork = props.localVirtualNetwork ?? this.createLocalNetwork(props.localNetwork, props.plan);

    this.integration = new RegionalVnetIntegration(this, 'Integration', {
      plan: props.plan,
      apps: props.apps,
      virtualNetwork: this.localVirtualNetwork,
      subnetAddressPrefix: props.subnetAddressPrefix,
      subnet: props.subnet,
      subnetName: props.subnetName,
      maxInstances: props.maxInstances,
      routeAllTraffic: props.routeAllTraffic,
    });
    this.peering = new VnetPeering(this, 'Peering', {
      virtualNetwork: this.localVirtualNetwork,
      remoteVirtualNetwork: props.remoteVirtualNetwork,
      createRemoteSide: props.createRemoteSide,
      remoteProvider: props.remoteProvider,
    });
  }

  /**
   * The addresses the apps send from: the whole integration subnet. Allow this range in network
   * security groups and firewalls of the remote network.
   */
  public get outboundAddressPrefixes(): string[] {
    return this.integration.outboundAddressPrefixes;
  }

  /** Connects another app of the plan. */
  public addApp(app: WindowsWebApp | LinuxWebApp | WindowsFunctionApp | LinuxFunctionApp | LogicAppStandard | IWebAppReference): void {
    this.integration.addApp(app);
  }

  private createLocalNetwork(options: unknown, plan: ServicePlan | IServicePlanReference): VirtualNetwork {
    const o = options as Record<string, unknown>;
    if (o === null || typeof o !== 'object' || Array.isArray(o)) {
      throw propsError(this, NAME, 'localNetwork', `must be an object with addressSpace, got ${describeValue(options)}`);
    }
    checkCidrList(this, NAME, 'localNetwork.addressSpace', o.addressSpace, true, '["10.1.0.0/16"]', 'any');
    if (o.name !== undefined && !isToken(o.name) && (typeof o.name !== 'string' || !VNET_NAME.test(o.name))) {
      throw propsError(this, NAME, 'localNetwork.name', `must be 2 to 64 letters, digits, "_", "." or "-", got ${describeValue(o.name)}`);
    }
    checkOptionalName(this, NAME, 'localNetwork.location', o.location, NAMES.location);
    checkOptionalName(this, NAME, 'localNetwork.resourceGroupName', o.resourceGroupName, NAMES.resourceGroup);
    const planFacts = this.planPlacement(plan);
    const location = (o.location as string | undefined) ?? planFacts.location;
    const resourceGroupName = (o.resourceGroupName as string | undefined) ?? planFacts.resourceGroupName;
    if (location === undefined) {
      throw propsError(this, NAME, 'localNetwork.location', 'is required when the plan is an imported reference without a location, got nothing (undefined); accepted: an Azure region such as "westeurope"');
    }
    if (resourceGroupName === undefined) {
      throw propsError(this, NAME, 'localNetwork.resourceGroupName', 'is required when the plan ID does not name a resource group, got nothing (undefined); accepted: the name of a resource group');
    }
    return new VirtualNetwork(this, 'LocalNetwork', {
      name: (o.name as string | undefined) ?? `vnet-appservice-${this.node.addr.substring(0, 8)}`,
      location,
      resourceGroupName,
      addressSpace: o.addressSpace as string[],
      // In the plan's resource group, so with the plan's provider (its subscription).
      provider: chooseProvider(this, plan).provider,
    });
  }

  /** Region and resource group of the plan, as configured (plain values when the user gave them). */
  private planPlacement(plan: ServicePlan | IServicePlanReference): { location?: string; resourceGroupName?: string } {
    if (ServicePlanReference.isServicePlanReference(plan)) {
      const id = plan.attributes.servicePlanId;
      return { location: plan.attributes.location, resourceGroupName: isToken(id) ? undefined : parseResourceId(id)?.resourceGroup };
    }
    const sp = plan as ServicePlan;
    return { location: sp.locationInput ?? sp.location, resourceGroupName: sp.resourceGroupNameInput ?? sp.resourceGroupName };
  }
}
