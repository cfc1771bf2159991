import type { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { Lazy, TerraformResource, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { APP_SERVICE_P2S_PROTOCOL, DEFAULT_VPN_GATEWAY_SKU, GATEWAY_SUBNET_NAME, knownVpnGatewaySkuNames, vpnGatewaySkuFacts, ZONE_REDUNDANT_ZONES } from '../facts/vpn-gateway-sku';
import { followReference, keyOfAttribute } from '../adapter/keys';
import { isResourceOfType } from '../adapter/tokens';
import { fact, isListToken, isToken } from '../adapter/values';
import { ModelContext, provideModel } from '../inventory/model-source';
import { gatewayModel, subnetModel, vnetModel } from '../inventory/resource-models';
import { markOwned } from '../adapter/markers';
import { PlacementRecorder } from '../adapter/providers';
import { ValidationHub } from '../inventory/validation-hub';
import { given, relabel, unset } from '../model/fact';
import { PointToSiteGatewayModel } from '../model/gateway';
import { IPointToSiteGateway, PointToSiteGatewayAttributes, PointToSiteGatewayReference } from '../references/point-to-site-gateway-reference';
import { ISubnetReference, SubnetReference } from '../references/subnet-reference';
import { IVirtualNetworkReference, VirtualNetworkReference } from '../references/virtual-network-reference';
import { GATEWAY_MARK, RouteTarget, TransitRouteFanout } from '../references/gateway-hooks';
import { checkCidr, checkCidrList, checkKind, checkOptionalName, checkOptionalOneOf, checkOptionalString, checkOptionalStringList, checkOptionalStringMap, NAMES, propsError, requireObject } from './props-checks';
import { describeValue } from '../text/describe-value';

const NAME = 'PointToSiteGateway';

/** Properties of a PointToSiteGateway. */
export interface PointToSiteGatewayProps {
  /** The network to put the gateway in: an azurerm VirtualNetwork or an imported reference. */
  readonly virtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  /**
   * The point-to-site address pool, for example ["172.16.201.0/24"]. It must lie in the private
   * (RFC 1918) ranges and must not overlap the network. Apps get their source address from it.
   */
  readonly pointToSiteAddressPool: string[];
  /**
   * Address prefix of the GatewaySubnet to create, for example "10.0.255.0/27".
   * Give exactly one of gatewaySubnetAddressPrefix and gatewaySubnet.
   * @default - none; required unless gatewaySubnet is given
   */
  readonly gatewaySubnetAddressPrefix?: string;
  /**
   * An existing subnet named GatewaySubnet to use instead of creating one.
   * @default - a GatewaySubnet is created from gatewaySubnetAddressPrefix
   */
  readonly gatewaySubnet?: Subnet | ISubnetReference;
  /**
   * Gateway SKU. Azure creates only Basic and the AZ SKUs (VpnGw1AZ to VpnGw5AZ) today; a non-AZ
   * VpnGw1-5 SKU fails rule VNI-G020, and Basic gets the limits warning VNI-G025.
   * @default "VpnGw1AZ"
   */
  readonly sku?: string;
  /**
   * Gateway generation, used when the gateway is created. Azure moves gateways to Generation2
   * during its own service updates and azurerm replaces the gateway when `generation` changes, so
   * the gateway ignores later changes of this value (`lifecycle.ignore_changes = ["generation"]`):
   * changing it after creation does nothing.
   * @default - the generation the SKU allows (Generation1 for VpnGw1AZ, Generation2 from VpnGw2AZ up)
   */
  readonly generation?: string;
  /**
   * Availability zones of the gateway's public IP. An empty list creates the IP without zones
   * (needed in a region without availability zones; rule VNI-G026 then warns on an AZ SKU).
   * @default - ["1", "2", "3"] (zone-redundant) for an AZ SKU; none for Basic
   */
  readonly publicIpZones?: string[];
  /**
   * VPN type. Gateway-required integration needs "RouteBased"; anything else fails rule VNI-G003.
   * @default "RouteBased"
   */
  readonly vpnType?: string;
  /**
   * Point-to-site tunnel types. App Service speaks SSTP only; anything else fails rule VNI-G005.
   * @default ["SSTP"]
   */
  readonly vpnClientProtocols?: string[];
  /**
   * Extra prefixes advertised to point-to-site clients (custom_route), for example on-premises
   * ranges learned over BGP, which are not passed on to apps by themselves.
   * @default - none
   */
  readonly customRoutes?: string[];
  /**
   * Name of the gateway.
   * @default "vgw-" followed by a hash of the construct path
   */
  readonly name?: string;
  /**
   * Region of the gateway and its public IP.
   * @default - the network's location
   */
  readonly location?: string;
  /**
   * Resource group of the gateway and its public IP.
   * @default - the network's resource group
   */
  readonly resourceGroupName?: string;
  /**
   * Timeout for creating, updating and deleting the gateway (a Go duration).
   * @default "120m" (gateways take 30 to 60 minutes or more)
   */
  readonly timeout?: string;
  /**
   * Tags for the gateway and its public IP.
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

interface RootCertificate {
  readonly name: string;
  readonly publicCertData: string;
}

/**
 * A route-based VPN gateway with an SSTP point-to-site configuration, ready for gateway-required
 * virtual network integration. Creates the GatewaySubnet (unless one is given), a Standard static
 * public IP and the azurerm_virtual_network_gateway, all with the network's provider (its subscription).
 *
 * Shareable: any number of GatewayVnetIntegration constructs (apps on one or many plans) can use one
 * gateway. Each adds its app's certificate to the gateway's root certificates, so Terraform owns the
 * whole list and a later change to the gateway keeps them.
 */
export class PointToSiteGateway extends Construct implements IPointToSiteGateway {
  /**
   * Adopts an existing gateway by ID and the facts the rules need (same as
   * PointToSiteGatewayReference.fromGatewayAttributes).
   */
  public static fromGatewayAttributes(scope: Construct, id: string, attrs: PointToSiteGatewayAttributes): IPointToSiteGateway {
    return PointToSiteGatewayReference.fromGatewayAttributes(scope, id, attrs);
  }

  /** The azurerm gateway resource. */
  public readonly gateway: VirtualNetworkGateway;
  /** The gateway's public IP. */
  public readonly publicIp: PublicIp;
  /** The gateway subnet: created here or given. */
  public readonly gatewaySubnet: Subnet | ISubnetReference;
  /** The network. */
  public readonly virtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  /** Resource ID of the gateway. */
  public readonly gatewayId: string;

  private readonly props: PointToSiteGatewayProps;
  private readonly rootCertificates: RootCertificate[] = [];
  private readonly fanout = new TransitRouteFanout();
  private readonly skuName: string;
  private readonly generationName: string | undefined;
  private readonly protocols: string[];
  private readonly vpnTypeName: string;
  private readonly placements = new PlacementRecorder(this);

  constructor(scope: Construct, id: string, props: PointToSiteGatewayProps) {
    super(scope, id);
    Object.defineProperty(this, GATEWAY_MARK, { value: true });
    const p = requireObject(this, NAME, props);
    const vnet = p.virtualNetwork;
    checkKind(this, NAME, 'virtualNetwork', vnet, isResourceOfType(vnet, 'azurerm_virtual_network') || VirtualNetworkReference.isVirtualNetworkReference(vnet), 'an azurerm VirtualNetwork or VirtualNetworkReference.fromVirtualNetworkAttributes(...)');
    checkCidrList(this, NAME, 'pointToSiteAddressPool', p.pointToSiteAddressPool, true, '["172.16.201.0/24"]');
    if ((p.gatewaySubnet === undefined) === (p.gatewaySubnetAddressPrefix === undefined)) {
      throw propsError(this, NAME, 'gatewaySubnetAddressPrefix', `or "gatewaySubnet": give exactly one (a prefix such as "10.0.255.0/27" to create the GatewaySubnet, or a subnet to use), got ${p.gatewaySubnet === undefined ? 'neither' : 'both'}`);
    }
    checkCidr(this, NAME, 'gatewaySubnetAddressPrefix', p.gatewaySubnetAddressPrefix, false);
    if (p.gatewaySubnet !== undefined) {
      checkKind(this, NAME, 'gatewaySubnet', p.gatewaySubnet, isResourceOfType(p.gatewaySubnet, 'azurerm_subnet') || SubnetReference.isSubnetReference(p.gatewaySubnet), 'an azurerm Subnet or SubnetReference.fromSubnetAttributes(...)');
    }
    checkOptionalStringList(this, NAME, 'vpnClientProtocols', p.vpnClientProtocols, /^(SSTP|IkeV2|OpenVPN)$/, '["SSTP"]');
    checkOptionalStringList(this, NAME, 'publicIpZones', p.publicIpZones, /^[1-3]$/, '["1", "2", "3"]');
    checkCidrList(this, NAME, 'customRoutes', p.customRoutes, false, '["192.168.0.0/16"]');
    checkOptionalStringMap(this, NAME, 'tags', p.tags);
    checkOptionalString(this, NAME, 'sku', p.sku);
    checkOptionalOneOf(this, NAME, 'generation', p.generation, ['Generation1', 'Generation2', 'None']);
    // PolicyBased is accepted here so that rule VNI-G003 can explain why it does not work.
    checkOptionalOneOf(this, NAME, 'vpnType', p.vpnType, ['RouteBased', 'PolicyBased']);
    checkOptionalName(this, NAME, 'name', p.name, NAMES.gateway);
    checkOptionalName(this, NAME, 'location', p.location, NAMES.location);
    checkOptionalName(this, NAME, 'resourceGroupName', p.resourceGroupName, NAMES.resourceGroup);
    checkOptionalName(this, NAME, 'timeout', p.timeout, NAMES.timeout);
    if (p.sku !== undefined && !isToken(p.sku) && !vpnGatewaySkuFacts(p.sku as string)) {
      throw propsError(this, NAME, 'sku', `is not a VPN gateway SKU, got ${describeValue(p.sku)}; accepted: ${knownVpnGatewaySkuNames().join(', ')}`);
    }

    this.props = props;
    this.virtualNetwork = props.virtualNetwork;
    this.skuName = props.sku ?? DEFAULT_VPN_GATEWAY_SKU;
    const skuFacts = vpnGatewaySkuFacts(this.skuName);
    this.generationName = props.generation ?? skuFacts?.defaultGeneration;
    this.protocols = [...(props.vpnClientProtocols ?? [APP_SERVICE_P2S_PROTOCOL])];
    this.vpnTypeName = props.vpnType ?? 'RouteBased';

    const v = props.virtualNetwork as any;
    const isRef = VirtualNetworkReference.isVirtualNetworkReference(v);
    const location = props.location ?? (isRef ? v.attributes.location : v.location);
    if (location === undefined) {
      throw propsError(this, NAME, 'location', 'is required when the network is an imported reference without a location, got nothing (undefined); accepted: an Azure region such as "westeurope"');
    }
    const resourceGroupName = props.resourceGroupName ?? v.resourceGroupName;

    if (props.gatewaySubnet === undefined) {
      const subnet = new Subnet(this, 'GatewaySubnet', {
        // Azure requires exactly this name for the subnet of a virtual network gateway.
        name: GATEWAY_SUBNET_NAME,
        resourceGroupName: v.resourceGroupName,
        virtualNetworkName: v.name,
        addressPrefixes: [props.gatewaySubnetAddressPrefix!],
      });
      markOwned(subnet);
      this.placements.place(subnet, props.virtualNetwork, 'GatewaySubnet', 'virtual network');
      this.gatewaySubnet = subnet;
    } else {
      this.gatewaySubnet = props.gatewaySubnet;
      this.placements.given(props.gatewaySubnet, props.virtualNetwork, 'GatewaySubnet (given)', 'virtual network');
    }
    const subnetId = SubnetReference.isSubnetReference(this.gatewaySubnet) ? this.gatewaySubnet.subnetId : (this.gatewaySubnet as Subnet).id;

    const name = props.name ?? `vgw-${this.node.addr.substring(0, 8)}`;
    // An AZ SKU is zone-redundant only with a zone-redundant Standard IP (reliability page,
    // 11/18/2025), and azurerm does not treat a Standard IP without zones as zone-redundant: so all
    // three zones. Basic is never zone-redundant, and a token SKU cannot be told: no zones.
    const zones = props.publicIpZones ?? (skuFacts?.zoneRedundant ? [...ZONE_REDUNDANT_ZONES] : undefined);
    // Standard SKU public IPs must be static; Basic public IPs can no longer be created (a new
    // Basic gateway takes a Standard IP too).
    this.publicIp = new PublicIp(this, 'PublicIp', {
      name: `${name}-pip`,
      resourceGroupName,
      location,
      allocationMethod: 'Static',
      sku: 'Standard',
      zones: zones === undefined || isListToken(zones) ? zones : zones.length === 0 ? undefined : [...zones],
      tags: props.tags,
    });
    markOwned(this.publicIp);
    // The gateway and its public IP sit in the network's subscription, like the GatewaySubnet.
    this.placements.place(this.publicIp, props.virtualNetwork, 'gateway public IP', 'virtual network');

    const timeout = props.timeout ?? '120m';
    this.gateway = new VirtualNetworkGateway(this, 'Gateway', {
      name,
      resourceGroupName,
      location,
      type: 'Vpn',
      vpnType: this.vpnTypeName,
      sku: this.skuName,
      generation: this.generationName,
      activeActive: false,
      enableBgp: false,
      ipConfiguration: [{ name: 'vnetGatewayConfig', publicIpAddressId: this.publicIp.id, privateIpAddressAllocation: 'Dynamic', subnetId }],
      vpnClientConfiguration: {
        addressSpace: isListToken(props.pointToSiteAddressPool) ? props.pointToSiteAddressPool : [...props.pointToSiteAddressPool],
        vpnClientProtocols: this.protocols,
        vpnAuthTypes: ['Certificate'],
        // Filled at synthesis time: every GatewayVnetIntegration on this gateway adds its app's
        // certificate (the connection's certBlob), including integrations declared after this line.
        rootCertificate: Lazy.anyValue(
          { produce: () => (this.rootCertificates.length === 0 ? undefined : this.rootCertificates.map((c) => ({ name: c.name, public_cert_data: c.publicCertData }))) },
          { displayHint: 'root certificates of the App Service connections' },
        ) as any,
      },
      customRoute: props.customRoutes && props.customRoutes.length > 0 ? { addressPrefixes: isListToken(props.customRoutes) ? props.customRoutes : [...props.customRoutes] } : undefined,
      // Creating or resizing a gateway takes 30 to 60 minutes or more; the provider defaults are too short.
      timeouts: { create: timeout, update: timeout, delete: timeout },
      tags: props.tags,
      // Azure moves gateways to Generation2 on its own, and azurerm replaces the gateway when
      // `generation` changes: without this, the next plan after such a move would recreate it.
      lifecycle: { ignoreChanges: ['generation'] },
    });
    markOwned(this.gateway);
    this.placements.place(this.gateway, props.virtualNetwork, 'VPN gateway', 'virtual network');
    this.gatewayId = this.gateway.id;

    provideModel<PointToSiteGatewayModel>(this, { key: () => keyOfAttribute(this.gateway, 'id'), model: (ctx) => this.buildModel(ctx) });
    ValidationHub.of(this).register({ construct: this, contribute: (b, ctx) => (b.gateways.push(gatewayModel(this, ctx)), b.placements.push(...this.placements.models(ctx.configurations))) });
  }

  /**
   * The point-to-site pool. An app's source address can be any address in it, so NSGs, firewalls
   * and on-premises routes must allow all of it.
   */
  public get outboundAddressPrefixes(): string[] {
    const pool = this.props.pointToSiteAddressPool;
    return isListToken(pool) ? pool : [...pool];
  }

  /** Names of the root certificates the integrations have added so far. */
  public get rootCertificateNames(): string[] {
    return this.rootCertificates.map((c) => c.name);
  }

  private buildModel(ctx: ModelContext): PointToSiteGatewayModel {
    const subnet = subnetModel(this.gatewaySubnet, this.props.gatewaySubnet === undefined, ctx);
    return {
      path: this.node.path,
      key: keyOfAttribute(this.gateway, 'id'),
      vnet: vnetModel(this.virtualNetwork, ctx),
      pointToSitePool: fact('point-to-site pool (pointToSiteAddressPool)', this.props.pointToSiteAddressPool),
      created: true,
      id: fact('gateway ID (id)', this.gateway.id),
      sku: fact('gateway SKU (sku)', this.skuName),
      gatewayType: given('gateway type (type)', 'Vpn'),
      vpnType: fact('VPN type (vpnType)', this.vpnTypeName),
      generation: fact('gateway generation (generation)', this.generationName, 'unset'),
      protocols: fact('point-to-site protocols (vpnClientProtocols)', this.protocols),
      gatewaySubnetName: relabel(subnet.name, `gateway subnet name (${subnet.label})`),
      gatewaySubnetPrefixes: relabel(subnet.addressPrefixes, `gateway subnet prefixes (${this.props.gatewaySubnet === undefined ? 'gatewaySubnetAddressPrefix' : `address prefixes of ${subnet.label}`})`),
      customRoutes: fact('custom routes (customRoutes)', this.props.customRoutes, 'unset'),
      // Answered by the tree scan (rule VNI-G008 reads inventory.tree); nothing to state here.
      hasExpressRouteGateway: unset('ExpressRoute gateway in the network (the construct tree shows it)'),
      // Read back from the resource, so an escape-hatch change is still judged.
      bgpEnabled: fact('BGP on the gateway (enable_bgp / bgp_enabled)', this.bgpSetting(), 'unset'),
      // Read back from the resources, so an escape-hatch change is still judged.
      location: fact('gateway location (location)', followReference(this.gateway.locationInput, ctx.resources)),
      publicIpLocation: fact('public IP location (location)', followReference(this.publicIp.locationInput, ctx.resources)),
      publicIpZones: fact('public IP zones (publicIpZones)', this.publicIp.zonesInput, 'unset'),
    };
  }

  /**
   * BGP as configured. azurerm 4.73 (CDK Terrain's binding) adds bgp_enabled beside the older
   * enable_bgp, which this construct sets to false: a bgp_enabled set through the escape hatch wins.
   */
  private bgpSetting(): unknown {
    const older = this.gateway.enableBgpInput;
    const newer = (this.gateway as { bgpEnabledInput?: unknown }).bgpEnabledInput;
    return newer !== undefined && older === false ? newer : older ?? newer;
  }

  /** @internal */
  public _registerIntegration(target: RouteTarget): void {
    this.fanout.register(target);
    ValidationHub.of(this).touch();
  }

  /** @internal */
  public _addTransitRoutes(prefixes: readonly string[]): void {
    this.fanout.add(prefixes);
    ValidationHub.of(this).touch();
  }

  /** @internal */
  public _canManageRootCertificates(scope: IConstruct): boolean {
    return TerraformStack.of(scope) === TerraformStack.of(this);
  }

  /** @internal adds a root certificate; returns the name used (made unique on this gateway). */
  public _addRootCertificate(name: string, publicCertData: string): string {
    let unique = name;
    for (let n = 2; this.rootCertificates.some((c) => c.name === unique); n++) unique = `${name}-${n}`;
    this.rootCertificates.push({ name: unique, publicCertData });
    return unique;
  }

  /** @internal */
  public _dependable(): TerraformResource | undefined {
    return this.gateway;
  }
}

