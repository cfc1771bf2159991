import { R007_SUBNET_OVERLAP as rule } from '../../../lib/rules/deployment/r007-subnet-overlap';
import { k } from '../../helpers/keys';
import { app, inventory, known, plan, regional, subnet, tokenValue, tree } from '../../helpers/models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const a = regional({ path: 'S/A' });
const b = regional({ path: 'S/B', plan: plan({ key: k('plan-2'), label: 'S/Plan2' }), subnet: subnet({ key: k('subnet-2'), label: 'S/B/Subnet', addressPrefixes: known('p', ['10.0.5.0/26']) }), apps: [app({ key: k('app-2'), planKey: k('plan-2') })] });
const treeSubnet = (prefixes: unknown[], vnetKey = 'vnet-1-name') => tree({ subnetsByVnet: new Map([[k(vnetKey), [{ key: k('other'), path: 'S/Db', prefixes: known('address prefixes of subnet S/Db (address_prefixes)', prefixes as never) }]]]) });

describe('VNI-R007 Deployment.IntegrationSubnetOverlap', () => {
  test('Compliance: disjoint integration subnets in one network', () => {
    expect(kinds(checkInventory(rule, inventory({ regional: [a, b] })))).toEqual(['pass', 'pass']);
  });

  test('Noncompliance 1: two integration subnets overlap, with the rule ID', () => {
    const inv = inventory({ regional: [a, { ...b, subnet: subnet({ key: k('subnet-2'), label: 'S/B/Subnet', addressPrefixes: known('p', ['10.0.4.32/27']) }) }] });
    const c = checkInventory(rule, inv);
    expect(c.filter((x) => x.kind === 'fail')).toHaveLength(1);
    expect(messages(c)).toMatch(/10\.0\.4\.32\/27\) overlaps subnet .*10\.0\.4\.0\/26/);
    expect(evaluateRule(rule, inv).find((f) => f.outcome === 'error')?.message).toMatch(/^\[VNI-R007\] Deployment\.IntegrationSubnetOverlap:/);
  });

  test('Noncompliance 2: a plain subnet of the network overlaps', () => {
    expect(messages(checkInventory(rule, inventory({ regional: [a], tree: treeSubnet(['10.0.0.0/22', '10.0.4.32/27']) })))).toMatch(/S\/Db/);
  });

  test('Compliance: the same subnet seen twice is not an overlap with itself', () => {
    const t = tree({ subnetsByVnet: new Map([[k('vnet-1-name'), [{ key: k('subnet-1'), path: 'S/A/Subnet', prefixes: known('prefixes', ['10.0.4.0/26']) }]]]) });
    expect(kinds(checkInventory(rule, inventory({ regional: [a], tree: t })))).toEqual(['pass']);
  });

  test('a neighbouring subnet whose prefix is a token is unverified, not skipped', () => {
    const c = checkInventory(rule, inventory({ regional: [a], tree: treeSubnet([tokenValue('var.db_prefix')]) }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/address prefixes of subnet S\/Db \(address_prefixes\), element 1, is an unresolved token.*var\.db_prefix/);
  });

  test('IPv6 blocks compare with IPv6 only', () => {
    expect(kinds(checkInventory(rule, inventory({ regional: [a], tree: treeSubnet(['10.0.6.0/24', 'fd00:db8::/64']) })))).toEqual(['pass']);
  });
});
