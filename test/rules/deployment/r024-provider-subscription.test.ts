import { PlacementModel } from '../../../lib/model/placement';
import { R024_PROVIDER_SUBSCRIPTION as rule } from '../../../lib/rules/deployment/r024-provider-subscription';
import { inventory } from '../../helpers/models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const APP_SUB = '11111111-1111-1111-1111-111111111111';
const HUB_SUB = '22222222-2222-2222-2222-222222222222';

function placement(over: Partial<PlacementModel> = {}): PlacementModel {
  return {
    path: 'S/Peering',
    resource: 'remote peering S/Peering/Remote',
    owner: 'remote virtual network S/Hub',
    provider: 'azurerm.connectivity',
    how: 'owner-provider',
    ownerSubscription: HUB_SUB,
    ownerSubscriptionSource: 'subscription_id of azurerm.connectivity',
    subscription: HUB_SUB,
    ...over,
  };
}

const check = (...p: PlacementModel[]) => checkInventory(rule, inventory({ placements: p }));

describe('VNI-R024 Deployment.ProviderSubscription', () => {
  test('Compliance: the owner\'s own provider, a matching subscription, the only configuration', () => {
    expect(kinds(check(placement()))).toEqual(['pass']);
    expect(kinds(check(placement({ how: 'subscription-match' })))).toEqual(['pass']);
    expect(kinds(check(placement({ how: 'equivalent', ownerSubscription: undefined, subscription: undefined })))).toEqual(['pass']);
    expect(kinds(check(placement({ how: 'only-configuration', subscription: undefined })))).toEqual(['pass']);
    // An override in the right subscription.
    expect(kinds(check(placement({ how: 'override' })))).toEqual(['pass']);
    // No placements (an inventory built without constructs): nothing to judge.
    expect(checkInventory(rule, inventory())).toEqual([]);
  });

  test('Noncompliance: another subscription than the owner, with the rule ID and both subscriptions', () => {
    const p = placement({ how: 'override', subscription: APP_SUB });
    expect(kinds(check(p))).toEqual(['fail']);
    expect(messages(check(p))).toMatch(new RegExp(`written in subscription ${APP_SUB}, but remote virtual network S/Hub is in subscription ${HUB_SUB}`));
    expect(evaluateRule(rule, inventory({ placements: [p] }))[0].message).toMatch(/^\[VNI-R024\] Deployment\.ProviderSubscription: remote peering S\/Peering\/Remote \(azurerm\.connectivity\)/);
    // The only configuration, but it names another subscription literally.
    expect(kinds(check(placement({ how: 'only-configuration', subscription: APP_SUB })))).toEqual(['fail']);
  });

  test('Unverified: the library cannot tell (no literal subscription_id, or a token ID)', () => {
    const c = check(placement({ how: 'default', subscription: undefined, provider: 'azurerm (default)' }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/cannot tell whether .* azurerm \(default\) sets no literal subscription_id/);
    const t = check(placement({ how: 'default', ownerSubscription: undefined, ownerSubscriptionSource: 'its resource ID is not literal and it names no provider' }));
    expect(messages(t)).toMatch(/the subscription of remote virtual network S\/Hub is unknown \(its resource ID is not literal/);
  });
  test('the fail message says which provider configuration is accepted', () => {
    const c = check(placement({ how: 'override', subscription: APP_SUB }));
    expect(messages(c)).toBe(
      `remote peering S/Peering/Remote (azurerm.connectivity) is written in subscription ${APP_SUB}, but remote virtual network S/Hub is in subscription ${HUB_SUB} (subscription_id of azurerm.connectivity); accepted: a provider configuration with subscription_id ${HUB_SUB}`,
    );
  });
  test('Unverified: both subscriptions unknown is not a match', () => {
    const c = check(placement({ how: 'default', ownerSubscription: undefined, subscription: undefined, ownerSubscriptionSource: 'its resource ID is not literal' }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toBe(
      'the library cannot tell whether remote peering S/Peering/Remote (azurerm.connectivity) lands in the subscription of remote virtual network S/Hub: the subscription of remote virtual network S/Hub is unknown (its resource ID is not literal), and the stack has several provider configurations; ' +
        'give the owner its provider (or `provider` in its attributes), or a literal subscription_id on the configuration that serves it',
    );
  });
  test('Compliance: a default provider that names the owner\'s subscription literally', () => {
    expect(kinds(check(placement({ how: 'default' })))).toEqual(['pass']);
  });
});
