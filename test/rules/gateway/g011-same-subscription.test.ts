import { G011_SAME_SUBSCRIPTION as rule } from '../../../lib/rules/gateway/g011-same-subscription';
import { gateway, integration, inventory, kinds, plan, vnet } from './models';
import { known } from '../../helpers/models';

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
});
