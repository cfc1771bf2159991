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
