import type { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { TerraformResource } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { referenceKey } from '../adapter/keys';
import { isResourceOfType } from '../adapter/tokens';
import { ModelContext, provideModel } from '../inventory/model-source';
import { gatewayModel, vnetModel } from '../inventory/resource-models';
import { ValidationHub } from '../inventory/validation-hub';
import { fact, isListToken } from '../adapter/values';
import { given, missing } from '../model/fact';
import { PointToSiteGatewayModel } from '../model/gateway';
import { constructKey, ResourceKey } from '../model/resource-key';
import { describeValue } from '../text/describe-value';
import { ATTR, checkAttributes } from './attribute-checks';
import { GATEWAY_MARK, RouteTarget, TransitRouteFanout } from './gateway-hooks';
import { IVirtualNetworkReference, VirtualNetworkReference } from './virtual-network-reference';

/** A virtual network gateway with a point-to-site configuration that apps can connect through. */
export interface IPointToSiteGateway extends IConstruct {
  /** Resource ID of the gateway. */
  readonly gatewayId: string;
  /** The network the gateway serves. */
  readonly virtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  /**
   * The point-to-site pool: an app's source address can be any address in it, so NSGs, firewalls
   * and on-premises routes must allow all of it.
   */
  readonly outboundAddressPrefixes: string[];
}

/** Facts about a gateway managed elsewhere. Facts left out are reported as unverified. */
export interface PointToSiteGatewayAttributes {
  /** Resource ID of the gateway (Microsoft.Network/virtualNetworkGateways). */
  readonly gatewayId: string;
  /** The network the gateway sits in. */
  readonly virtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  /**
   * Point-to-site address pool (vpn_client_configuration.address_space).
   * @default - unknown: pool rules report "unverified"
   */
  readonly pointToSiteAddressPool?: string[];
  /**
   * SKU, for example "VpnGw1AZ".
   * @default - unknown
   */
  readonly sku?: string;
  /**
   * Gateway type: "Vpn" or "ExpressRoute".
   * @default - unknown: reported as unverified
   */
  readonly gatewayType?: string;
  /**
   * VPN type: "RouteBased" or "PolicyBased".
   * @default - unknown: reported as unverified
   */
  readonly vpnType?: string;
  /**
   * Point-to-site tunnel types, for example ["SSTP"].
   * @default - unknown: reported as unverified
   */
  readonly vpnClientProtocols?: string[];
  /**
   * Address prefix of the network's GatewaySubnet.
   * @default - unknown: the gateway subnet size is not checked
   */
  readonly gatewaySubnetAddressPrefix?: string;
  /**
   * Whether the network also has an ExpressRoute gateway.
   * @default - unknown: reported as unverified
   */
  readonly hasExpressRouteGateway?: boolean;
  /**
   * Whether the gateway runs BGP (for example with a site-to-site connection to on-premises).
   * @default - unknown: rule VNI-G022 reports "unverified"
   */
  readonly bgpEnabled?: boolean;
  /**
   * Prefixes the gateway advertises to point-to-site clients (custom_route), for example
   * on-premises ranges learned over BGP.
   * @default - unknown: when bgpEnabled is true, rule VNI-G022 reports "unverified"
   */
  readonly customRoutes?: string[];
}

/**
 * Refers to a point-to-site gateway managed outside this stack. Apps can connect through it, but
 * the library cannot add their certificates to its root certificates: add each integration's
 * `certificateData` where the gateway is managed (rule VNI-G019 reminds you).
 */
export class PointToSiteGatewayReference extends Construct implements IPointToSiteGateway {
  /** Adopts an existing gateway by ID and the facts the rules need. */
  public static fromGatewayAttributes(scope: Construct, id: string, attrs: PointToSiteGatewayAttributes): IPointToSiteGateway {
    return new PointToSiteGatewayReference(scope, id, attrs);
  }

  public readonly gatewayId: string;
  public readonly virtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  public readonly attributes: PointToSiteGatewayAttributes;
  private readonly fanout = new TransitRouteFanout();

  private constructor(scope: Construct, id: string, attrs: PointToSiteGatewayAttributes) {
    super(scope, id);
    Object.defineProperty(this, GATEWAY_MARK, { value: true });
    checkAttributes(this, 'PointToSiteGatewayReference.fromGatewayAttributes', attrs, {
      gatewayId: ATTR.id('Microsoft.Network/virtualNetworkGateways', 'Microsoft.ClassicNetwork/virtualNetworks/gateways'), pointToSiteAddressPool: ATTR.pool, sku: ATTR.name(64), gatewayType: ATTR.oneOf('Vpn', 'ExpressRoute'),
      vpnType: ATTR.oneOf('RouteBased', 'PolicyBased'), vpnClientProtocols: { ...ATTR.strings, max: 16 }, gatewaySubnetAddressPrefix: ATTR.cidr,
      hasExpressRouteGateway: ATTR.boolean, bgpEnabled: ATTR.boolean, customRoutes: ATTR.routes,
    });
    const v = (attrs as { virtualNetwork?: unknown }).virtualNetwork;
    if (!isResourceOfType(v, 'azurerm_virtual_network') && !VirtualNetworkReference.isVirtualNetworkReference(v)) {
      throw new Error(`${this.node.path}: PointToSiteGatewayReference.fromGatewayAttributes: "virtualNetwork" must be an azurerm VirtualNetwork or VirtualNetworkReference.fromVirtualNetworkAttributes(...), got ${describeValue(v)}`);
    }
    this.gatewayId = attrs.gatewayId;
    this.virtualNetwork = attrs.virtualNetwork;
    this.attributes = attrs;
    const key = () => referenceKey(attrs.gatewayId) ?? constructKey(this.node.path);
    provideModel<PointToSiteGatewayModel>(this, { key, model: (ctx) => this.buildModel(key(), ctx) });
    // Adopted gateways are judged too: their stated facts are checked, missing ones reported as unverified.
    ValidationHub.of(this).register({ construct: this, contribute: (b, ctx) => b.gateways.push(gatewayModel(this, ctx)) });
  }

  public get outboundAddressPrefixes(): string[] {
    const pool = this.attributes.pointToSiteAddressPool;
    // A list token stays whole: spreading it would break its encoding.
    return pool === undefined ? [] : isListToken(pool) ? pool : [...pool];
  }

  private buildModel(key: ResourceKey, ctx: ModelContext): PointToSiteGatewayModel {
    const a = this.attributes;
    return {
      path: this.node.path,
      key,
      vnet: vnetModel(this.virtualNetwork, ctx),
      pointToSitePool: fact('point-to-site pool (pointToSiteAddressPool)', a.pointToSiteAddressPool),
      created: false,
      id: fact('gateway ID (gatewayId)', a.gatewayId),
      sku: fact('gateway SKU (sku)', a.sku),
      gatewayType: fact('gateway type (gatewayType)', a.gatewayType),
      vpnType: fact('VPN type (vpnType)', a.vpnType),
      generation: missing('gateway generation (not stated for an adopted gateway)'),
      protocols: fact('point-to-site protocols (vpnClientProtocols)', a.vpnClientProtocols),
      // Azure only places gateways in a subnet named GatewaySubnet, so an existing gateway's subnet has that name.
      gatewaySubnetName: given('gateway subnet name', 'GatewaySubnet'),
      gatewaySubnetPrefixes: fact('gateway subnet prefix (gatewaySubnetAddressPrefix)', a.gatewaySubnetAddressPrefix === undefined ? undefined : [a.gatewaySubnetAddressPrefix]),
      customRoutes: fact('custom routes (customRoutes)', a.customRoutes),
      hasExpressRouteGateway: fact('ExpressRoute gateway in the network (hasExpressRouteGateway)', a.hasExpressRouteGateway),
      bgpEnabled: fact('BGP on the gateway (bgpEnabled)', a.bgpEnabled),
      // Azure placed the adopted gateway and its public IP already; the library sees neither.
      location: missing('gateway location (not stated for an adopted gateway)'),
      publicIpLocation: missing('public IP location (not stated for an adopted gateway)'),
      publicIpZones: missing('public IP zones (not stated for an adopted gateway)'),
    };
  }

  /** @internal */
  public _registerIntegration(target: RouteTarget): void {
    this.fanout.register(target);
  }

  /** @internal */
  public _addTransitRoutes(prefixes: readonly string[]): void {
    this.fanout.add(prefixes);
  }

  /** @internal */
  public _canManageRootCertificates(_scope: IConstruct): boolean {
    return false;
  }

  /** @internal */
  public _addRootCertificate(_name: string, _data: string): string {
    throw new Error(`${this.node.path}: root certificates of an adopted gateway are managed where the gateway is managed`);
  }

  /** @internal */
  public _dependable(): TerraformResource | undefined {
    return undefined;
  }
}
