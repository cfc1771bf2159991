import { Inventory } from '../../model/inventory';
import { PlacementModel } from '../../model/placement';
import { Check, fail, InventoryRule, pass, unverified } from '../rule';

/** Ways of choosing a configuration that put the resource with its owner by construction. */
const WITH_OWNER = new Set<PlacementModel['how']>(['owner-provider', 'equivalent', 'subscription-match', 'only-configuration']);

/** Every resource the constructs create (or adopt into a network) is written in the subscription of what it belongs to. */
export const R024_PROVIDER_SUBSCRIPTION: InventoryRule = {
  id: 'VNI-R024',
  name: 'Deployment.ProviderSubscription',
  level: 'warning',
  scope: 'inventory',
  reads: [],
  readsNoFacts: 'compares the literal subscription_id of provider configurations with the subscriptions in resource IDs (placements recorded by the constructs)',
  source: {
    document: 'Set name and type for child resources (Azure Resource Manager)',
    section: 'Child resources are addressed below their parent; with the Terraform provider meta-argument (developer.hashicorp.com/terraform/language/meta-arguments/resource-provider)',
    url: 'https://learn.microsoft.com/azure/azure-resource-manager/templates/child-resource-name-type',
    versions:
      'A platform fact none of the five documents covers: Terraform writes each resource through the provider configuration it names (the default one when it names none), ' +
      'and azurerm sends the request to the subscription of that configuration; a child resource (subnet, GatewaySubnet, peering side, NSG or route table association, swift connection, ' +
      'App Service network connection and plan route) only exists in the subscription of its parent, and a VPN gateway with its public IP sits in the subscription of the network whose GatewaySubnet it uses. The 2019 integration page adds for gateway-required integration that the network ' +
      'must be in the plan\'s subscription (VNI-G011).',
  },
  summary:
    'A resource the library creates for a network, app or plan uses a provider configuration of that resource\'s subscription; the library says so when it cannot tell.',
  fix:
    'Give the network, app or plan its provider: declare it with `provider: <aliased AzurermProvider>` in this stack, or pass `provider` in fromVirtualNetworkAttributes / fromWebAppAttributes / ' +
    'fromServicePlanAttributes; or set a literal subscription_id on the provider configuration that serves that subscription. For VnetPeering, drop a remoteProvider of another subscription.',
  description:
    'In a landing zone the hub network and its gateway live in a connectivity subscription and the apps in their own, each served by an aliased azurerm provider. ' +
    'The constructs give every resource they create the provider of the resource it belongs to: the integration subnet, its NSG and route table associations, the GatewaySubnet, ' +
    'public IP and gateway take the network\'s; each peering side takes its own network\'s; the swift connection of an imported app and the azapi resources of gateway-required ' +
    'integration take the app\'s (an azapi configuration with the same subscription_id is created once per stack and subscription). For a network or app of another stack, the ' +
    'configuration of this stack with the same subscription_id is used; for an imported one, the configuration whose subscription_id is the subscription in its resource ID. ' +
    'When the stack has a single azurerm configuration there is nothing to choose and the rule passes unless that configuration names another subscription literally. ' +
    'Otherwise, a resource that lands in another subscription than its owner is a warning, and a choice the library cannot check (no literal subscription_id, a token ID) is unverified.',
  example: `const connectivity = new AzurermProvider(stack, 'connectivity', { features: [{}], alias: 'connectivity', subscriptionId: CONNECTIVITY });
const hub = new VirtualNetwork(stack, 'Hub', { ..., provider: connectivity });
// The remote side of the peering is created with azurerm.connectivity: no remoteProvider needed.
new VnetPeering(stack, 'SpokeToHub', { virtualNetwork: spoke, remoteVirtualNetwork: hub });`,
  check(inv: Inventory) {
    return (inv.placements ?? []).map((p) => judge(p));
  },
};

function judge(p: PlacementModel): Check {
  const where = `${p.resource} (${p.provider})`;
  if (p.ownerSubscription !== undefined && p.subscription !== undefined && p.ownerSubscription !== p.subscription) {
    return fail(
      `${where} is written in subscription ${p.subscription}, but ${p.owner} is in subscription ${p.ownerSubscription} (${p.ownerSubscriptionSource}); ` +
        `accepted: a provider configuration with subscription_id ${p.ownerSubscription}`,
      p.path,
    );
  }
  if (WITH_OWNER.has(p.how) || (p.ownerSubscription !== undefined && p.ownerSubscription === p.subscription)) return pass(p.path);
  const unknown = p.ownerSubscription === undefined ? `the subscription of ${p.owner} is unknown (${p.ownerSubscriptionSource})` : `${p.provider} sets no literal subscription_id`;
  return unverified(
    `the library cannot tell whether ${where} lands in the subscription of ${p.owner}: ${unknown}, and the stack has several provider configurations; ` +
      'give the owner its provider (or `provider` in its attributes), or a literal subscription_id on the configuration that serves it',
    p.path,
  );
}
