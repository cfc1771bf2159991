import { R007_SUBNET_OVERLAP } from '../../../lib/rules/deployment/r007-subnet-overlap';
import { R008_SUBNET_DEDICATED } from '../../../lib/rules/deployment/r008-subnet-dedicated';
import { R012_ONE_INTEGRATION_PER_PLAN } from '../../../lib/rules/deployment/r012-one-integration-per-plan';
import { R013_ONE_PLAN_PER_SUBNET } from '../../../lib/rules/deployment/r013-one-plan-per-subnet';
import { R014_ONE_FORM_PER_APP } from '../../../lib/rules/deployment/r014-one-integration-form-per-app';
import { R016_SWIFT_CONNECTION_CONFLICT } from '../../../lib/rules/deployment/r016-swift-connection-conflict';
import { app, inventory, known, plan, regional, subnet, tree } from '../../helpers/models';
import { checkInventory, kinds, messages } from '../../helpers/rule-harness';
import { k } from '../../helpers/keys';

const a = regional({ path: 'S/A' });
const b = regional({ path: 'S/B', plan: plan({ key: k('plan-2'), label: 'S/Plan2' }), subnet: subnet({ key: k('subnet-2'), addressPrefixes: known('p', ['10.0.5.0/26']) }), apps: [app({ key: k('app-2'), planKey: k('plan-2') })] });

describe('VNI-R007 Deployment.IntegrationSubnetOverlap', () => {
  test('Compliance: disjoint integration subnets in one network', () => {
    expect(kinds(checkInventory(R007_SUBNET_OVERLAP, inventory({ regional: [a, b] })))).toEqual(['pass', 'pass']);
  });
  test('Noncompliance 1: two integration subnets overlap', () => {
    const c = checkInventory(R007_SUBNET_OVERLAP, inventory({ regional: [a, { ...b, subnet: subnet({ key: k('subnet-2'), label: 'S/B/Subnet', addressPrefixes: known('p', ['10.0.4.32/27']) }) }] }));
    expect(c.filter((x) => x.kind === 'fail')).toHaveLength(1);
    expect(messages(c)).toMatch(/10\.0\.4\.32\/27\) overlaps subnet .*10\.0\.4\.0\/26/);
  });
  test('Noncompliance 2: a plain subnet of the network overlaps', () => {
    const t = tree({ subnetsByVnet: new Map([[k('vnet-1-name'), [{ key: k('other'), path: 'S/Db', prefixes: ['10.0.0.0/22', '10.0.4.32/27'] }]]]) });
    expect(messages(checkInventory(R007_SUBNET_OVERLAP, inventory({ regional: [a], tree: t })))).toMatch(/S\/Db/);
  });
  test('Compliance: the same subnet seen twice is not an overlap with itself', () => {
    const t = tree({ subnetsByVnet: new Map([[k('vnet-1-name'), [{ key: k('subnet-1'), path: 'S/A/Subnet', prefixes: ['10.0.4.0/26'] }]]]) });
    expect(kinds(checkInventory(R007_SUBNET_OVERLAP, inventory({ regional: [a], tree: t })))).toEqual(['pass']);
  });
});

describe('VNI-R008 Deployment.IntegrationSubnetDedicated', () => {
  test('Compliance', () => expect(kinds(checkInventory(R008_SUBNET_DEDICATED, inventory({ regional: [a] })))).toEqual(['pass']));
  test('Noncompliance: a NIC in the subnet', () => {
    const t = tree({ subnetOccupants: new Map([[k('subnet-1'), [{ path: 'S/Nic', type: 'azurerm_network_interface' }]]]) });
    expect(messages(checkInventory(R008_SUBNET_DEDICATED, inventory({ regional: [a], tree: t })))).toMatch(/also used by azurerm_network_interface S\/Nic/);
  });
});

describe('VNI-R012 Deployment.OneRegionalIntegrationPerPlan', () => {
  test('Compliance: one integration per plan', () => {
    expect(kinds(checkInventory(R012_ONE_INTEGRATION_PER_PLAN, inventory({ regional: [a, b] })))).toEqual(['pass', 'pass']);
  });
  test('Noncompliance: the second integration of a plan', () => {
    const c = checkInventory(R012_ONE_INTEGRATION_PER_PLAN, inventory({ regional: [a, { ...b, plan: plan() }] }));
    expect(kinds(c)).toEqual(['pass', 'fail']);
    expect(c[1].path).toBe('S/B');
  });
  test('Noncompliance 2: a plan resource and the same plan imported by its literal ID (same name and resource group)', () => {
    const generated = { ...a, plan: plan({ key: k('ref:web:plan.id'), nameInGroup: 'asp-web@rg-web' }) };
    const imported = { ...b, plan: plan({ key: k('lit:/subscriptions/x/resourcegroups/rg-web/providers/microsoft.web/serverfarms/asp-web'), label: 'batch/Plan', nameInGroup: 'asp-web@rg-web' }) };
    const c = checkInventory(R012_ONE_INTEGRATION_PER_PLAN, inventory({ regional: [generated, imported] }));
    expect(kinds(c)).toEqual(['pass', 'fail']);
    expect(messages(c)).toMatch(/same plan \(asp-web in resource group rg-web\)/);
  });
  test('Compliance 2: different names, or two plan resources, are not matched by name', () => {
    const generated = { ...a, plan: plan({ key: k('ref:web:plan.id'), nameInGroup: 'asp-web@rg-web' }) };
    const other = { ...b, plan: plan({ key: k('lit:/subscriptions/x/resourcegroups/rg-web/providers/microsoft.web/serverfarms/asp-batch'), nameInGroup: 'asp-batch@rg-web' }) };
    expect(kinds(checkInventory(R012_ONE_INTEGRATION_PER_PLAN, inventory({ regional: [generated, other] })))).toEqual(['pass', 'pass']);
    const twoResources = { ...b, plan: plan({ key: k('ref:other:plan.id'), nameInGroup: 'asp-web@rg-web' }) };
    expect(kinds(checkInventory(R012_ONE_INTEGRATION_PER_PLAN, inventory({ regional: [generated, twoResources] })))).toEqual(['pass', 'pass']);
  });
});

describe('VNI-R013 Deployment.OnePlanPerIntegrationSubnet', () => {
  test('Compliance', () => expect(kinds(checkInventory(R013_ONE_PLAN_PER_SUBNET, inventory({ regional: [a, b] })))).toEqual(['pass', 'pass']));
  test('Noncompliance: two plans, one subnet', () => {
    const c = checkInventory(R013_ONE_PLAN_PER_SUBNET, inventory({ regional: [a, { ...b, subnet: subnet() }] }));
    expect(kinds(c)).toEqual(['pass', 'fail']);
    expect(messages(c)).toMatch(/already used by another plan through S\/A/);
  });
});

describe('VNI-R014 Deployment.OneIntegrationFormPerApp', () => {
  test('Compliance', () => expect(kinds(checkInventory(R014_ONE_FORM_PER_APP, inventory({ regional: [a, b] })))).toEqual(['pass', 'pass']));
  test('the same form twice is left to the form\'s own rules', () => {
    expect(kinds(checkInventory(R014_ONE_FORM_PER_APP, inventory({ regional: [a, { ...b, apps: [app()] }] })))).toEqual(['pass', 'pass']);
  });
  test('Noncompliance 2: regional and gateway-required for one app', () => {
    const g = { path: 'S/G', app: app(), plan: plan(), gateway: { path: 'S/Gw', key: k('gw'), vnet: a.vnet, pointToSitePool: known('pool', ['172.16.0.0/24']) }, routes: [] };
    const c = checkInventory(R014_ONE_FORM_PER_APP, inventory({ regional: [a], gatewayIntegrations: [g as any] }));
    expect(c.find((x) => x.path === 'S/G')?.kind).toBe('fail');
    expect(messages(c)).toMatch(/this construct adds gateway-required/);
  });
});

describe('VNI-R016 Deployment.NoSwiftConnectionBesideSubnetId', () => {
  test('Compliance', () => expect(kinds(checkInventory(R016_SWIFT_CONNECTION_CONFLICT, inventory({ regional: [a] })))).toEqual(['pass']));
  test('Noncompliance', () => {
    const t = tree({ swiftConnectionsByApp: new Map([[k('app-1'), [{ path: 'S/Swift', type: 'azurerm_app_service_virtual_network_swift_connection' }]]]) });
    expect(messages(checkInventory(R016_SWIFT_CONNECTION_CONFLICT, inventory({ regional: [a], tree: t })))).toMatch(/S\/Swift \(app Stack\/Web\)/);
  });
});
