import { R018_ROUTE_ALL_FOR_NSG as rule } from '../../../lib/rules/regional/r018-route-all-for-nsg';
import { k } from '../../helpers/keys';
import { app, inventory, known, regional, token, tree } from '../../helpers/models';
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

describe('VNI-R018 messages, associations by hand and imported apps', () => {
  const byHand = (...found: ('network security group' | 'route table')[]) =>
    inventory({ tree: tree({ subnetPolicies: new Map([[k('subnet-1'), found.map((kind, i) => ({ path: `Net/Assoc${i}`, kind }))]]) }) });
  const imported = (routeAllEnabled?: ReturnType<typeof routeAll>) => app({ key: k('app-2'), label: 'Stack/Imported', kind: 'imported', routeAllEnabled });

  test('Noncompliance: a route table associated by hand is named as a route table only', () => {
    const c = checkSubject(rule, regional({ routeAllTraffic: routeAll(false) }), byHand('route table'));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toBe('routeAllTraffic is false but the integration subnet has a route table; only private and service endpoint traffic will pass through it. Accepted: routeAllTraffic true');
  });
  test('Noncompliance: an NSG associated by hand is named as an NSG only', () => {
    const c = checkSubject(rule, regional({ routeAllTraffic: routeAll(false) }), byHand('network security group'));
    expect(messages(c)).toBe('routeAllTraffic is false but the integration subnet has a network security group; only private and service endpoint traffic will pass through it. Accepted: routeAllTraffic true');
  });
  test('Noncompliance: both by hand are named together', () => {
    const c = checkSubject(rule, regional({ routeAllTraffic: routeAll(false) }), byHand('network security group', 'route table'));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toContain('the integration subnet has a network security group and route table;');
  });
  test('Noncompliance: the construct\'s own NSG and route table are named together', () => {
    const c = checkSubject(rule, regional({ routeAllTraffic: routeAll(false), hasNetworkSecurityGroup: true, hasRouteTable: true }));
    expect(messages(c)).toContain('the integration subnet has a network security group and route table;');
  });
  test('a routeAllTraffic token with a route table: unverified naming the route table and what to set', () => {
    const c = checkSubject(rule, regional({ hasRouteTable: true, routeAllTraffic: token('routeAllTraffic') }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toBe(
      'whether the route table on the integration subnet sees all outbound traffic cannot be checked: routeAllTraffic is an unresolved token, known only at apply (from var.test_input). Accepted: routeAllTraffic true',
    );
  });
  test('an imported app whose route-all is not stated is unverified naming the app', () => {
    const c = checkSubject(rule, regional({ hasNetworkSecurityGroup: true, apps: [imported()] }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toBe(
      'whether the network security group on the integration subnet sees all outbound traffic of imported app Stack/Imported cannot be checked: route-all of imported app Stack/Imported (routeAllEnabled) was not given. Accepted: route-all on where the app is managed, stated with routeAllEnabled: true on WebAppReference.fromWebAppAttributes',
    );
  });
  test('Noncompliance: an imported app with route-all stated off gets its own message', () => {
    const c = checkSubject(rule, regional({ hasNetworkSecurityGroup: true, apps: [imported(routeAll(false))] }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toBe(
      'route-all is off for imported app Stack/Imported (routeAllEnabled false) but the integration subnet has a network security group; only its private and service endpoint traffic will pass through it, and the integration cannot change that for an imported app. Accepted: route-all on where the app is managed, stated with routeAllEnabled: true on WebAppReference.fromWebAppAttributes',
    );
  });
  test('Compliance: an imported app with route-all stated on', () => {
    expect(kinds(checkSubject(rule, regional({ hasNetworkSecurityGroup: true, apps: [imported(routeAll(true))] })))).toEqual(['pass']);
  });
});
