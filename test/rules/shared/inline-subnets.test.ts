import { networkSubjects } from '../../../lib/rules/shared/inline-subnets';
import { k } from '../../helpers/keys';
import { inventory, known, regional, token, tree, vnet } from '../../helpers/models';

const NAME = k('ref:Stack:azurerm_virtual_network.vnet.name');

describe('networkSubjects (shared by VNI-R020 and VNI-R021)', () => {
  const net = vnet({ nameKeys: [NAME] });
  const inv = () => inventory({
    regional: [regional({ path: 'S/A', vnet: net }), regional({ path: 'S/B', vnet: net })],
    tree: tree({
      subnetsByVnet: new Map([[NAME, [
        { key: k('subnet-a'), path: 'S/SubnetA', name: known('name', 'Snet-A'), prefixes: known('p', ['10.0.1.0/24']) },
        { key: k('subnet-b'), path: 'S/SubnetB', name: token('name', 'var.name'), prefixes: known('p', ['10.0.2.0/24']) },
      ]]]),
    }),
  });

  test('each integration gets its network\'s subnets, names lower case, unreadable names with why', () => {
    const [a] = networkSubjects(inv());
    expect(a.separate.map((s) => s.path)).toEqual(['S/SubnetA', 'S/SubnetB']);
    expect([...a.separateNames]).toEqual([['snet-a', 'S/SubnetA']]);
    expect(a.separateUnreadable).toEqual([{ path: 'S/SubnetB', why: 'name is an unresolved token, known only at apply (from var.name)' }]);
  });

  test('subjects of one network share one list, set and map, built once', () => {
    const [a, b] = networkSubjects(inv());
    expect(b.path).toBe('S/B');
    expect(b.separate).toBe(a.separate);
    expect(b.separateKeys).toBe(a.separateKeys);
    expect(b.separateNames).toBe(a.separateNames);
    expect(b.separateUnreadable).toBe(a.separateUnreadable);
  });
});
