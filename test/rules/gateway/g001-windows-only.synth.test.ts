/** VNI-G001 in synthesis (loads cdktf). Its unit tests on plain models are in g001-windows-only.test.ts, which the mutation check runs. */
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G001 Gateway.WindowsOnly', () => {
  test('synth: a Linux web app on a Linux plan fails with the rule ID', () => {
    const f = fixture({ planOs: 'Linux' });
    const linux = new LinuxWebApp(f.stack, 'linux', { name: 'l', resourceGroupName: 'rg', location: 'northeurope', servicePlanId: f.plan.id, siteConfig: {} });
    new GatewayVnetIntegration(f.stack, 'int', { app: linux, plan: f.plan, gateway: gatewayIn(f) });
    const found = findingsOf(f, 'VNI-G001');
    expect(found.map((x) => x.outcome)).toEqual(['error', 'error']);
    expect(found[0].message).toMatch(/^\[VNI-G001\] Gateway.WindowsOnly: app stack\/linux runs Linux/);
    expect(() => f.app.synth()).toThrow(/VNI-G001/);
  });
  test('synth: a Windows app passes', () => {
    const f = fixture();
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    expect(findingsOf(f, 'VNI-G001').map((x) => x.outcome)).toEqual(['pass']);
  });
});
