/**
 * Where a resource lands: the provider configuration (and so the subscription) of each resource the
 * constructs create, and of resources handed to them that must sit with a network, compared with
 * the resource they belong to. Filled in by lib/adapter/providers.ts; judged by VNI-R024.
 */

/**
 * How the provider configuration of a resource was chosen:
 * - 'owner-provider': the configuration of the resource it belongs to (same stack);
 * - 'equivalent': a configuration of this stack equivalent to the owner's, which sits in another
 *   stack (the same literal subscription_id, or neither sets one);
 * - 'subscription-match': a configuration of this stack whose literal subscription_id is the
 *   subscription in the owner's resource ID (an imported owner);
 * - 'only-configuration': the stack has a single configuration of that provider, so there was no
 *   other to choose;
 * - 'override': the user chose it (for example VnetPeering's remoteProvider);
 * - 'given': a resource the user created and handed in, with its own configuration;
 * - 'default': the stack's default configuration, for want of a better one.
 */
export type PlacementHow = 'owner-provider' | 'equivalent' | 'subscription-match' | 'only-configuration' | 'override' | 'given' | 'default';

export interface PlacementModel {
  /** Construct path the finding is reported on: the construct that creates or adopts the resource. */
  readonly path: string;
  /** The resource, for messages: "integration subnet web/Integration/Subnet". */
  readonly resource: string;
  /** What it belongs to, for messages: "virtual network web/Hub". */
  readonly owner: string;
  /** The provider configuration the resource uses: "azurerm.connectivity", "azapi (default)". */
  readonly provider: string;
  readonly how: PlacementHow;
  /** Subscription of the owner, lower case, when the library can read it (a literal subscription_id or resource ID). */
  readonly ownerSubscription: string | undefined;
  /** Where ownerSubscription comes from, or why it is unknown. */
  readonly ownerSubscriptionSource: string;
  /** Literal subscription_id of the configuration the resource uses, lower case. */
  readonly subscription: string | undefined;
}
