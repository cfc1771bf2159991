import { G030_PACKAGE_URI_NOT_IN_APP_SETTINGS as rule } from '../../../lib/rules/gateway/g030-package-uri-not-in-app-settings';
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

describe('VNI-G030 Gateway.PackageUriNotInAppSettings: several apps', () => {
  test('Noncompliance: one fail per app, sorted by path, with the full message', () => {
    const setting = (path: string) => ({ path, type: 'azurerm_windows_web_app', references: [KEY] });
    const inv = inventory({ tree: tree({ appSettings: [setting('stack/zeta'), setting('stack/alpha')] }) });
    const c = rule.check(integration({ packageUriKey: KEY }), inv);
    expect(kinds(c)).toEqual(['fail', 'fail']);
    expect(c.map((x) => (x as { message: string }).message)).toEqual(['stack/alpha', 'stack/zeta'].map((p) =>
      `the app settings of ${p} carry the VPN client package URI of stack/int (the package action's sensitive_output); accepted: no app setting or connection string holding it`));
  });
  test('Noncompliance: app settings that read the whole package action (an ancestor of the key)', () => {
    const inv = inventory({ tree: tree({ appSettings: [{ path: 'stack/web', type: 'azurerm_windows_web_app', references: [k('ref:stack:azapi_resource_action.pkg')] }] }) });
    expect(kinds(rule.check(integration({ packageUriKey: KEY }), inv))).toEqual(['fail']);
  });
});
