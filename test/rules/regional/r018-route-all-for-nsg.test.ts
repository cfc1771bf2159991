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
