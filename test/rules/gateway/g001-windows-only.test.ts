import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { G001_WINDOWS_ONLY as rule } from '../../../lib/rules/gateway/g001-windows-only';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { app, integration, inventory, kinds, plan, unresolved } from './models';
import { known } from '../../helpers/models';

describe('VNI-G001 Gateway.WindowsOnly', () => {
  test('Compliance: Windows app on a Windows plan', () => {
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: Linux app', () => {
    const [c] = rule.check(integration({ app: app({ osType: known('os', 'Linux') }) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/runs Linux.*Windows code apps/);
  });
  test('Noncompliance 2: Windows container', () => {
    const [c] = rule.check(integration({ app: app({ osType: known('os', 'WindowsContainer') }) }), inventory()) as any[];
    expect(c.message).toMatch(/Windows containers/);
  });
  test('Noncompliance 3: Linux plan', () => {
    const checks = rule.check(integration({ plan: plan({ osType: known('os', 'Linux') }) }), inventory()) as any[];
    expect(checks[0].message).toMatch(/plan stack\/plan runs Linux/);
  });
  test('unknown OS is unverified', () => {
    expect(kinds(rule.check(integration({ plan: plan({ osType: unresolved('os') }) }), inventory()))).toEqual(['unverified']);
  });
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
