/**
 * The plain model of a cdktf app that the rules judge. Constructs and references fill it in; rules
 * only read it, so every rule can be tested without synthesis.
 */
import type { Fact } from './fact';
import type { GatewayIntegrationModel, PointToSiteGatewayModel } from './gateway';
import type { InventoryIndex } from './inventory-index';
import type { PeeringModel } from './peering';
import type { PlacementModel } from './placement';
import type { ResourceKey } from './resource-key';

/** Operating system of an app or plan. */
export type OsType = 'Windows' | 'Linux' | 'WindowsContainer';

export interface PlanModel {
  /** Key that identifies the plan across the app (reference key of its ID). */
  readonly key: ResourceKey;
  /** Construct path, or the resource ID for an imported plan. */
  readonly label: string;
  /** True for an azurerm_service_plan declared in the app (its ID is known only after apply). */
  readonly declared: boolean;
  /** Resource ID (a token for a plan declared in the app). */
  readonly id: Fact<'string'>;
  readonly skuName: Fact<'string'>;
  /** "Windows", "Linux" or "WindowsContainer" (read with readOsType). */
  readonly osType: Fact<'string'>;
  readonly location: Fact<'location'>;
  /** The App Service Environment the plan runs in; unset for a multi-tenant plan. */
  readonly appServiceEnvironmentId: Fact<'string'>;
  /** Instances the plan is configured with (worker_count). */
  readonly workerCount: Fact<'number'>;
  /** Elastic Premium burst limit (maximum_elastic_worker_count). */
  readonly maximumElasticWorkerCount: Fact<'number'>;
  /**
   * Name and resource group of the plan, lower case, when both are literal (the resource's
   * configuration, or the parts of an imported plan's ID). Lets rules tell that a plan resource and
   * a plan imported by ID are the same plan. Undefined when either is not literal.
   */
  readonly nameInGroup: string | undefined;
  /**
   * Subscription of a plan resource declared in the app, lower case, when its azurerm provider sets
   * subscription_id literally (undefined otherwise and for imported plans).
   */
  readonly subscriptionId: string | undefined;
}

export type AppKind =
  | 'azurerm_windows_web_app'
  | 'azurerm_linux_web_app'
  | 'azurerm_windows_function_app'
  | 'azurerm_linux_function_app'
  | 'azurerm_logic_app_standard'
  | 'azurerm_function_app_flex_consumption'
  | 'imported';

export interface AppModel {
  readonly key: ResourceKey;
  readonly label: string;
  readonly kind: AppKind;
  readonly name: Fact<'string'>;
  /** "Windows", "Linux" or "WindowsContainer" (read with readOsType). */
  readonly osType: Fact<'string'>;
  readonly location: Fact<'location'>;
  /** Reference key of the service_plan_id the app is configured with. */
  readonly planKey: ResourceKey | undefined;
  readonly appSettings: Fact<'settings'>;
  /**
   * Whether an imported app is a Flex Consumption function app, as its reference states; undefined
   * when not stated (generated apps say it by their kind).
   */
  readonly flexConsumption?: boolean;
  /**
   * Imported apps only: route-all as the user stated it (routeAllEnabled), since a swift
   * connection does not set it. Undefined for generated apps, which get the integration's
   * routeAllTraffic.
   */
  readonly routeAllEnabled?: Fact<'boolean'>;
}

export interface VnetModel {
  readonly key: ResourceKey;
  /** Keys that subnets use to point at this network (they name it, not its ID). */
  readonly nameKeys: readonly ResourceKey[];
  readonly label: string;
  /** Resource ID (a token for a network declared in the app). */
  readonly id: Fact<'string'>;
  readonly name: Fact<'string'>;
  readonly location: Fact<'location'>;
  readonly addressSpace: Fact<'blocks'>;
  /**
   * Subscription of a network resource declared in the app, lower case, when its azurerm provider
   * sets subscription_id literally (undefined otherwise and for imported networks).
   */
  readonly subscriptionId: string | undefined;
  /** True for an azurerm_virtual_network declared in the app (its gateways are in the tree too). */
  readonly declared: boolean;
}

export interface SubnetModel {
  readonly key: ResourceKey;
  readonly label: string;
  readonly name: Fact<'string'>;
  readonly addressPrefixes: Fact<'blocks'>;
  /** Services the subnet is delegated to (after the construct added its own delegation); unset: none. */
  readonly delegations: Fact<'strings'>;
  /** True when the construct created the subnet. */
  readonly created: boolean;
  /**
   * What uses the subnet besides the integration, as the user stated it for an imported subnet.
   * Unset for subnets of the tree: the tree scan sees their occupants.
   */
  readonly occupants: Fact<'strings'>;
}

export interface RegionalIntegrationModel {
  readonly path: string;
  readonly plan: PlanModel;
  readonly apps: readonly AppModel[];
  readonly vnet: VnetModel;
  readonly subnet: SubnetModel;
  /** The most instances the user says the plan scales to (maxInstances); unset when not given. */
  readonly maxInstances: Fact<'number'>;
  /** vnet_route_all_enabled on the apps (routeAllTraffic, default true). */
  readonly routeAllTraffic: Fact<'boolean'>;
  readonly hasNetworkSecurityGroup: boolean;
  readonly hasRouteTable: boolean;
  /** Service endpoints of the integration subnet (serviceEndpoints); unset when not given. */
  readonly serviceEndpoints: Fact<'strings'>;
}

/** A resource found in the construct tree that is not one of ours but matters to a rule. */
export interface TreeResource {
  readonly path: string;
  readonly type: string;
  /** The attribute that names the subnet, for subnet occupants (`ip_configuration.subnet_id`). */
  readonly attribute?: string;
}

/** Facts gathered from one scan of the whole construct tree. */
export interface TreeFacts {
  /** swift connections keyed by the reference key of their app_service_id. */
  readonly swiftConnectionsByApp: ReadonlyMap<ResourceKey, readonly TreeResource[]>;
  /** Resources that occupy a subnet, keyed by the reference key of the subnet ID they use. */
  readonly subnetOccupants: ReadonlyMap<ResourceKey, readonly TreeResource[]>;
  /** Subnets declared in the tree, keyed by the reference key of their virtual network name/ID. */
  readonly subnetsByVnet: ReadonlyMap<ResourceKey, readonly TreeSubnet[]>;
  /**
   * azurerm_virtual_network_gateway resources in the tree, keyed by the name key of the virtual
   * network their subnet lies in (the keys of `subnetsByVnet` and `VnetModel.nameKeys`).
   */
  readonly gatewaysByVnet: ReadonlyMap<ResourceKey, readonly TreeResource[]>;
  /** azurerm_virtual_network_gateway resources whose virtual network could not be told. */
  readonly unplacedGateways: readonly TreeResource[];
  /**
   * ExpressRoute gateways (azurerm_virtual_network_gateway with type ExpressRoute), keyed by the
   * name key of the virtual network their ip_configuration subnet belongs to.
   */
  readonly expressRouteGatewaysByVnet: ReadonlyMap<ResourceKey, readonly TreeResource[]>;
  /**
   * Apps connected to a subnet by the user's own configuration: virtual_network_subnet_id on a
   * generated app, or an azurerm_app_service_virtual_network_swift_connection this library did
   * not create. Includes the apps the integration constructs wired (rules skip those by app key).
   */
  readonly subnetLinks: readonly SubnetLink[];
  /**
   * azurerm_monitor_autoscale_setting resources (not disabled), keyed by the reference key of their
   * target_resource_id (a plan's ID), with the highest profile capacity maximum.
   */
  readonly autoscaleByTarget: ReadonlyMap<ResourceKey, readonly AutoscaleFact[]>;
  /**
   * Network security groups and route tables associated with a subnet by the user's own
   * azurerm_subnet_*_association resources, keyed by the reference key of the subnet ID.
   */
  readonly subnetPolicies: ReadonlyMap<ResourceKey, readonly SubnetPolicy[]>;
  /** Terraform outputs of the app with the resource attributes their values reference. */
  readonly outputs: readonly OutputFact[];
  /** VPN gateways and GatewaySubnets per network (inventory/gateway-placement-scan.ts). */
  readonly gatewayPlacement: GatewayPlacementFacts;
  /**
   * Inline `subnet` blocks of the azurerm_virtual_network resources that have any, keyed by the
   * network's VnetModel.key (the reference key of its ID).
   */
  readonly inlineSubnetsByVnet: ReadonlyMap<ResourceKey, InlineSubnets>;
  /** Each TerraformLocal, by its reference key (`local.<name>`), with the keys its expression reads. */
  readonly localReferences: ReadonlyMap<ResourceKey, readonly ResourceKey[]>;
  /** Apps whose app settings or connection strings read resource attributes, with the keys they read. */
  readonly appSettings: readonly AppSettingsFact[];
}

/** A resource of the tree placed in a network, with the key other values use for its ID. */
export interface PlacedResource {
  readonly path: string;
  readonly key: ResourceKey;
}

/**
 * What one network holds that Azure allows once per network, across the whole app, keyed by the
 * name key of the network (the keys of `TreeFacts.subnetsByVnet` and `VnetModel.nameKeys`).
 */
export interface GatewayPlacementFacts {
  /** azurerm_virtual_network_gateway resources of type Vpn (created by PointToSiteGateway or by hand). */
  readonly vpnGatewaysByVnet: ReadonlyMap<ResourceKey, readonly PlacedResource[]>;
  /** azurerm_subnet resources named GatewaySubnet (created by PointToSiteGateway or by hand). */
  readonly gatewaySubnetsByVnet: ReadonlyMap<ResourceKey, readonly PlacedResource[]>;
}

/** The references inside an app's app_settings (and connection strings). */
export interface AppSettingsFact {
  readonly path: string;
  readonly type: string;
  readonly references: readonly ResourceKey[];
}

/** The inline `subnet` blocks of one azurerm_virtual_network. */
export interface InlineSubnets {
  /** Construct path of the virtual network. */
  readonly path: string;
  readonly subnets: readonly InlineSubnet[];
  /** Why the blocks cannot be read (a token as a whole); undefined when they can. */
  readonly unreadable: string | undefined;
}

/** One inline `subnet` block. */
export interface InlineSubnet {
  /** The network's path and the block's name (or position), for messages. */
  readonly path: string;
  readonly name: Fact<'string'>;
  readonly prefixes: Fact<'blocks'>;
}

/** A subnet declared in the tree (any azurerm_subnet), for overlap checks. */
export interface TreeSubnet {
  readonly key: ResourceKey;
  readonly path: string;
  /** The subnet's name (name). Optional for inventories built by hand. */
  readonly name?: Fact<'string'>;
  readonly prefixes: Fact<'blocks'>;
}

/** A network security group or route table associated with a subnet outside the constructs. */
export interface SubnetPolicy {
  readonly path: string;
  readonly kind: 'network security group' | 'route table';
}

/** A TerraformOutput: whether it is marked sensitive and the reference keys inside its value. */
export interface OutputFact {
  readonly path: string;
  readonly sensitive: boolean;
  /** Reference keys of every resource attribute the value uses. */
  readonly references: readonly ResourceKey[];
}

/** The most instances an autoscale setting can scale its target to. */
export interface AutoscaleFact {
  readonly path: string;
  /** Highest capacity maximum over the profiles (a token when any profile's is one). */
  readonly maximum: Fact<'number'>;
}

/** One app-to-subnet connection found in the tree. */
export interface SubnetLink {
  /** Construct path of the app or swift connection that makes the connection. */
  readonly path: string;
  readonly type: string;
  /** Reference key of the app's ID, when it can be told. */
  readonly appKey: ResourceKey | undefined;
  /** Reference key of the app's plan ID, when the app is declared in the tree. */
  readonly planKey: ResourceKey | undefined;
  /** Reference key of the subnet ID. */
  readonly subnetKey: ResourceKey;
}

/** The models the constructs and the tree scan contribute. */
export interface InventoryParts {
  readonly regional: readonly RegionalIntegrationModel[];
  /** Gateway-required integrations (GatewayVnetIntegration). */
  readonly gatewayIntegrations: readonly GatewayIntegrationModel[];
  /** Point-to-site gateways (PointToSiteGateway, created or adopted). */
  readonly gateways: readonly PointToSiteGatewayModel[];
  /** Peering constructs and hand-written peerings. */
  readonly peerings: readonly PeeringModel[];
  /**
   * The provider configuration of each resource the constructs create or adopt, beside the
   * subscription of what it belongs to (VNI-R024). Left out by inventories built without constructs.
   */
  readonly placements?: readonly PlacementModel[];
  readonly tree: TreeFacts;
}

/** Everything the rules see: the parts and one index over them (model/inventory-index.ts). */
export interface Inventory extends InventoryParts {
  readonly index: InventoryIndex;
}
