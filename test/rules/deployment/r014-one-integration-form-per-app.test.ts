import { SubnetLink } from '../../../lib/model/inventory';
import { R014_ONE_FORM_PER_APP as rule } from '../../../lib/rules/deployment/r014-one-integration-form-per-app';
import { k } from '../../helpers/keys';
import { app, inventory, known, plan, regional, subnet, tree } from '../../helpers/models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { integration } from '../gateway/models';

const a = regional({ path: 'S/A' });
const b = regional({ path: 'S/B', plan: plan({ key: k('plan-2'), label: 'S/Plan2' }), subnet: subnet({ key: k('subnet-2'), addressPrefixes: known('p', ['10.0.5.0/26']) }), apps: [app({ key: k('app-2'), planKey: k('plan-2') })] });
const link = (over: Partial<SubnetLink>): SubnetLink => ({ path: 'S/Other', type: 'azurerm_windows_web_app', appKey: k('app-9'), planKey: k('plan-1'), subnetKey: k('subnet-1'), ...over });

describe('VNI-R014 Deployment.OneIntegrationFormPerApp', () => {
  test('Compliance', () => expect(kinds(checkInventory(rule, inventory({ regional: [a, b] })))).toEqual(['pass', 'pass']));

  test("the same form twice is left to the form's own rules", () => {
    expect(kinds(checkInventory(rule, inventory({ regional: [a, { ...b, apps: [app()] }] })))).toEqual(['pass', 'pass']);
  });

  test('Noncompliance: regional and gateway-required for one app, with the rule ID', () => {
    const g = integration({ path: 'S/G', app: app() });
    const inv = inventory({ regional: [a], gatewayIntegrations: [g] });
    const c = checkInventory(rule, inv);
    expect(c.find((x) => x.path === 'S/G')?.kind).toBe('fail');
    expect(messages(c)).toMatch(/this construct adds gateway-required/);
    expect(evaluateRule(rule, inv).find((f) => f.outcome === 'error')?.message).toMatch(/^\[VNI-R014\] Deployment\.OneIntegrationFormPerApp:/);
  });

  test('an app connected by hand counts as regional', () => {
    const g = integration({ path: 'S/Gw', app: app({ key: k('app-9'), label: 'S/Site' }) });
    const c = checkInventory(rule, inventory({ gatewayIntegrations: [g], tree: tree({ subnetLinks: [link({ path: 'S/Swift', type: 'azurerm_app_service_virtual_network_swift_connection' })] }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/already integrated by S\/Swift \(regional, connected by hand\); this construct adds gateway-required/);
    expect(kinds(checkInventory(rule, inventory({ gatewayIntegrations: [g], tree: tree({ subnetLinks: [link({ appKey: k('app-3') })] }) })))).toEqual(['pass']);
  });
  test('Noncompliance: only the construct that adds the second form fails, with the full message', () => {
    const g = integration({ path: 'S/G', app: app() });
    const c = checkInventory(rule, inventory({ regional: [a], gatewayIntegrations: [g] }));
    expect(c.map((x) => [x.kind, x.path])).toEqual([['pass', 'S/A'], ['fail', 'S/G']]);
    expect(messages(c)).toBe('app Stack/Web is already integrated by S/A (regional); this construct adds gateway-required. Accepted: one integration form per app');
  });
});
