import { R016_SWIFT_CONNECTION_CONFLICT as rule } from '../../../lib/rules/deployment/r016-swift-connection-conflict';
import { k } from '../../helpers/keys';
import { inventory, regional, tree } from '../../helpers/models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const a = regional({ path: 'S/A' });

describe('VNI-R016 Deployment.NoSwiftConnectionBesideSubnetId', () => {
  test('Compliance', () => expect(kinds(checkInventory(rule, inventory({ regional: [a] })))).toEqual(['pass']));

  test('Noncompliance: a swift connection for a wired app, with the rule ID', () => {
    const inv = inventory({ regional: [a], tree: tree({ swiftConnectionsByApp: new Map([[k('app-1'), [{ path: 'S/Swift', type: 'azurerm_app_service_virtual_network_swift_connection' }]]]) }) });
    expect(messages(checkInventory(rule, inv))).toMatch(/S\/Swift \(app Stack\/Web\)/);
    expect(evaluateRule(rule, inv)[0].message).toMatch(/^\[VNI-R016\] Deployment\.NoSwiftConnectionBesideSubnetId: apps are also connected by azurerm_app_service_virtual_network_swift_connection/);
  });
  test('Noncompliance: every swift connection of the apps is named, separated by ", "', () => {
    const swift = (path: string) => ({ path, type: 'azurerm_app_service_virtual_network_swift_connection' });
    const inv = inventory({ regional: [a], tree: tree({ swiftConnectionsByApp: new Map([[k('app-1'), [swift('S/Swift1'), swift('S/Swift2')]]]) }) });
    const c = checkInventory(rule, inv);
    expect(c.map((x) => [x.kind, x.path])).toEqual([['fail', 'S/A']]);
    expect(messages(c)).toBe(
      'apps are also connected by azurerm_app_service_virtual_network_swift_connection: S/Swift1 (app Stack/Web), S/Swift2 (app Stack/Web); the two overwrite each other on every apply. Accepted: no swift connection for these apps',
    );
  });
});
