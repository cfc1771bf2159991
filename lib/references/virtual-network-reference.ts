import { TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { networkNameKey, referenceKey } from '../adapter/keys';
import { networkNameOf, parseResourceId } from '../facts/resource-id';
import { provideModel } from '../inventory/model-source';
import { configured, fact } from '../adapter/values';
import { showConfigured } from '../model/reading';
import { VnetModel } from '../model/inventory';
import { constructKey } from '../model/resource-key';
import { describeValue } from '../text/describe-value';
import { ATTR, checkAttributes } from './attribute-checks';

/** Facts about a virtual network managed elsewhere. */
export interface VirtualNetworkAttributes {
  /** Resource ID of the virtual network. */
  readonly virtualNetworkId: string;
  /**
   * Name of the network.
   * @default - taken from virtualNetworkId
   */
  readonly name?: string;
  /**
   * Resource group of the network.
   * @default - taken from virtualNetworkId
   */
  readonly resourceGroupName?: string;
  /**
   * Azure region of the network.
   * @default - unknown: region rules report "unverified"
   */
  readonly location?: string;
  /**
   * Address space of the network.
   * @default - unknown: containment and overlap rules report "unverified"
   */
  readonly addressSpace?: string[];
  /**
   * The azurerm provider configuration that serves this network (an aliased AzurermProvider for
   * another subscription). Resources the library creates for it use this provider.
   * @default - the provider of this stack whose literal subscription_id is the one in virtualNetworkId, else the stack's default provider (rule VNI-R024 says when it cannot tell)
   */
  readonly provider?: TerraformProvider;
}

/** A virtual network the integration constructs can use. */
export interface IVirtualNetworkReference {
  readonly virtualNetworkId: string;
  /** Name of the network. */
  readonly name: string;
  /** Resource group of the network. */
  readonly resourceGroupName: string;
  /** The facts given for it. */
  readonly attributes: VirtualNetworkAttributes;
}

const MARK = Symbol.for('cdktf-appservice-vnet-integration.VirtualNetworkReference');

/** Refers to a virtual network managed outside this app. */
export class VirtualNetworkReference extends Construct implements IVirtualNetworkReference {
  /** Imports a virtual network by ID and the facts the rules need. */
  public static fromVirtualNetworkAttributes(scope: Construct, id: string, attrs: VirtualNetworkAttributes): IVirtualNetworkReference {
    return new VirtualNetworkReference(scope, id, attrs);
  }

  /** True for objects made by fromVirtualNetworkAttributes. */
  public static isVirtualNetworkReference(x: any): x is VirtualNetworkReference {
    return x !== null && typeof x === 'object' && MARK in x;
  }

  public readonly virtualNetworkId: string;
  public readonly name: string;
  public readonly resourceGroupName: string;
  public readonly attributes: VirtualNetworkAttributes;

  private constructor(scope: Construct, id: string, attrs: VirtualNetworkAttributes) {
    super(scope, id);
    Object.defineProperty(this, MARK, { value: true });
    checkAttributes(this, 'VirtualNetworkReference.fromVirtualNetworkAttributes', attrs, {
      virtualNetworkId: { kind: 'id' }, name: ATTR.name(64), resourceGroupName: ATTR.name(90), location: ATTR.location, addressSpace: ATTR.blocks, provider: ATTR.provider,
    });
    const parsed = Token.isUnresolved(attrs.virtualNetworkId) ? undefined : parseResourceId(attrs.virtualNetworkId);
    const name = attrs.name ?? (parsed && networkNameOf(parsed));
    const rg = attrs.resourceGroupName ?? parsed?.resourceGroup;
    if (!name || !rg) {
      const got = Token.isUnresolved(attrs.virtualNetworkId) ? showConfigured(configured(attrs.virtualNetworkId)) : describeValue(attrs.virtualNetworkId);
      throw new Error(`${this.node.path}: VirtualNetworkReference.fromVirtualNetworkAttributes: "virtualNetworkId" is a token (known only at apply), so the network's name and resource group cannot be read from it, got ${got}; accepted: give "name" and "resourceGroupName" as well, or a literal ID (/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<name>)`);
    }
    this.virtualNetworkId = attrs.virtualNetworkId;
    this.name = name;
    this.resourceGroupName = rg;
    this.attributes = attrs;
    const key = () => referenceKey(attrs.virtualNetworkId) ?? constructKey(this.node.path);
    provideModel<VnetModel>(this, {
      key,
      model: () => ({
        key: key(),
        nameKeys: [networkNameKey(rg, name)].filter((k) => k !== undefined),
        label: this.node.path,
        id: fact('virtual network ID (virtualNetworkId)', attrs.virtualNetworkId),
        name: fact('virtual network name (name)', name),
        location: fact('virtual network location', attrs.location),
        addressSpace: fact('virtual network address space (addressSpace)', attrs.addressSpace),
        subscriptionId: undefined,
        declared: false,
      }),
    });
  }
}
