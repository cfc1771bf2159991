/** VNI-R024 in synthesis (loads cdktf). Its unit tests on plain models are in r024-provider-subscription.test.ts, which the mutation check runs. */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { TerraformStack, Testing } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { VnetPeering } from '../../../lib/constructs/vnet-peering';
import { VirtualNetworkReference } from '../../../lib/references/virtual-network-reference';
import { findings, newPlan, newWindowsApp, synthError } from '../../helpers/stacks';

const APP_SUB = '11111111-1111-1111-1111-111111111111';
const HUB_SUB = '22222222-2222-2222-2222-222222222222';

describe('VNI-R024 Deployment.ProviderSubscription', () => {

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
