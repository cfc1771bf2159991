import { LinuxFunctionApp } from '@cdktf/provider-azurerm/lib/linux-function-app';
import { Fn, TerraformLocal } from 'cdktf';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { G030_PACKAGE_URI_NOT_IN_APP_SETTINGS as rule } from '../../../lib/rules/gateway/g030-package-uri-not-in-app-settings';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { k } from '../../helpers/keys';
import { tree } from '../../helpers/models';
import { integration, inventory, kinds } from './models';

const KEY = k('ref:stack:azapi_resource_action.pkg.sensitive_output');

describe('VNI-G030 Gateway.PackageUriNotInAppSettings (models)', () => {
  test('Compliance: app settings that read something else', () => {
    const inv = inventory({ tree: tree({ appSettings: [{ path: 'stack/web', type: 'azurerm_windows_web_app', references: [k('ref:stack:azurerm_storage_account.st.name')] }] }) });
    expect(kinds(rule.check(integration({ packageUriKey: KEY }), inv))).toEqual(['pass']);
  });
  test('Noncompliance: app settings that read a part of the sensitive_output', () => {
    const inv = inventory({ tree: tree({ appSettings: [{ path: 'stack/web', type: 'azurerm_windows_web_app', references: [k(`${KEY}.vpnProfileSASUrl`)] }] }) });
    const c = rule.check(integration({ packageUriKey: KEY }), inv);
    expect(kinds(c)).toEqual(['fail']);
    expect((c[0] as { message: string }).message).toMatch(/app settings of stack\/web carry the VPN client package URI/);
  });
});

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
