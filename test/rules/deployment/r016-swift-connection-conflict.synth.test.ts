/** VNI-R016 in synthesis (loads cdktf). Its unit tests on plain models are in r016-swift-connection-conflict.test.ts, which the mutation check runs. */
import { AppServiceVirtualNetworkSwiftConnection } from '@cdktf/provider-azurerm/lib/app-service-virtual-network-swift-connection';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

describe('VNI-R016 Deployment.NoSwiftConnectionBesideSubnetId', () => {

  test('synth: a hand-written swift connection beside the construct fails; the construct\'s own do not count', () => {
    const build = (extra: boolean) => {
      const { app, stack } = newStack();
      const plan = newPlan(stack);
      const web = newWindowsApp(stack, plan);
      const i = new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [web] });
      if (extra) new AppServiceVirtualNetworkSwiftConnection(stack, 'Extra', { appServiceId: web.id, subnetId: i.subnetId });
      return app;
    };
    const ok = build(false);
    expect(synthError(ok)).toBe('');
    expect(findings(ok, 'VNI-R016').map((f) => f.outcome)).toEqual(['pass']);
    expect(synthError(build(true))).toMatch(/\[VNI-R016\][^\n]*Stack\/Extra \(app Stack\/Web\)/);
  });
});
