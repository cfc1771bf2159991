import type { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { VirtualNetworkPeering } from '@cdktf/provider-azurerm/lib/virtual-network-peering';
import { TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { EvaluationContext, ModelContext } from '../inventory/model-source';
import { keyOf, vnetModel } from '../inventory/resource-models';
import { isResourceOfType } from '../adapter/tokens';
import { fact } from '../adapter/values';
import { markOwned } from '../adapter/markers';
import { PlacementRecorder } from '../adapter/providers';
import { ValidationHub } from '../inventory/validation-hub';
import { given } from '../model/fact';
import { PeeringModel, PeeringSideModel } from '../model/peering';
import { IVirtualNetworkReference, VirtualNetworkReference } from '../references/virtual-network-reference';
import { checkOptionalBoolean, propsError, requireObject } from './props-checks';
import { describeValue } from '../text/describe-value';

const NAME = 'VnetPeering';
const PEERING_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,78}[A-Za-z0-9_]$|^[A-Za-z0-9]$/;

/** Properties of a VnetPeering. */
export interface VnetPeeringProps {
  /** The local virtual network (usually the one holding the apps' integration subnet). */
  readonly virtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  /** The virtual network to peer with; it may be in another region (global peering). */
  readonly remoteVirtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  /**
   * Let the two networks reach each other (allow_virtual_network_access on both sides). Turning it
   * off blocks the apps from the remote network; rule VNI-P007 warns about it.
   * @default true
   */
  readonly allowVirtualNetworkAccess?: boolean;
  /**
   * Accept traffic that did not start in the peered network, such as traffic forwarded by a
   * network virtual appliance (allow_forwarded_traffic on both sides). Regional integration does
   * not need it.
   * @default false
   */
  readonly allowForwardedTraffic?: boolean;
  /**
   * Name of the peering on the local network.
   * @default "<local name>-to-<remote name>" when both names are plain strings and short enough, else "peering-<hash>-local"
   */
  readonly name?: string;
  /**
   * Name of the peering on the remote network.
   * @default "<remote name>-to-<local name>" when both names are plain strings and short enough, else "peering-<hash>-remote"
   */
  readonly remoteName?: string;
  /**
   * Create the remote side of the peering too. Turn it off when the remote network is managed by
   * someone else, who then creates the other side; until then the peering stays "Initiated".
   * @default true
   */
  readonly createRemoteSide?: boolean;
  /**
   * Provider for the remote side: an explicit override. Without it, the remote side uses the remote
   * network's own provider (an azurerm VirtualNetwork's `provider`, or the `provider` attribute of a
   * reference), or the provider of this stack whose subscription_id is the network's subscription
   * (read from a reference's ID, or from the provider of a network in another stack). Rule VNI-R024
   * warns when it lands in another subscription than the network, or when the library cannot tell.
   * @default - the remote network's provider, as above
   */
  readonly remoteProvider?: TerraformProvider;
}

/** Name, resource group and ID of a generated or imported virtual network. */
interface NetworkHandles {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly id: string;
}

function handles(vnet: VirtualNetwork | IVirtualNetworkReference): NetworkHandles {
  if (VirtualNetworkReference.isVirtualNetworkReference(vnet)) {
    return { name: vnet.name, resourceGroupName: vnet.resourceGroupName, id: vnet.virtualNetworkId };
  }
  const v = vnet as VirtualNetwork;
  return { name: v.name, resourceGroupName: v.resourceGroupName, id: v.id };
}

/** The name the user gave the network, when it is a plain string. */
function literalName(vnet: VirtualNetwork | IVirtualNetworkReference): string | undefined {
  const n = VirtualNetworkReference.isVirtualNetworkReference(vnet) ? vnet.name : (vnet as VirtualNetwork).nameInput;
  return typeof n === 'string' && !Token.isUnresolved(n) ? n : undefined;
}

/**
 * A plain two-way virtual network peering: one azurerm_virtual_network_peering on each network,
 * both allowing virtual network access, neither offering nor using a gateway.
 *
 * This is all regional virtual network integration needs to reach a peered network: the apps send
 * from their integration subnet, and the peering carries that traffic. The remote network may be
 * in another region (global peering); see docs/peering.md.
 *
 * Each side is created with its own network's provider, so a hub in another subscription needs no
 * remoteProvider (rule VNI-R024 checks where each side lands).
 */
export class VnetPeering extends Construct {
  /** The peering on the local network. */
  public readonly localPeering: VirtualNetworkPeering;
  /** The peering on the remote network, unless createRemoteSide is false. */
  public readonly remotePeering?: VirtualNetworkPeering;
  /** The local virtual network. */
  public readonly virtualNetwork: VirtualNetwork | IVirtualNetworkReference;
  /** The remote virtual network. */
  public readonly remoteVirtualNetwork: VirtualNetwork | IVirtualNetworkReference;

  private readonly access: boolean;
  private readonly forwarded: boolean;
  private readonly placements = new PlacementRecorder(this);

  constructor(scope: Construct, id: string, props: VnetPeeringProps) {
    super(scope, id);
    const p = requireObject(this, NAME, props);
    for (const prop of ['virtualNetwork', 'remoteVirtualNetwork'] as const) {
      const v = p[prop];
      if (!isResourceOfType(v, 'azurerm_virtual_network') && !VirtualNetworkReference.isVirtualNetworkReference(v)) {
        throw propsError(this, NAME, prop, `must be an azurerm VirtualNetwork or VirtualNetworkReference.fromVirtualNetworkAttributes(...), got ${describeValue(v)}`);
      }
    }
    checkOptionalBoolean(this, NAME, 'allowVirtualNetworkAccess', p.allowVirtualNetworkAccess);
    checkOptionalBoolean(this, NAME, 'allowForwardedTraffic', p.allowForwardedTraffic);
    checkOptionalBoolean(this, NAME, 'createRemoteSide', p.createRemoteSide);
    if (p.remoteProvider !== undefined && !TerraformProvider.isTerraformProvider(p.remoteProvider)) {
      throw propsError(this, NAME, 'remoteProvider', `must be a Terraform provider (an aliased AzurermProvider), got ${describeValue(p.remoteProvider)}`);
    }
    for (const prop of ['name', 'remoteName'] as const) {
      const v = p[prop];
      if (v === undefined || Token.isUnresolved(v)) continue;
      if (typeof v !== 'string' || !PEERING_NAME.test(v)) {
        throw propsError(this, NAME, prop, `must be 1 to 80 letters, digits, "_", "." or "-", starting with a letter or digit and not ending with "." or "-", got ${describeValue(v)}`);
      }
    }
    if (keyOf(props.virtualNetwork) === keyOf(props.remoteVirtualNetwork)) {
      throw propsError(this, NAME, 'remoteVirtualNetwork', `is the same network as "virtualNetwork", got ${describeValue(props.remoteVirtualNetwork)}; accepted: another network (a network cannot be peered with itself)`);
    }

    this.virtualNetwork = props.virtualNetwork;
    this.remoteVirtualNetwork = props.remoteVirtualNetwork;
    this.access = props.allowVirtualNetworkAccess ?? true;
    this.forwarded = props.allowForwardedTraffic ?? false;

    const local = handles(props.virtualNetwork);
    const remote = handles(props.remoteVirtualNetwork);
    const localName = literalName(props.virtualNetwork);
    const remoteName = literalName(props.remoteVirtualNetwork);
    const hash = this.node.addr.substring(0, 8);
    const named = localName !== undefined && remoteName !== undefined && localName.length + remoteName.length + 4 <= 80;

    // Each side is a child of its own network: it is written with that network's provider.
    this.localPeering = this.side('Local', props.name ?? (named ? `${localName}-to-${remoteName}` : `peering-${hash}-local`), local, remote);
    this.placements.place(this.localPeering, props.virtualNetwork, 'local peering', 'virtual network');
    if (props.createRemoteSide ?? true) {
      this.remotePeering = this.side('Remote', props.remoteName ?? (named ? `${remoteName}-to-${localName}` : `peering-${hash}-remote`), remote, local);
      this.placements.place(this.remotePeering, props.remoteVirtualNetwork, 'remote peering', 'remote virtual network', props.remoteProvider);
    }

    ValidationHub.of(this).register({ construct: this, contribute: (b, ctx) => (b.peerings.push(this.model(ctx)), b.placements.push(...this.placements.models(ctx.configurations))) });
  }

  /** @internal the model the rules judge (a fresh context outside an evaluation). */
  public _model(ctx: ModelContext = new EvaluationContext()): PeeringModel {
    return this.model(ctx);
  }

  private side(id: string, name: string, local: NetworkHandles, remote: NetworkHandles): VirtualNetworkPeering {
    const peering = new VirtualNetworkPeering(this, id, {
      name,
      resourceGroupName: local.resourceGroupName,
      virtualNetworkName: local.name,
      remoteVirtualNetworkId: remote.id,
      allowVirtualNetworkAccess: this.access,
      allowForwardedTraffic: this.forwarded,
      allowGatewayTransit: false,
      useRemoteGateways: false,
    });
    markOwned(peering);
    return peering;
  }

  private model(ctx: ModelContext): PeeringModel {
    const local = vnetModel(this.virtualNetwork, ctx);
    const remote = vnetModel(this.remoteVirtualNetwork, ctx);
    const side = (path: string, l: typeof local, r: typeof local): PeeringSideModel => ({
      path,
      local: l,
      remote: r,
      allowVirtualNetworkAccess: fact('allow_virtual_network_access (allowVirtualNetworkAccess)', this.access),
      allowForwardedTraffic: fact('allow_forwarded_traffic (allowForwardedTraffic)', this.forwarded),
      allowGatewayTransit: given('allow_gateway_transit', false),
      useRemoteGateways: given('use_remote_gateways', false),
      role: 'peer',
    });
    const sides = [side(this.localPeering.node.path, local, remote)];
    if (this.remotePeering) sides.push(side(this.remotePeering.node.path, remote, local));
    return { path: this.node.path, purpose: 'plain', kind: 'plain', sides, gateway: undefined };
  }
}

