import { AppServiceVirtualNetworkSwiftConnection } from '@cdktf/provider-azurerm/lib/app-service-virtual-network-swift-connection';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { R016_SWIFT_CONNECTION_CONFLICT as rule } from '../../../lib/rules/deployment/r016-swift-connection-conflict';
import { k } from '../../helpers/keys';
import { inventory, regional, tree } from '../../helpers/models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

const a = regional({ path: 'S/A' });

describe('VNI-R016 Deployment.NoSwiftConnectionBesideSubnetId', () => {
  test('Compliance', () => expect(kinds(checkInventory(rule, inventory({ regional: [a] })))).toEqual(['pass']));

  test('Noncompliance: a swift connection for a wired app, with the rule ID', () => {
    const inv = inventory({ regional: [a], tree: tree({ swiftConnectionsByApp: new Map([[k('app-1'), [{ path: 'S/Swift', type: 'azurerm_app_service_virtual_network_swift_connection' }]]]) }) });
    expect(messages(checkInventory(rule, inv))).toMatch(/S\/Swift \(app Stack\/Web\)/);
    expect(evaluateRule(rule, inv)[0].message).toMatch(/^\[VNI-R016\] Deployment\.NoSwiftConnectionBesideSubnetId: apps are also connected by azurerm_app_service_virtual_network_swift_connection/);
  });

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
