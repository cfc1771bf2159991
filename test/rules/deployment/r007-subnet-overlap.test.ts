import { R007_SUBNET_OVERLAP as rule } from '../../../lib/rules/deployment/r007-subnet-overlap';
import { k } from '../../helpers/keys';
import { app, inventory, known, plan, regional, subnet, token, tokenValue, tree, vnet } from '../../helpers/models';
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

  test('Compliance: integrations whose network has no name key are not compared at all', () => {
    // Without a key the network cannot be told; two such integrations are not the same network.
    const noKey = vnet({ nameKeys: [] });
    const overlapping = { ...b, vnet: noKey, subnet: subnet({ key: k('subnet-2'), label: 'S/B/Subnet', addressPrefixes: known('p', ['10.0.4.32/27']) }) };
    expect(kinds(checkInventory(rule, inventory({ regional: [{ ...a, vnet: noKey }, overlapping] })))).toEqual(['pass', 'pass']);
  });

  test('an integration subnet prefix that is a token is unverified, naming the subnet', () => {
    const c = checkInventory(rule, inventory({ regional: [regional({ path: 'S/A', subnet: subnet({ label: 'S/A/Subnet', addressPrefixes: known('prefixes', [tokenValue('var.apps_prefix')]) }) })] }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toContain('overlap of integration subnet S/A/Subnet with the other subnets of its network cannot be checked: ');
  });

  test('a neighbouring subnet token message names the neighbour and the integration subnet', () => {
    const c = checkInventory(rule, inventory({ regional: [a], tree: treeSubnet([tokenValue('var.db_prefix')]) }));
    expect(messages(c)).toContain('overlap of subnet S/Db with the integration subnet of its network cannot be checked: ');
  });

  test('Noncompliance: a subnet naming the network by another of its keys (alias) overlaps', () => {
    // The network is known by its literal name and by a reference; subnets may use either.
    const aliased = regional({ path: 'S/A', vnet: vnet({ nameKeys: [k('vnet-1-name'), k('ref:S:azurerm_virtual_network.vnet.name')] }) });
    const c = checkInventory(rule, inventory({ regional: [aliased], tree: treeSubnet(['10.0.4.0/24'], 'ref:S:azurerm_virtual_network.vnet.name') }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toBe('subnet Stack/Integration/Subnet (10.0.4.0/26) overlaps subnet S/Db (10.0.4.0/24) in the same virtual network; accepted: non-overlapping prefixes');
  });

  test('Compliance: the integration subnet listed among the tree subnets is skipped, even when its prefixes there are a token', () => {
    const t = tree({ subnetsByVnet: new Map([[k('vnet-1-name'), [{ key: k('subnet-1'), path: 'S/A/Subnet', prefixes: known('prefixes', [tokenValue('var.p')]) }]]]) });
    expect(kinds(checkInventory(rule, inventory({ regional: [a], tree: t })))).toEqual(['pass']);
  });

  test('Compliance: a subnet whose prefixes overlap each other, or two integrations on the same subnet, are no overlap', () => {
    const self = regional({ path: 'S/A', subnet: subnet({ addressPrefixes: known('prefixes', ['10.0.4.0/26', '10.0.4.0/27']) }) });
    expect(kinds(checkInventory(rule, inventory({ regional: [self] })))).toEqual(['pass']);
    // Same subnet key twice (VNI-R013 judges that), not an overlap of two subnets.
    expect(kinds(checkInventory(rule, inventory({ regional: [a, { ...a, path: 'S/A2' }] })))).toEqual(['pass', 'pass']);
  });

  describe('inline subnet blocks of the network', () => {
    const inline = (subnets: { path: string; name: unknown; prefixes: unknown[] }[], unreadable?: string) =>
      tree({ inlineSubnetsByVnet: new Map([[k('vnet-1'), { path: 'S/Vnet', unreadable, subnets: subnets.map((x) => ({ path: x.path, name: x.name as never, prefixes: known('inline prefixes', x.prefixes as never) })) }]]) });
    const named = (path: string, name: string, prefixes: unknown[]) => ({ path, name: known('inline name', name), prefixes });

    test('Noncompliance: an inline subnet overlapping the integration subnet, named in the message', () => {
      const c = checkInventory(rule, inventory({ regional: [a], tree: inline([named('S/Vnet/snet-data', 'snet-data', ['10.0.4.0/24'])]) }));
      expect(kinds(c)).toEqual(['fail']);
      expect(messages(c)).toBe('subnet Stack/Integration/Subnet (10.0.4.0/26) overlaps subnet S/Vnet/snet-data (10.0.4.0/24) in the same virtual network; accepted: non-overlapping prefixes');
    });

    test('Compliance: an inline block named like the integration subnet (any case) is the same subnet (VNI-R021), not an overlap', () => {
      const mixed = regional({ path: 'S/A', subnet: subnet({ name: known('subnet name', 'Snet-Apps') }) });
      expect(kinds(checkInventory(rule, inventory({ regional: [mixed], tree: inline([named('S/Vnet/snet-apps', 'sNET-apps', ['10.0.4.0/26'])]) })))).toEqual(['pass']);
    });

    test('Noncompliance: a token name on either side cannot make the blocks the same subnet', () => {
      const tokenName = regional({ path: 'S/A', subnet: subnet({ name: token('subnet name', 'var.subnet_name') }) });
      expect(kinds(checkInventory(rule, inventory({ regional: [tokenName], tree: inline([named('S/Vnet/snet-apps', 'snet-apps', ['10.0.4.0/26'])]) })))).toEqual(['fail']);
      const inlineToken = { path: 'S/Vnet/subnet0', name: token('inline name', 'var.inline_name'), prefixes: ['10.0.4.0/26'] };
      expect(kinds(checkInventory(rule, inventory({ regional: [a], tree: inline([inlineToken]) })))).toEqual(['fail']);
    });

    test('inline blocks that are a token as a whole: unverified on every integration of the network', () => {
      const c = checkInventory(rule, inventory({ regional: [a, b], tree: inline([], 'the subnet blocks are a token (var.subnets)') }));
      expect(kinds(c)).toEqual(['unverified', 'unverified']);
      expect(c.map((x) => x.path)).toEqual(['S/A', 'S/B']);
      expect(messages(c)).toContain('overlap of the integration subnet with the inline subnets of virtual network S/Vnet cannot be checked: the subnet blocks are a token (var.subnets)');
    });

    test('an inline prefix that is a token: unverified, naming the block', () => {
      const c = checkInventory(rule, inventory({ regional: [a], tree: inline([named('S/Vnet/snet-data', 'snet-data', [tokenValue('var.prefixes')])]) }));
      expect(kinds(c)).toEqual(['unverified']);
      expect(messages(c)).toContain('overlap of S/Vnet/snet-data with the integration subnet of its network cannot be checked: ');
    });
  });
});
