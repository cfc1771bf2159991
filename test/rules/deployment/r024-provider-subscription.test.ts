import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { TerraformStack, Testing } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { VnetPeering } from '../../../lib/constructs/vnet-peering';
import { VirtualNetworkReference } from '../../../lib/references/virtual-network-reference';
import { PlacementModel } from '../../../lib/model/placement';
import { R024_PROVIDER_SUBSCRIPTION as rule } from '../../../lib/rules/deployment/r024-provider-subscription';
import { inventory } from '../../helpers/models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { findings, newPlan, newWindowsApp, synthError } from '../../helpers/stacks';

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

  describe('synth', () => {
    function twoSubscriptions() {
      const app = Testing.app();
      const stack = new TerraformStack(app, 'Stack');
      new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: APP_SUB });
      const connectivity = new AzurermProvider(stack, 'connectivity', { features: [{}], alias: 'connectivity', subscriptionId: HUB_SUB });
      return { app, stack, connectivity };
    }

    test('Compliance: a hub of the connectivity provider, peered without remoteProvider', () => {
      const { app, stack, connectivity } = twoSubscriptions();
      const hub = new VirtualNetwork(stack, 'Hub', { name: 'hub', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.0.0.0/16'], provider: connectivity });
      const spoke = new VirtualNetwork(stack, 'Spoke', { name: 'spoke', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.1.0.0/16'] });
      new VnetPeering(stack, 'Peering', { virtualNetwork: spoke, remoteVirtualNetwork: hub });
      expect(synthError(app)).toBe('');
      expect(findings(app, 'VNI-R024').map((f) => f.outcome)).toEqual(['pass', 'pass']);
    });

    test('Noncompliance: a remoteProvider of another subscription than the remote network', () => {
      const { app, stack, connectivity } = twoSubscriptions();
      const hub = new VirtualNetwork(stack, 'Hub', { name: 'hub', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.0.0.0/16'] });
      const spoke = new VirtualNetwork(stack, 'Spoke', { name: 'spoke', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.1.0.0/16'] });
      new VnetPeering(stack, 'Peering', { virtualNetwork: spoke, remoteVirtualNetwork: hub, remoteProvider: connectivity });
      expect(synthError(app)).toBe('');
      const f = findings(app, 'VNI-R024');
      expect(f.map((x) => x.outcome)).toEqual(['pass', 'warning']);
      expect(f[1].message).toMatch(new RegExp(`Stack/Peering/Remote \\(azurerm.connectivity\\) is written in subscription ${HUB_SUB}, but remote virtual network Stack/Hub is in subscription ${APP_SUB}`));
    });

    test('an imported network of another subscription: the matching provider, else unverified or a warning', () => {
      const hubId = `/subscriptions/${HUB_SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/hub`;
      const build = (withConnectivity: boolean, defaultSub?: string) => {
        const app = Testing.app();
        const stack = new TerraformStack(app, 'Stack');
        new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: defaultSub });
        if (withConnectivity) new AzurermProvider(stack, 'connectivity', { features: [{}], alias: 'connectivity', subscriptionId: HUB_SUB });
        else new AzurermProvider(stack, 'other', { features: [{}], alias: 'other', subscriptionId: '33333333-3333-3333-3333-333333333333' });
        const hub = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Hub', { virtualNetworkId: hubId, location: 'westeurope', addressSpace: ['10.0.0.0/16'] });
        const plan = newPlan(stack);
        new RegionalVnetIntegration(stack, 'Integration', { plan, apps: [newWindowsApp(stack, plan)], virtualNetwork: hub, subnetAddressPrefix: '10.0.4.0/26' });
        return { app, stack };
      };
      const ok = build(true);
      expect(synthError(ok.app)).toBe('');
      expect(findings(ok.app, 'VNI-R024').map((f) => f.outcome)).toEqual(['pass']);
      expect(Object.values(JSON.parse(Testing.synth(ok.stack)).resource.azurerm_subnet).map((s: any) => s.provider)).toEqual(['azurerm.connectivity']);

      const unknown = build(false);
      expect(synthError(unknown.app)).toBe('');
      const u = findings(unknown.app, 'VNI-R024');
      expect(u.map((f) => f.outcome)).toEqual(['unverified']);
      expect(u[0].message).toMatch(/cannot tell whether integration subnet Stack\/Integration\/Subnet \(azurerm \(default\)\)/);

      const wrong = build(false, APP_SUB);
      const w = findings(wrong.app, 'VNI-R024');
      expect(w.map((f) => f.outcome)).toEqual(['warning']);
      expect(w[0].message).toMatch(new RegExp(`virtual network Stack/Hub \\(${hubId.replace(/\//g, '\\/')}\\) is in subscription ${HUB_SUB} \\(read from its resource ID\\)`));
    });
  });
});
