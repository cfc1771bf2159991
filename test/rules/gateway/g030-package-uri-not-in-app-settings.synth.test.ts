/** VNI-G030 in synthesis (loads cdktf). Its unit tests on plain models are in g030-package-uri-not-in-app-settings.test.ts, which the mutation check runs. */
import { LinuxFunctionApp } from '@cdktf/provider-azurerm/lib/linux-function-app';
import { Fn, TerraformLocal } from 'cdktf';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G030 through synthesis', () => {
  test('Noncompliance: the URI in an app setting of the integrated app (directly) and of another app (through a nonsensitive local): errors naming both', () => {
    const f = fixture();
    const integ = new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    f.web.appSettings = { VPN_PACKAGE: Fn.lookup(integ.vpnClientPackage.sensitiveOutput, 'vpnProfileSASUrl', '') };
    const local = new TerraformLocal(f.stack, 'pkg', Fn.nonsensitive(integ.vpnClientPackage.sensitiveOutput));
    new LinuxFunctionApp(f.stack, 'fn', {
      name: 'fn', resourceGroupName: 'rg-web', location: 'northeurope', servicePlanId: f.plan.id, siteConfig: {},
      storageAccountName: 'st', appSettings: { PKG: local.asString },
    });
    const found = findingsOf(f, 'VNI-G030');
    expect(found.map((x) => x.outcome)).toEqual(['error', 'error']);
    expect(found.map((x) => x.message).join('\n')).toMatch(/\[VNI-G030\].*stack\/fn [\s\S]*stack\/web /);
  });
  test('Noncompliance: a literal "${...}" app setting', () => {
    const f = fixture();
    const integ = new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    f.web.appSettings = { VPN_PACKAGE: `\${azapi_resource_action.${integ.vpnClientPackage.friendlyUniqueId}.sensitive_output}` };
    expect(findingsOf(f, 'VNI-G030').map((x) => x.outcome)).toEqual(['error']);
  });
  test('Compliance: ordinary app settings', () => {
    const f = fixture();
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    f.web.appSettings = { GREETING: 'hello', PLAN: f.plan.name };
    expect(findingsOf(f, 'VNI-G030').map((x) => x.outcome)).toEqual(['pass']);
  });
});
