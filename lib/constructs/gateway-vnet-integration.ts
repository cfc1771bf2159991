import type { LinuxFunctionApp } from '@cdktf/provider-azurerm/lib/linux-function-app';
import type { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import type { RouteTable } from '@cdktf/provider-azurerm/lib/route-table';
import type { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import type { WindowsFunctionApp } from '@cdktf/provider-azurerm/lib/windows-function-app';
import type { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { Fn, Op, TerraformIterator, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { azapiProviderFor } from '../azapi/provider';
import { ownerLabel, PlacementRecorder } from '../adapter/providers';
import { AzapiResource } from '../azapi/resource';
import { AzapiResourceAction } from '../azapi/resource-action';
import { AzapiUpdateResource } from '../azapi/update-resource';
import { keyOfAttribute } from '../adapter/keys';
import { isResourceOfType } from '../adapter/tokens';
import { configured, fact, isListToken, isToken } from '../adapter/values';
import { given } from '../model/fact';
import { EvaluationContext, ModelContext } from '../inventory/model-source';
import { appModel, gatewayModel, isGeneratedApp, keyOf, planModel, siteNameOfId } from '../inventory/resource-models';
import { ValidationHub } from '../inventory/validation-hub';
import { inStackOf, resourceAddress } from '../adapter/dependencies';
import { GatewayIntegrationModel } from '../model/gateway';
import { addressToString, parseIpv4Cidr } from '../net/cidr';
import { IPointToSiteGateway } from '../references/point-to-site-gateway-reference';
import { IServicePlanReference, ServicePlanReference } from '../references/service-plan-reference';
import { VirtualNetworkReference } from '../references/virtual-network-reference';
import { IWebAppReference, WebAppReference } from '../references/web-app-reference';
import { GatewayInternals, isGateway } from '../references/gateway-hooks';
import { PointToSiteGateway, PointToSiteGatewayProps } from './point-to-site-gateway';
import { checkCidr, checkCidrList, checkOptionalStringList, propsError, requireObject } from './props-checks';
import { describeValue } from '../text/describe-value';

const NAME = 'GatewayVnetIntegration';

/** API versions: the newest stable ones that carry these operations. */
export const WEB_API_VERSION = '2024-11-01';
export const NETWORK_API_VERSION = '2024-05-01';

/** Properties of a GatewayVnetIntegration. */
export interface GatewayVnetIntegrationProps {
  /**
   * The app to connect: a Windows web app or function app, or an imported reference. (Linux apps
   * and Windows containers are accepted here only so that rule VNI-G001 can explain why they fail.)
   */
  readonly app: WindowsWebApp | WindowsFunctionApp | LinuxWebApp | LinuxFunctionApp | IWebAppReference;
  /** The App Service plan the app runs on: an azurerm ServicePlan or an imported reference. */
  readonly plan: ServicePlan | IServicePlanReference;
  /**
   * The point-to-site gateway to connect through (PointToSiteGateway or
   * PointToSiteGatewayReference.fromGatewayAttributes). Give exactly one of gateway and gatewayOptions.
   * @default - a gateway is created from gatewayOptions
   */
  readonly gateway?: IPointToSiteGateway;
  /**
   * Options for a gateway to create inside this construct.
   * @default - none; required unless gateway is given
   */
  readonly gatewayOptions?: PointToSiteGatewayProps;
  /**
   * Extra address blocks that the plan sends into the network (plan routes, routeType STATIC).
   * More can be added with addRoute().
   * @default - none: only the network's own address space is routed
   */
  readonly routes?: string[];
  /**
   * A route table you expect to apply. Route tables do not affect traffic of gateway-required
   * integration: it is not applied, and rule VNI-G014 warns.
   * @default - none
   */
  readonly routeTable?: RouteTable;
  /**
   * Service endpoints you expect to reach through the integration. They cannot be reached this
   * way: nothing is configured, and rule VNI-G013 warns.
   * @default - none
   */
  readonly serviceEndpoints?: string[];
  /**
   * Name of the app's entry in the gateway's root certificates.
   * @default "appsvc-" followed by the app name (or a hash of the construct path)
   */
  readonly certificateName?: string;
}

type AnyGatewayApp = WindowsWebApp | WindowsFunctionApp | LinuxWebApp | LinuxFunctionApp | IWebAppReference;

/** Routes are per plan and network, whatever the app: one route per prefix, shared by integrations. */
const ROUTES = new WeakMap<TerraformStack, Map<string, Map<string, PlanRoute>>>();

/** A plan route: the PUT that writes it, and the DELETE that runs when it is destroyed. */
interface PlanRoute {
  readonly write: AzapiResourceAction;
  readonly remove: AzapiResourceAction;
}

/**
 * Gateway-required virtual network integration for one app: the app connects to a network (in any
 * region) through a point-to-site VPN gateway.
 *
 * Synthesizes, in dependency order, what the portal (or Microsoft's PowerShell sample) does:
 * 1. the app's network connection (Microsoft.Web/sites/virtualNetworkConnections), which issues a certificate;
 * 2. that certificate as a root certificate of the gateway (azurerm, so Terraform owns the list);
 * 3. generatevpnclientpackage on the gateway (azapi_resource_action);
 * 4. the app's gateway link (sites/virtualNetworkConnections/gateways/primary) with the package URI
 *    (azapi_update_resource: the object exists with the connection and has no DELETE);
 * 5. plan routes (serverfarms/virtualNetworkConnections/routes), one per extra address block (a PUT
 *    action, and a DELETE action that runs on destroy: a GET of one route answers an array).
 * docs/gateway-integration.md, "Azure read-back", explains these two choices.
 *
 * Uses the Azure/azapi provider for steps 1, 3, 4 and 5, with the subscription of the app (plan,
 * network): an azapi configuration of the stack with that subscription_id, else one created once per
 * stack and subscription (aliased like the app's azurerm provider); the stack's default one when the
 * subscription cannot be read (rule VNI-R024 reports it). Terraform 1.11 or later is needed (the
 * package URI is a write-only argument).
 *
 * Microsoft is retiring gateway-required integration (rule VNI-G015 warns on every use); for a
 * network in another region prefer regional integration plus global peering.
 */
export class GatewayVnetIntegration extends Construct {
  /** The gateway the app connects through (given or created inline). */
  public readonly gateway: IPointToSiteGateway;
  /** The app's network connection (Microsoft.Web/sites/virtualNetworkConnections). */
  public readonly connection: AzapiResource;
  /** The generatevpnclientpackage call. Its output is sensitive and never exported. */
  public readonly vpnClientPackage: AzapiResourceAction;
  /**
   * The app's gateway link (Microsoft.Web/sites/virtualNetworkConnections/gateways, "primary"),
   * written with azapi_update_resource: it exists as long as the connection does, and the API has
   * no DELETE for it (it goes away with the connection).
   */
  public readonly gatewayConnection: AzapiUpdateResource;
  /** The plan. */
  public readonly plan: ServicePlan | IServicePlanReference;
  /** The app. */
  public readonly app: AnyGatewayApp;
  /**
   * Name of the app's root certificate on the gateway; undefined when the gateway is managed
   * elsewhere (then add certificateData there).
   */
  public readonly certificateName?: string;

  private readonly props: GatewayVnetIntegrationProps;
  private readonly routePrefixes: string[] = [];
  private readonly routeLists: string[][] = [];
  private readonly rootCertificateManaged: boolean;
  private readonly vnetName: string;
  private readonly planId: string;
  private readonly placements = new PlacementRecorder(this);

  constructor(scope: Construct, id: string, props: GatewayVnetIntegrationProps) {
    super(scope, id);
    const p = requireObject(this, NAME, props);
    if (!isGeneratedApp(p.app) && !WebAppReference.isWebAppReference(p.app)) {
      throw propsError(this, NAME, 'app', `must be an azurerm Windows web app or function app, or WebAppReference.fromWebAppAttributes(...), got ${describeValue(p.app)}`);
    }
    const appType = (p.app as TerraformResource).terraformResourceType;
    if (appType === 'azurerm_logic_app_standard') {
      throw propsError(this, NAME, 'app', `is a Logic App Standard, got ${describeValue(p.app)}; accepted: a Windows web app or function app (gateway-required integration is for web and function apps)`);
    }
    if (!isResourceOfType(p.plan, 'azurerm_service_plan') && !ServicePlanReference.isServicePlanReference(p.plan)) {
      throw propsError(this, NAME, 'plan', `must be an azurerm ServicePlan or ServicePlanReference.fromServicePlanAttributes(...), got ${describeValue(p.plan)}`);
    }
    if ((p.gateway === undefined) === (p.gatewayOptions === undefined)) {
      throw propsError(this, NAME, 'gateway', `or "gatewayOptions": give exactly one (a PointToSiteGateway to share, or options to create one here), got ${p.gateway === undefined ? 'neither' : 'both'}`);
    }
    if (p.gatewayOptions !== undefined && (p.gatewayOptions === null || typeof p.gatewayOptions !== 'object' || Array.isArray(p.gatewayOptions))) {
      throw propsError(this, NAME, 'gatewayOptions', `must be the props of a PointToSiteGateway, such as { virtualNetwork, gatewaySubnetAddressPrefix, pointToSiteAddressPool }, got ${describeValue(p.gatewayOptions)}`);
    }
    if (p.gateway !== undefined && !isGateway(p.gateway)) {
      throw propsError(this, NAME, 'gateway', `must be a PointToSiteGateway or PointToSiteGatewayReference.fromGatewayAttributes(...), got ${describeValue(p.gateway)}`);
    }
    checkCidrList(this, NAME, 'routes', p.routes, false, '["10.1.0.0/16"]');
    checkOptionalStringList(this, NAME, 'serviceEndpoints', p.serviceEndpoints, /^Microsoft\.[A-Za-z]+(\.[A-Za-z]+)?$/, '"Microsoft.Storage"');
    if (p.routeTable !== undefined && !isResourceOfType(p.routeTable, 'azurerm_route_table')) {
      throw propsError(this, NAME, 'routeTable', `must be an azurerm RouteTable, got ${describeValue(p.routeTable)}`);
    }
    if (p.certificateName !== undefined && (typeof p.certificateName !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(p.certificateName))) {
      throw propsError(this, NAME, 'certificateName', `must be 1 to 80 letters, digits, ".", "_" or "-", got ${describeValue(p.certificateName)}`);
    }

    this.props = props;
    this.app = props.app;
    this.plan = props.plan;
    this.gateway = props.gateway ?? new PointToSiteGateway(this, 'Gateway', props.gatewayOptions!);
    const gw = this.gateway as unknown as IPointToSiteGateway & GatewayInternals;

    // The azapi resources below need the provider; it is added once per stack and subscription so
    // users need not: the app's subscription for the app's resources (see azapiProviderFor).
    const appAzapi = azapiProviderFor(this, props.app);

    const vnet = gw.virtualNetwork as any;
    const vnetIsRef = VirtualNetworkReference.isVirtualNetworkReference(vnet);
    this.vnetName = vnet.name;
    const vnetId: string = vnetIsRef ? vnet.virtualNetworkId : vnet.id;
    const appId: string = WebAppReference.isWebAppReference(props.app) ? props.app.webAppId : (props.app as WindowsWebApp).id;
    this.planId = ServicePlanReference.isServicePlanReference(props.plan) ? props.plan.servicePlanId : (props.plan as ServicePlan).id;

    // 1. The app's connection to the network. Azure answers with certBlob: the public half of a
    //    certificate it issues for this app, which the gateway must trust. isSwift false selects
    //    gateway-required (not regional) integration. Replaced (new certificate) when the network changes.
    this.connection = new AzapiResource(this, 'Connection', {
      resourceType: `Microsoft.Web/sites/virtualNetworkConnections@${WEB_API_VERSION}`,
      name: this.vnetName,
      parentId: appId,
      body: { properties: { vnetResourceId: vnetId, isSwift: false } },
      responseExportValues: ['properties.certBlob', 'properties.certThumbprint'],
      // Serialise writes to the site, which other integration resources may touch in the same apply.
      locks: [appId],
    });
    this.placements.placeWith(this.connection, appAzapi, 'app network connection', ownerLabel('app', props.app));

    // 2. The certificate becomes a root certificate of the gateway (same stack only: a gateway in
    //    another stack would make the two stacks depend on each other).
    this.rootCertificateManaged = gw._canManageRootCertificates(this);
    if (this.rootCertificateManaged) {
      this.certificateName = gw._addRootCertificate(props.certificateName ?? defaultCertificateName(this, props.app), this.certificateData);
    }

    // 3. The client package. It must be generated after the gateway trusts the certificate, hence
    //    the explicit dependency on the gateway (which holds the root certificates). The action runs on
    //    create and is replaced (run again) whenever the connection is replaced (a new certificate) or
    //    the gateway is replaced; otherwise it keeps its result and causes no diff. The URI is a
    //    short-lived signed link, so it is exported only as sensitive_output.
    // Only a gateway of this stack can be named here (see inStackOf).
    const gatewayResource = inStackOf(this, gw._dependable());
    this.vpnClientPackage = new AzapiResourceAction(this, 'VpnClientPackage', {
      resourceType: `Microsoft.Network/virtualNetworkGateways@${NETWORK_API_VERSION}`,
      resourceId: gw.gatewayId,
      action: 'generatevpnclientpackage',
      method: 'POST',
      body: { processorArchitecture: 'Amd64' },
      sensitiveResponseExportValues: ['*'],
      dependsOn: gatewayResource ? [gatewayResource, this.connection] : [this.connection],
      // Bare addresses: Terraform rejects interpolations here. A rebuilt gateway keeps its resource
      // ID, so depends_on alone would keep a package generated for the old gateway.
      lifecycle: { replaceTriggeredBy: [this.connection, ...(gatewayResource ? [gatewayResource] : [])].map(resourceAddress) },
      timeouts: { create: '30m', update: '30m' },
      // One package generation per gateway at a time when several apps connect in one apply.
      locks: [gw.gatewayId],
    });
    // An action on the gateway: the gateway's network's subscription (VNI-G011 requires it to be the plan's).
    this.placements.placeWith(this.vpnClientPackage, azapiProviderFor(this, gw.virtualNetwork), 'VPN client package action', ownerLabel('virtual network', gw.virtualNetwork));

    // 4. The app's gateway link. The package URI goes into sensitive_body, a write-only argument:
    //    it never reaches the state or the plan output. It is sent on create and whenever its version
    //    changes; the version is a hash of the action's result, which changes only when the action
    //    ran again (a new certificate), so later applies show no diff. Depending on the action (and so
    //    on the gateway) makes destroy remove this link before the gateway.
    //    An update resource, not azapi_resource: the Microsoft.Web 2024-11-01 spec has GET, PUT and
    //    PATCH on gateways/{name} but no DELETE, and its 404 is for names other than "primary", so
    //    azapi_resource's check for an existing object before create and its DELETE on destroy both
    //    fail. azapi_update_resource PUTs onto the object and only forgets it on destroy; the
    //    connection's own DELETE (WebApps_DeleteVnetConnection) takes the link with it.
    this.gatewayConnection = new AzapiUpdateResource(this, 'GatewayConnection', {
      resourceType: `Microsoft.Web/sites/virtualNetworkConnections/gateways@${WEB_API_VERSION}`,
      name: 'primary',
      parentId: this.connection.id,
      body: { properties: { vnetName: this.vnetName } },
      sensitiveBody: { properties: { vpnPackageUri: this.vpnClientPackage.sensitiveOutput } },
      sensitiveBodyVersion: { 'properties.vpnPackageUri': Fn.sha256(Fn.jsonencode(this.vpnClientPackage.sensitiveOutput)) },
      dependsOn: [this.vpnClientPackage],
      locks: [appId],
    });
    this.placements.placeWith(this.gatewayConnection, appAzapi, 'app gateway link', ownerLabel('app', props.app));

    ValidationHub.of(this).register({ construct: this, contribute: (b, ctx) => (b.gatewayIntegrations.push(this.model(ctx)), b.placements.push(...this.placements.models(ctx.configurations))) });
    if (isListToken(props.routes)) this._addRouteListIfAbsent(props.routes!);
    else for (const r of props.routes ?? []) this.addRoute(r);
    gw._registerIntegration(this);
  }

  /**
   * The app's certificate (base64), as Azure returns it. When the gateway is managed elsewhere, add
   * it there as a root certificate.
   */
  public get certificateData(): string {
    return this.connection.outputValue('properties.certBlob');
  }

  /**
   * The addresses the app sends from: the gateway's point-to-site pool. Allow all of it in NSGs,
   * firewalls and on-premises routes.
   */
  public get outboundAddressPrefixes(): string[] {
    return this.gateway.outboundAddressPrefixes;
  }

  /** Address blocks routed into the network for this integration's plan (given and added). */
  public get routes(): string[] {
    return [...this.routePrefixes];
  }

  /**
   * Sends another address block from the plan into the network (a plan route with routeType
   * STATIC). Apps on the same plan and network share plan routes, so a block added by another
   * integration is not created twice.
   */
  public addRoute(prefix: string): void {
    checkCidr(this, NAME, 'routes', prefix, true);
    if (this.routePrefixes.includes(prefix)) {
      throw propsError(this, NAME, 'routes', `already contains ${describeValue(prefix)}; accepted: each block once`);
    }
    this._addRouteIfAbsent(prefix);
  }

  /** @internal */
  public _addRouteIfAbsent(prefix: string): void {
    if (this.routePrefixes.includes(prefix)) return;
    this.routePrefixes.push(prefix);
    const routes = this.sharedRoutes();
    if (!routes.has(prefix)) {
      const parsed = isToken(prefix) ? undefined : parseIpv4Cidr(prefix);
      const block = parsed && parsed.ok ? parsed.block : undefined;
      const name = block ? `r-${block.cidr.replace(/[./]/g, '-')}` : `r-${routes.size + 1}`;
      // A token prefix: Terraform works out the first and last address at apply.
      const range = block ? { startAddress: addressToString(block.first), endAddress: addressToString(block.last) } : addressRange(prefix);
      routes.set(prefix, this.route(`Route-${name}`, name, range));
    }
    ValidationHub.of(this).touch();
  }

  /** @internal */
  public _addRouteListIfAbsent(prefixes: string[]): void {
    if (this.routeLists.includes(prefixes)) return;
    this.routeLists.push(prefixes);
    const routes = this.sharedRoutes();
    const key = prefixes[0];
    if (!routes.has(key)) {
      // One route per element of a list known only at apply (for_each over its values).
      const each = TerraformIterator.fromList(prefixes);
      const name = Fn.join('-', ['r', Fn.replace(Fn.replace(each.value, '.', '-'), '/', '-')]);
      routes.set(key, this.route(`Route-list-${this.routeLists.length}`, name, addressRange(each.value), each));
    }
    ValidationHub.of(this).touch();
  }

  /** Plan routes of this integration's plan and network in this stack (shared with other integrations). */
  private sharedRoutes(): Map<string, PlanRoute> {
    const stack = TerraformStack.of(this);
    let byPlan = ROUTES.get(stack);
    if (!byPlan) ROUTES.set(stack, (byPlan = new Map()));
    const key = `${keyOf(this.plan)}|${keyOf(this.gateway.virtualNetwork)}`;
    let routes = byPlan.get(key);
    if (!routes) byPlan.set(key, (routes = new Map()));
    return routes;
  }

  /**
   * One plan route as two actions. Not azapi_resource: AppServicePlans_GetRouteForVnet (Microsoft.Web
   * 2024-11-01) answers an array of routes, which azapi would read back as the body and plan an
   * update on every run. An action is not read back: the PUT runs on create and when its arguments
   * change, and the DELETE (AppServicePlans_DeleteVnetRoute) runs only when the route is destroyed.
   */
  private route(id: string, name: string, range: { startAddress: string; endAddress: string }, forEach?: TerraformIterator): PlanRoute {
    const parentId = `${this.planId}/virtualNetworkConnections/${this.vnetName}`;
    const common = {
      resourceType: `Microsoft.Web/serverfarms/virtualNetworkConnections/routes@${WEB_API_VERSION}`,
      resourceId: `${parentId}/routes/${name}`,
      forEach,
      // The plan's network connection exists once an app on the plan is connected; on destroy the
      // DELETE runs before the link and the connection go.
      dependsOn: [this.gatewayConnection],
      // Plan routes of one network are written one at a time.
      locks: [parentId],
    };
    // STATIC: a route the user added (DEFAULT and INHERITED come from the network itself).
    const write = new AzapiResourceAction(this, id, { ...common, method: 'PUT', body: { properties: { ...range, routeType: 'STATIC' } } });
    const remove = new AzapiResourceAction(this, `${id}-delete`, { ...common, method: 'DELETE', when: 'destroy' });
    // A child of the plan: the plan's subscription, for both calls.
    const azapi = azapiProviderFor(this, this.plan);
    this.placements.placeWith(write, azapi, 'plan route', ownerLabel('plan', this.plan));
    this.placements.placeWith(remove, azapi, 'plan route (destroy-time DELETE)', ownerLabel('plan', this.plan));
    return { write, remove };
  }

  /** @internal the model the rules judge (a fresh context outside an evaluation). */
  public _model(ctx: ModelContext = new EvaluationContext()): GatewayIntegrationModel {
    return this.model(ctx);
  }

  private model(ctx: ModelContext): GatewayIntegrationModel {
    return {
      path: this.node.path,
      app: appModel(this.app, ctx),
      plan: planModel(this.plan, ctx),
      gateway: gatewayModel(this.gateway, ctx),
      routes: given('plan routes (routes)', [...this.routePrefixes, ...this.routeLists].map((r) => configured(r))),
      routeTableGiven: this.props.routeTable !== undefined,
      serviceEndpointsExpected: fact('serviceEndpoints', this.props.serviceEndpoints, 'unset'),
      rootCertificateManaged: this.rootCertificateManaged,
      packageUriKey: keyOfAttribute(this.vpnClientPackage, 'sensitive_output'),
    };
  }
}

/** First and last address of a prefix known only at apply, as Terraform expressions. */
function addressRange(prefix: string): { startAddress: string; endAddress: string } {
  const hostBits = Op.sub(32, Fn.tonumber(Fn.element(Fn.split('/', prefix), 1)));
  return { startAddress: Fn.cidrhost(prefix, 0), endAddress: Fn.cidrhost(prefix, Op.sub(Fn.pow(2, hostBits), 1)) };
}

function defaultCertificateName(scope: Construct, app: AnyGatewayApp): string {
  const name = WebAppReference.isWebAppReference(app)
    ? siteNameOfId(app.webAppId)
    : (app as WindowsWebApp).nameInput;
  if (typeof name === 'string' && !isToken(name)) {
    const clean = name.replace(/[^A-Za-z0-9._-]/g, '-').substring(0, 72);
    if (clean.length > 0) return `appsvc-${clean}`;
  }
  return `appsvc-${scope.node.addr.substring(0, 12)}`;
}

