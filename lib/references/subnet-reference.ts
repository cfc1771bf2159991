import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { referenceKey } from '../adapter/keys';
import { nameAtLevel, parseResourceId, RESOURCE_TYPES } from '../facts/resource-id';
import { provideModel } from '../inventory/model-source';
import { fact } from '../adapter/values';
import { SubnetModel } from '../model/inventory';
import { constructKey } from '../model/resource-key';
import { ATTR, checkAttributes } from './attribute-checks';

/** Facts about a subnet managed elsewhere. */
export interface SubnetAttributes {
  /** Resource ID of the subnet. */
  readonly subnetId: string;
  /**
   * Subnet name.
   * @default - taken from subnetId
   */
  readonly name?: string;
  /**
   * Address prefixes of the subnet.
   * @default - unknown: size rules report "unverified"
   */
  readonly addressPrefixes?: string[];
  /**
   * Services the subnet is delegated to, for example ["Microsoft.Web/serverFarms"].
   * @default - unknown: the delegation rule reports "unverified"
   */
  readonly delegations?: string[];
  /**
   * What already uses the subnet besides App Service integration of this plan (resource IDs or
   * names of private endpoints, network interfaces, other plans, ...). Give an empty list for an
   * unused subnet: regional integration needs one.
   * @default - unknown: VNI-R008 reports "unverified"
   */
  readonly occupants?: string[];
}

/** A subnet the integration constructs can use. */
export interface ISubnetReference {
  readonly subnetId: string;
  /** The facts given for it. */
  readonly attributes: SubnetAttributes;
}

const MARK = Symbol.for('cdktf-appservice-vnet-integration.SubnetReference');

/** Refers to a subnet managed outside this app. */
export class SubnetReference extends Construct implements ISubnetReference {
  /** Imports a subnet by ID and the facts the rules need. */
  public static fromSubnetAttributes(scope: Construct, id: string, attrs: SubnetAttributes): ISubnetReference {
    return new SubnetReference(scope, id, attrs);
  }

  /** True for objects made by fromSubnetAttributes. */
  public static isSubnetReference(x: any): x is SubnetReference {
    return x !== null && typeof x === 'object' && MARK in x;
  }

  public readonly subnetId: string;
  public readonly attributes: SubnetAttributes;

  private constructor(scope: Construct, id: string, attrs: SubnetAttributes) {
    super(scope, id);
    Object.defineProperty(this, MARK, { value: true });
    checkAttributes(this, 'SubnetReference.fromSubnetAttributes', attrs, {
      subnetId: ATTR.id('Microsoft.Network/virtualNetworks/subnets', 'Microsoft.ClassicNetwork/virtualNetworks/subnets'), name: ATTR.name(80), addressPrefixes: ATTR.blocks, delegations: { ...ATTR.strings, max: 256 }, occupants: ATTR.strings,
    });
    this.subnetId = attrs.subnetId;
    const parsed = Token.isUnresolved(attrs.subnetId) ? undefined : parseResourceId(attrs.subnetId);
    const parsedName = parsed && nameAtLevel(parsed, RESOURCE_TYPES.subnet);
    this.attributes = { ...attrs, name: attrs.name ?? parsedName };
    const a = this.attributes;
    const key = () => referenceKey(attrs.subnetId) ?? constructKey(this.node.path);
    provideModel<SubnetModel>(this, {
      key,
      model: () => ({
        key: key(),
        label: this.node.path,
        name: fact('subnet name (name)', a.name),
        addressPrefixes: fact('subnet address prefixes (addressPrefixes)', a.addressPrefixes),
        delegations: fact('subnet delegations (delegations)', a.delegations),
        created: false,
        occupants: fact('subnet occupants (occupants)', a.occupants),
      }),
    });
  }
}
