import { G011_SAME_SUBSCRIPTION as rule } from '../../../lib/rules/gateway/g011-same-subscription';
import { gateway, integration, inventory, kinds, plan, vnet } from './models';
import { known, token } from '../../helpers/models';
import { messages } from '../../helpers/rule-harness';

const planIn = (sub: string) => plan({ declared: false, id: known('plan ID (servicePlanId)', `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.Web/serverfarms/p`) });
const vnetIn = (sub: string) => gateway({ vnet: vnet({ declared: false, id: known('virtual network ID (virtualNetworkId)', `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v`) }) });

describe('VNI-G011 Gateway.SameSubscription', () => {
  test('Compliance: same subscription', () => {
    expect(kinds(rule.check(integration({ plan: planIn('a'), gateway: vnetIn('A') }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: different subscriptions', () => {
    const [c] = rule.check(integration({ plan: planIn('a'), gateway: vnetIn('b') }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/plan stack\/plan is in subscription a and network stack\/vnet in subscription b/);
  });
  test('only one ID known is unverified; none known (both in this app) passes', () => {
    expect(kinds(rule.check(integration({ plan: planIn('a') }), inventory()))).toEqual(['unverified']);
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('a plan resource whose provider names its subscription is compared with an imported network', () => {
    expect(kinds(rule.check(integration({ plan: plan({ subscriptionId: 'a' }), gateway: vnetIn('A') }), inventory()))).toEqual(['pass']);
    const [c] = rule.check(integration({ plan: plan({ subscriptionId: 'b' }), gateway: vnetIn('a') }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/in subscription b and network .* in subscription a/);
  });
  test('two resources whose providers name different subscriptions fail', () => {
    const [c] = rule.check(integration({ plan: plan({ subscriptionId: 'a' }), gateway: gateway({ vnet: vnet({ subscriptionId: 'b' }) }) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
  });
  test('unverified message names the side declared without a literal subscription and the side it is compared with', () => {
    // An imported plan with a known subscription, a network of this app whose provider names none.
    const planKnown = rule.check(integration({ plan: planIn('a') }), inventory());
    expect(kinds(planKnown)).toEqual(['unverified']);
    expect(messages(planKnown)).toBe("the network is declared in this app without a literal subscription_id on its azurerm provider, so its subscription cannot be compared with the plan's (set subscription_id on that provider to let it be checked)");
    // The other way round: the network is imported, the plan is declared here without a subscription.
    const vnetKnown = rule.check(integration({ gateway: vnetIn('a') }), inventory());
    expect(kinds(vnetKnown)).toEqual(['unverified']);
    expect(messages(vnetKnown)).toBe("the plan is declared in this app without a literal subscription_id on its azurerm provider, so its subscription cannot be compared with the network's (set subscription_id on that provider to let it be checked)");
  });
  test('an imported ID that is a token is unverified, naming the side', () => {
    const planToken = rule.check(integration({ plan: plan({ declared: false, id: token('plan ID (servicePlanId)', 'var.plan_id') }), gateway: vnetIn('a') }), inventory());
    expect(kinds(planToken)).toEqual(['unverified']);
    expect(messages(planToken)).toContain('the subscription of plan stack/plan cannot be checked: ');
    const vnetToken = rule.check(integration({ plan: planIn('a'), gateway: gateway({ vnet: vnet({ declared: false, id: token('virtual network ID (virtualNetworkId)', 'var.vnet_id') }) }) }), inventory());
    expect(kinds(vnetToken)).toEqual(['unverified']);
    expect(messages(vnetToken)).toContain('the subscription of network stack/vnet cannot be checked: ');
  });
  test('Noncompliance: an imported ID that is not a full resource ID fails, naming the side and the value', () => {
    const c = rule.check(integration({ plan: plan({ declared: false, id: known('plan ID (servicePlanId)', 'my-plan') }), gateway: vnetIn('a') }), inventory());
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toBe('plan stack/plan has ID "my-plan", which is not a full resource ID; accepted: /subscriptions/<id>/resourceGroups/<group>/providers/...');
  });
});
