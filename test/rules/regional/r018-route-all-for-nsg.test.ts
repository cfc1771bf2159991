import { R018_ROUTE_ALL_FOR_NSG as rule } from '../../../lib/rules/regional/r018-route-all-for-nsg';
import { k } from '../../helpers/keys';
import { inventory, known, regional, token, tree } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const routeAll = (on: boolean) => known<'boolean'>('routeAllTraffic', on);

describe('VNI-R018 Regional.RouteAllWithNsgOrRouteTable', () => {
  test('Compliance: route-all with an NSG, or no NSG at all', () => {
    expect(kinds(checkSubject(rule, regional({ hasNetworkSecurityGroup: true })))).toEqual(['pass']);
    expect(kinds(checkSubject(rule, regional({ routeAllTraffic: routeAll(false) })))).toEqual(['pass']);
  });

  test('Noncompliance: route-all off with a route table, with the rule ID', () => {
    const s = regional({ routeAllTraffic: routeAll(false), hasRouteTable: true });
    expect(messages(checkSubject(rule, s))).toMatch(/routeAllTraffic is false but the integration subnet has a route table/);
    const [f] = evaluateRule(rule, inventory({ regional: [s] }));
    expect(f.outcome).toBe('warning');
    expect(f.message).toMatch(/^\[VNI-R018\] Regional\.RouteAllWithNsgOrRouteTable:/);
  });

  test('Noncompliance 2: route-all off and an NSG associated with the subnet by hand', () => {
    const inv = inventory({ tree: tree({ subnetPolicies: new Map([[k('subnet-1'), [{ path: 'Net/NsgAssoc', kind: 'network security group' as const }]]]) }) });
    expect(messages(checkSubject(rule, regional({ routeAllTraffic: routeAll(false) }), inv))).toMatch(/routeAllTraffic is false but the integration subnet has a network security group/);
    const other = inventory({ tree: tree({ subnetPolicies: new Map([[k('subnet-9'), [{ path: 'Net/NsgAssoc', kind: 'network security group' as const }]]]) }) });
    expect(kinds(checkSubject(rule, regional({ routeAllTraffic: routeAll(false) }), other))).toEqual(['pass']);
  });

  test('a route-all flag that is a token is unverified when the subnet has an NSG (it was taken as true before)', () => {
    const c = checkSubject(rule, regional({ hasNetworkSecurityGroup: true, routeAllTraffic: token('routeAllTraffic (vnet_route_all_enabled)', 'var.route_all') }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/vnet_route_all_enabled\) is an unresolved token.*var\.route_all/);
  });
});

describe('VNI-R018 with an imported app (swift connection: routeAllTraffic does not reach it)', () => {
  const { NetworkSecurityGroup } = require('@cdktf/provider-azurerm/lib/network-security-group') as typeof import('@cdktf/provider-azurerm/lib/network-security-group');
  const { RegionalVnetIntegration } = require('../../../lib/constructs/regional-vnet-integration') as typeof import('../../../lib/constructs/regional-vnet-integration');
  const { WebAppReference } = require('../../../lib/references/web-app-reference') as typeof import('../../../lib/references/web-app-reference');
  const s = require('../../helpers/stacks') as typeof import('../../helpers/stacks');
  const build = (routeAllEnabled: boolean | undefined) => {
    const { app, stack } = s.newStack();
    const plan = s.newPlan(stack);
    const nsg = new NetworkSecurityGroup(stack, 'Nsg', { name: 'nsg', location: 'westeurope', resourceGroupName: 'rg' });
    const web = WebAppReference.fromWebAppAttributes(stack, 'Imported', {
      webAppId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app-imported', location: 'westeurope', osType: 'Windows', routeAllEnabled,
    });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: s.newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', networkSecurityGroup: nsg, apps: [web] });
    return app;
  };
  test('route-all not stated: unverified, naming the imported app and routeAllEnabled (although routeAllTraffic is on)', () => {
    const app = build(undefined);
    expect(s.synthError(app)).toBe('');
    const f = s.findings(app, 'VNI-R018');
    expect(f.map((x) => x.outcome)).toEqual(['unverified']);
    expect(f[0].message).toMatch(/unverified.*imported app Stack\/Imported \(routeAllEnabled\) was not given/);
  });
  test('Noncompliance: route-all stated off: a warning', () => {
    const f = s.findings((() => { const a = build(false); s.synthError(a); return a; })(), 'VNI-R018');
    expect(f.map((x) => x.outcome)).toEqual(['warning']);
    expect(f[0].message).toMatch(/\[VNI-R018\].*route-all is off for imported app Stack\/Imported \(routeAllEnabled false\).*network security group/);
  });
  test('Compliance: route-all stated on', () => {
    const app = build(true);
    expect(s.synthError(app)).toBe('');
    expect(s.findings(app, 'VNI-R018').map((x) => x.outcome)).toEqual(['pass']);
  });
  test('the swift connection of an imported app carries no route-all setting (nothing applied that cannot be)', () => {
    const { app } = { app: build(true) };
    const stack = app.node.findChild('Stack') as never;
    const conn = Object.values(s.json(stack).resource.azurerm_app_service_virtual_network_swift_connection)[0] as Record<string, unknown>;
    expect(Object.keys(conn).filter((k) => !k.startsWith('//')).sort()).toEqual(['app_service_id', 'depends_on', 'subnet_id']);
  });
  test('a malformed routeAllEnabled is refused at construction', () => {
    const { stack } = s.newStack();
    expect(() => WebAppReference.fromWebAppAttributes(stack, 'Bad', { webAppId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a', routeAllEnabled: 'yes' as unknown as boolean })).toThrow(/routeAllEnabled/);
  });
});
