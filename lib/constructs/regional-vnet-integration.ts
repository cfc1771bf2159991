import type { FunctionAppFlexConsumption } from '@cdktf/provider-azurerm/lib/function-app-flex-consumption';
import type { LinuxFunctionApp } from '@cdktf/provider-azurerm/lib/linux-function-app';
import type { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import type { LogicAppStandard } from '@cdktf/provider-azurerm/lib/logic-app-standard';
import type { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import type { RouteTable } from '@cdktf/provider-azurerm/lib/route-table';
import type { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import type { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import type { WindowsFunctionApp } from '@cdktf/provider-azurerm/lib/windows-function-app';
import type { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { AppServiceVirtualNetworkSwiftConnection } from '@cdktf/provider-azurerm/lib/app-service-virtual-network-swift-connection';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { SubnetNetworkSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/subnet-network-security-group-association';
import { SubnetRouteTableAssociation } from '@cdktf/provider-azurerm/lib/subnet-route-table-association';
import { Fn, ITerraformDependable, TerraformResource } from 'cdktf';
import { dependsOnAll } from '../adapter/dependencies';
import { Construct } from 'constructs';
import { delegationForPlanSku } from '../facts/subnet-names';
import { appModel, isGeneratedApp, planModel, subnetModel, vnetModel } from '../inventory/resource-models';
import { referenceKey } from '../adapter/keys';
import { isResourceOfType } from '../adapter/tokens';
import { fact, isToken } from '../adapter/values';
import { EvaluationContext, ModelContext } from '../inventory/model-source';
import { markOwned } from '../adapter/markers';
import { PlacementRecorder } from '../adapter/providers';
import { ValidationHub } from '../inventory/validation-hub';
import { RegionalIntegrationModel } from '../model/inventory';
import { ServicePlanReference, IServicePlanReference } from '../references/service-plan-reference';
import { ISubnetReference, SubnetReference } from '../references/subnet-reference';
import { IVirtualNetworkReference, VirtualNetworkReference } from '../references/virtual-network-reference';
import { IWebAppReference, WebAppReference } from '../references/web-app-reference';
import { checkOptionalName, NAMES } from './props-checks';
import { checkCidr, checkOptionalBoolean, checkOptionalCount, checkOptionalStringList, propsError, requireObject } from './props-checks';
import { describeValue } from '../text/describe-value';

const NAME = 'RegionalVnetIntegration';
const SERVICE_ENDPOINT = /^Microsoft\.[A-Za-z]+(\.[A-Za-z]+)?$/;

/** Properties of a RegionalVnetIntegration. */
export interface RegionalVnetIntegrationProps {
  /** The App Service plan whose apps get the integration: an azurerm ServicePlan or an imported reference. */
  readonly plan: ServicePlan | IServicePlanReference;
  /**
   * Apps on that plan to connect: Windows or Linux web apps, function apps, Flex Consumption function
   * apps (on an FC1 plan), Logic Apps Standard, or imported references. More can be added with addApp().
   * @default - none yet; add them with addApp()
   */
  readonly apps?: Array<WindowsWebApp | LinuxWebApp | WindowsFunctionApp | LinuxFunctionApp | FunctionAppFlexConsumption | LogicAppStandard | IWebAppReference>;
  /** The virtual network in the plan's region: an azurerm VirtualNetwork or an imported reference. */
  readonly virtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  /**
   * Address prefix of the integration subnet to create, for example "10.0.4.0/26".
   * Give exactly one of subnetAddressPrefix and subnet.
   * @default - none; required unless subnet is given
   */
  readonly subnetAddressPrefix?: string;
  /**
   * Name of the subnet to create.
   * @default "snet-appservice-" followed by a hash of the construct path
   */
  readonly subnetName?: string;
  /**
   * An existing subnet to adopt instead of creating one: an azurerm Subnet (delegated here if it has
   * no delegation: to Microsoft.App/environments for a Flex Consumption (FC1) plan, else to
   * Microsoft.Web/serverFarms) or an imported reference.
   * @default - a new subnet is created from subnetAddressPrefix
   */
  readonly subnet?: Subnet | ISubnetReference;
  /**
   * The most instances the plan will scale to, checked against the subnet's free addresses.
   * @default - the highest of the plan's worker_count, its maximum_elastic_worker_count and the capacity maximum of autoscale settings targeting the plan, when set; else not checked
   */
  readonly maxInstances?: number;
  /**
   * Send all outbound traffic of the apps through the virtual network (vnet_route_all_enabled).
   * Applies to the apps declared in this program; an imported app (WebAppReference) keeps the
   * setting it has where it is managed: state it with routeAllEnabled on its attributes.
   * @default true
   */
  readonly routeAllTraffic?: boolean;
  /**
   * Network security group to associate with the integration subnet (a created subnet only).
   * @default - no association
   */
  readonly networkSecurityGroup?: NetworkSecurityGroup;
  /**
   * Route table to associate with the integration subnet (a created subnet only).
   * @default - no association
   */
  readonly routeTable?: RouteTable;
  /**
   * Service endpoints to enable on the integration subnet, for example ["Microsoft.Storage"].
   * @default - none
   */
  readonly serviceEndpoints?: string[];
}

type AnyApp = WindowsWebApp | LinuxWebApp | WindowsFunctionApp | LinuxFunctionApp | FunctionAppFlexConsumption | LogicAppStandard | IWebAppReference;

/**
 * Regional virtual network integration for one App Service plan: a subnet delegated to
 * Microsoft.Web/serverFarms (Microsoft.App/environments for a Flex Consumption FC1 plan) in a
 * virtual network of the plan's region, and every app of the plan connected to it.
 *
 * One construct per plan, because a plan has one regional integration shared by its apps.
 *
 * Providers: the subnet and its NSG / route table associations are created with the network's
 * provider (its subscription), the swift connection of an imported app with the app's; see
 * "Several subscriptions" in the README and rule VNI-R024.
 */
export class RegionalVnetIntegration extends Construct {
  /** The integration subnet: created here or adopted. */
  public readonly subnet: Subnet | ISubnetReference;
  /** ID of the integration subnet. */
  public readonly subnetId: string;
  /** The plan. */
  public readonly plan: ServicePlan | IServicePlanReference;
  /** The virtual network. */
  public readonly virtualNetwork: VirtualNetwork | IVirtualNetworkReference;

  private readonly apps: AnyApp[] = [];
  private readonly props: RegionalVnetIntegrationProps;
  private readonly routeAll: boolean;
  private readonly subnetCreated: boolean;
  private readonly dependables: ITerraformDependable[] = [];
  private readonly placements = new PlacementRecorder(this);

  constructor(scope: Construct, id: string, props: RegionalVnetIntegrationProps) {
    super(scope, id);
    const p = requireObject(this, NAME, props);
    if (!isResourceOfType(p.plan, 'azurerm_service_plan') && !ServicePlanReference.isServicePlanReference(p.plan)) {
      throw propsError(this, NAME, 'plan', `must be an azurerm ServicePlan or ServicePlanReference.fromServicePlanAttributes(...), got ${describeValue(p.plan)}`);
    }
    if (!isResourceOfType(p.virtualNetwork, 'azurerm_virtual_network') && !VirtualNetworkReference.isVirtualNetworkReference(p.virtualNetwork)) {
      throw propsError(this, NAME, 'virtualNetwork', `must be an azurerm VirtualNetwork or VirtualNetworkReference.fromVirtualNetworkAttributes(...), got ${describeValue(p.virtualNetwork)}`);
    }
    if ((p.subnet === undefined) === (p.subnetAddressPrefix === undefined)) {
      throw propsError(this, NAME, 'subnetAddressPrefix', `or "subnet": give exactly one (a prefix to create a subnet, or a subnet to adopt), got ${p.subnet === undefined ? 'neither' : 'both'}`);
    }
    if (p.subnet !== undefined && !isResourceOfType(p.subnet, 'azurerm_subnet') && !SubnetReference.isSubnetReference(p.subnet)) {
      throw propsError(this, NAME, 'subnet', `must be an azurerm Subnet or SubnetReference.fromSubnetAttributes(...), got ${describeValue(p.subnet)}`);
    }
    checkCidr(this, NAME, 'subnetAddressPrefix', p.subnetAddressPrefix, false);
    checkOptionalCount(this, NAME, 'maxInstances', p.maxInstances);
    checkOptionalBoolean(this, NAME, 'routeAllTraffic', p.routeAllTraffic);
    checkOptionalStringList(this, NAME, 'serviceEndpoints', p.serviceEndpoints, SERVICE_ENDPOINT, '"Microsoft.Storage", "Microsoft.Sql", "Microsoft.KeyVault"');
    checkOptionalName(this, NAME, 'subnetName', p.subnetName, NAMES.subnet);
    if (p.networkSecurityGroup !== undefined && !isResourceOfType(p.networkSecurityGroup, 'azurerm_network_security_group')) {
      throw propsError(this, NAME, 'networkSecurityGroup', `must be an azurerm NetworkSecurityGroup, got ${describeValue(p.networkSecurityGroup)}`);
    }
    if (p.routeTable !== undefined && !isResourceOfType(p.routeTable, 'azurerm_route_table')) {
      throw propsError(this, NAME, 'routeTable', `must be an azurerm RouteTable, got ${describeValue(p.routeTable)}`);
    }
    if (p.apps !== undefined && !Array.isArray(p.apps)) {
      throw propsError(this, NAME, 'apps', `must be an array of apps, got ${describeValue(p.apps)}`);
    }

    this.props = props;
    this.plan = props.plan;
    this.virtualNetwork = props.virtualNetwork;
    this.routeAll = props.routeAllTraffic ?? true;
    this.subnetCreated = props.subnet === undefined;
    const endpoints = props.serviceEndpoints ?? [];
    // A Flex Consumption (FC1) plan runs on the Container Apps platform: its subnet is delegated to
    // Microsoft.App/environments. Decided from the plan's literal SKU (a token keeps serverFarms, and
    // rule VNI-R015 reports what it cannot read).
    const delegation = delegationForPlanSku(literalSkuOf(props.plan));
    const delegationBlock = { name: 'appservice', serviceDelegation: { name: delegation.name, actions: [...delegation.actions] } };

    if (props.subnet === undefined) {
      const vnet = props.virtualNetwork as any;
      const subnet = new Subnet(this, 'Subnet', {
        name: props.subnetName ?? `snet-appservice-${this.node.addr.substring(0, 8)}`,
        resourceGroupName: vnet.resourceGroupName,
        virtualNetworkName: vnet.name,
        addressPrefixes: [props.subnetAddressPrefix!],
        serviceEndpoints: endpoints.length > 0 ? endpoints : undefined,
        delegation: [delegationBlock],
      });
      markOwned(subnet);
      // A subnet is part of its network: created with the network's provider (its subscription).
      this.placements.place(subnet, props.virtualNetwork, 'integration subnet', 'virtual network');
      this.subnet = subnet;
      this.subnetId = subnet.id;
      this.dependables.push(subnet);
    } else if (SubnetReference.isSubnetReference(props.subnet)) {
      if (endpoints.length > 0 || props.networkSecurityGroup || props.routeTable) {
        throw propsError(this, NAME, 'subnet', `is an imported subnet, got ${describeValue(props.subnet)}: serviceEndpoints, networkSecurityGroup and routeTable can only be set on a subnet this app manages; accepted: configure them where the subnet is managed, or give an azurerm Subnet`);
      }
      this.subnet = props.subnet;
      this.subnetId = props.subnet.subnetId;
    } else {
      const subnet = props.subnet as Subnet;
      const d = subnet.delegationInput;
      if (d === undefined || (Array.isArray(d) && d.length === 0)) {
        subnet.putDelegation([delegationBlock]);
      }
      // Delegated already (elsewhere, or unreadable): left as it is; rule VNI-R015 judges it.
      if (endpoints.length > 0) {
        const existing = subnet.serviceEndpointsInput;
        if (isToken(existing) || isToken(endpoints)) {
          // Terraform merges lists it only knows at apply.
          subnet.serviceEndpoints = Fn.distinct(Fn.concat([existing ?? [], endpoints]));
        } else {
          const merged = [...(existing ?? [])];
          for (const e of endpoints) if (!merged.some((x) => isToken(x) ? x === e : x.toLowerCase() === e.toLowerCase())) merged.push(e);
          subnet.serviceEndpoints = merged;
        }
      }
      this.placements.given(subnet, props.virtualNetwork, 'integration subnet (given)', 'virtual network');
      this.subnet = subnet;
      this.subnetId = subnet.id;
      this.dependables.push(subnet);
    }

    if (props.networkSecurityGroup) {
      const assoc = new SubnetNetworkSecurityGroupAssociation(this, 'NetworkSecurityGroupAssociation', {
        subnetId: this.subnetId,
        networkSecurityGroupId: props.networkSecurityGroup.id,
      });
      markOwned(assoc);
      // An association is a child of the subnet (its ID is the subnet's).
      this.placements.place(assoc, this.subnet, 'network security group association', 'subnet');
      this.dependables.push(assoc);
    }
    if (props.routeTable) {
      const assoc = new SubnetRouteTableAssociation(this, 'RouteTableAssociation', {
        subnetId: this.subnetId,
        routeTableId: props.routeTable.id,
      });
      markOwned(assoc);
      this.placements.place(assoc, this.subnet, 'route table association', 'subnet');
      this.dependables.push(assoc);
    }

    ValidationHub.of(this).register({
      construct: this,
      contribute: (b, ctx) => {
        b.regional.push(this.model(ctx));
        b.placements.push(...this.placements.models(ctx.configurations));
      },
    });
    // Apps may come later through addApp(), but an integration that ends up with none is a mistake.
    this.node.addValidation({
      validate: () =>
        this.apps.length > 0
          ? []
          : [`${this.node.path}: ${NAME} prop "apps" is empty at synth time: a regional integration connects the apps of its plan, so give at least one app in "apps" or add one with addApp()`],
    });
    for (const app of props.apps ?? []) this.addApp(app);
  }

  /**
   * Every address in the integration subnet: the apps may send from any of them, so NSGs and
   * firewalls on the far side must allow the whole range.
   */
  public get outboundAddressPrefixes(): string[] {
    if (this.props.subnetAddressPrefix !== undefined) return [this.props.subnetAddressPrefix];
    const s = this.subnet as any;
    if (SubnetReference.isSubnetReference(s)) return [...(s.attributes.addressPrefixes ?? [])];
    return s.addressPrefixes;
  }

  /**
   * Connects another app of the plan. Generated apps get virtual_network_subnet_id and
   * vnet_route_all_enabled; imported apps get an azurerm_app_service_virtual_network_swift_connection.
   */
  public addApp(app: WindowsWebApp | LinuxWebApp | WindowsFunctionApp | LinuxFunctionApp | FunctionAppFlexConsumption | LogicAppStandard | IWebAppReference): void {
    if (!isGeneratedApp(app) && !WebAppReference.isWebAppReference(app)) {
      throw propsError(this, NAME, 'apps', `entries must be azurerm web apps, function apps, Flex Consumption function apps, Logic Apps Standard or WebAppReference.fromWebAppAttributes(...), got ${describeValue(app)}`);
    }
    const key = WebAppReference.isWebAppReference(app) ? referenceKey(app.webAppId) ?? app.node.path : (app as TerraformResource).node.path;
    if (this.apps.some((a) => (WebAppReference.isWebAppReference(a) ? referenceKey(a.webAppId) ?? a.node.path : (a as TerraformResource).node.path) === key)) {
      throw propsError(this, NAME, 'apps', `already contains ${WebAppReference.isWebAppReference(app) ? app.webAppId : (app as TerraformResource).node.path}, got ${describeValue(app)} again; accepted: each app once`);
    }
    this.apps.push(app);
    if (WebAppReference.isWebAppReference(app)) {
      const conn = new AppServiceVirtualNetworkSwiftConnection(this, `SwiftConnection${this.apps.length}`, {
        appServiceId: app.webAppId,
        subnetId: this.subnetId,
      });
      dependsOnAll(conn, this.dependables);
      markOwned(conn);
      // The connection is a child of the app (its ID is <app ID>/config/virtualNetwork), so it is
      // written in the app's subscription, with the app's provider, even when the network is elsewhere.
      this.placements.place(conn, app, 'swift connection', 'app');
    } else {
      // Every generated type, Flex Consumption included (site_config.vnet_route_all_enabled since
      // azurerm 4.35.0), takes these two arguments.
      const r = app as WindowsWebApp;
      r.virtualNetworkSubnetId = this.subnetId;
      r.siteConfig.vnetRouteAllEnabled = this.routeAll;
      // The app leaves the subnet before the subnet (and its NSG / route table links) are destroyed.
      dependsOnAll(r, this.dependables);
    }
    ValidationHub.of(this).touch();
  }

  /** @internal the model the rules judge (a fresh context outside an evaluation). */
  public _model(ctx: ModelContext = new EvaluationContext()): RegionalIntegrationModel {
    return this.model(ctx);
  }

  private model(ctx: ModelContext): RegionalIntegrationModel {
    return {
      path: this.node.path,
      plan: planModel(this.plan, ctx),
      apps: this.apps.map((a) => appModel(a, ctx)),
      vnet: vnetModel(this.virtualNetwork, ctx),
      subnet: subnetModel(this.subnet, this.subnetCreated, ctx),
      maxInstances: fact('maxInstances', this.props.maxInstances, 'unset'),
      routeAllTraffic: fact('routeAllTraffic (vnet_route_all_enabled)', this.routeAll),
      hasNetworkSecurityGroup: this.props.networkSecurityGroup !== undefined,
      hasRouteTable: this.props.routeTable !== undefined,
      serviceEndpoints: fact('serviceEndpoints (service_endpoints)', this.props.serviceEndpoints, 'unset'),
    };
  }
}


/** The plan's SKU when it is a literal: an azurerm ServicePlan's sku_name or a reference's skuName. */
function literalSkuOf(plan: ServicePlan | IServicePlanReference): string | undefined {
  const sku = ServicePlanReference.isServicePlanReference(plan)
    ? (plan as unknown as { attributes?: { skuName?: unknown } }).attributes?.skuName
    : (plan as ServicePlan).skuNameInput;
  return typeof sku === 'string' && !isToken(sku) ? sku : undefined;
}
