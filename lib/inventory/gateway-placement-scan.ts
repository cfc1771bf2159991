/**
 * The part of the tree scan that places VPN gateways and GatewaySubnets in their networks, for the
 * one-per-network rule (VNI-G029). The tree scan hands it every resource; it keeps what it needs.
 */
import { TerraformResource } from 'cdktf';
import { keyOfAttribute, networkNameKey, referenceKey } from '../adapter/keys';
import { isUnresolved } from '../adapter/tokens';
import { GATEWAY_SUBNET_NAME } from '../facts/vpn-gateway-sku';
import { GatewayPlacementFacts, PlacedResource } from '../model/inventory';
import { isLiteralKey, ResourceKey } from '../model/resource-key';
import { isOfType, nameAtLevel, parseResourceId, RESOURCE_TYPES } from '../facts/resource-id';

type AnyInput = Record<string, unknown>;

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** The network key of a literal subnet ID (its network's name in its resource group). */
function networkOfSubnetId(subnetId: unknown): ResourceKey | undefined {
  const id = parseResourceId(subnetId);
  if (!id || !isOfType(id, RESOURCE_TYPES.subnet)) return undefined;
  return networkNameKey(id.resourceGroup, nameAtLevel(id, RESOURCE_TYPES.virtualNetwork));
}

export class GatewayPlacementScan {
  private readonly vnetOfSubnet = new Map<ResourceKey, ResourceKey>();
  private readonly gatewaySubnetsByVnet = new Map<ResourceKey, PlacedResource[]>();
  private readonly gateways: { placed: PlacedResource; subnetIds: unknown[] }[] = [];

  /** Looks at one resource of the tree. */
  public visit(r: TerraformResource & AnyInput, type: string, path: string): void {
    if (type === 'azurerm_subnet') {
      const vnetKey = networkNameKey(r.resourceGroupNameInput, r.virtualNetworkNameInput);
      if (!vnetKey) return;
      const key = keyOfAttribute(r, 'id');
      this.vnetOfSubnet.set(key, vnetKey);
      const name = r.nameInput;
      // Azure compares subnet names without case; a name that is a token cannot be told.
      if (typeof name === 'string' && !isUnresolved(name) && name.toLowerCase() === GATEWAY_SUBNET_NAME.toLowerCase()) {
        push(this.gatewaySubnetsByVnet, vnetKey, { path, key });
      }
      return;
    }
    if (type === 'azurerm_virtual_network_gateway') {
      // ExpressRoute gateways may share a network with a VPN gateway (VNI-G008 judges those); a type that is a token cannot be told.
      const gatewayType = r.typeInput;
      if (typeof gatewayType !== 'string' || gatewayType.toLowerCase() !== 'vpn') return;
      const configs = Array.isArray(r.ipConfigurationInput) ? r.ipConfigurationInput : r.ipConfigurationInput ? [r.ipConfigurationInput] : [];
      this.gateways.push({ placed: { path, key: keyOfAttribute(r, 'id') }, subnetIds: (configs as AnyInput[]).map((c) => c?.subnetId) });
    }
  }

  /** The facts, once every resource was visited (subnets may come after their gateways). */
  public finish(): GatewayPlacementFacts {
    const vpnGatewaysByVnet = new Map<ResourceKey, PlacedResource[]>();
    for (const g of this.gateways) {
      for (const id of g.subnetIds) {
        const key = referenceKey(id);
        const vnetKey = key ? this.vnetOfSubnet.get(key) ?? (isLiteralKey(key) ? networkOfSubnetId(id) : undefined) : undefined;
        if (vnetKey) {
          push(vpnGatewaysByVnet, vnetKey, g.placed);
          break;
        }
      }
    }
    return { vpnGatewaysByVnet, gatewaySubnetsByVnet: this.gatewaySubnetsByVnet };
  }
}
