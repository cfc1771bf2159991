/** VNI-R020 on plain models (no cdktf): the synthesis tests are in r020-inline-and-separate-subnets.synth.test.ts. */
import { InlineSubnets, TreeSubnet } from '../../../lib/model/inventory';
import { R020_INLINE_AND_SEPARATE_SUBNETS as rule } from '../../../lib/rules/deployment/r020-inline-and-separate-subnets';
import { k } from '../../helpers/keys';
import { inventory, known, regional, tree, vnet } from '../../helpers/models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { gateway } from '../gateway/models';

/** An azurerm_subnet of the tree. */
const separate = (key: string, path: string): TreeSubnet => ({ key: k(key), path, name: known(`name of subnet ${path} (name)`, path.split('/').pop()!), prefixes: known('prefixes', ['10.0.9.0/24']) });
/** The inline `subnet` blocks of the network Stack/Vnet, named as the tree scan names them. */
const inline = (...names: string[]): InlineSubnets => ({
  path: 'Stack/Vnet',
  subnets: names.map((n, i) => ({ path: `Stack/Vnet subnet "${n}"`, name: known(`name of inline subnet ${i + 1} of virtual network Stack/Vnet (subnet.name)`, n), prefixes: known('prefixes', [`10.0.${i + 1}.0/24`]) })),
  unreadable: undefined,
});
const TOKEN_WHY = 'the inline subnet blocks of virtual network Stack/Vnet (subnet) are an unresolved token, known only at apply (from var.subnets)';
const unreadableInline: InlineSubnets = { path: 'Stack/Vnet', subnets: [], unreadable: TOKEN_WHY };

const integrationSubnet = separate('subnet-1', 'Stack/Integration/Subnet');
const otherSubnet = separate('other', 'Stack/Other');

/** The default integration (network key vnet-1, name key vnet-1-name) with the given subnets around it. */
function inv(opts: { inline?: InlineSubnets; separate?: TreeSubnet[]; separateUnder?: string; withGateway?: boolean; withRegional?: boolean }) {
  const subnetsByVnet = new Map(opts.separate ? [[k(opts.separateUnder ?? 'vnet-1-name'), opts.separate]] : []);
  const inlineSubnetsByVnet = new Map(opts.inline ? [[k('vnet-1'), opts.inline]] : []);
  return inventory({
    regional: opts.withRegional === false ? [] : [regional()],
    gateways: opts.withGateway ? [gateway({ path: 'Stack/Gateway', vnet: vnet() })] : [],
    tree: tree({ subnetsByVnet, inlineSubnetsByVnet }),
  });
}

describe('VNI-R020 Deployment.InlineAndSeparateSubnets', () => {
  test('Compliance: no inline subnet blocks beside the azurerm_subnet resources', () => {
    const c = checkInventory(rule, inv({ separate: [integrationSubnet, otherSubnet] }));
    expect(c).toEqual([{ kind: 'pass', path: 'Stack/Integration' }]);
  });

  test('Compliance: inline subnet blocks only, no azurerm_subnet of the network', () => {
    expect(checkInventory(rule, inv({ inline: inline('snet-data') }))).toEqual([{ kind: 'pass', path: 'Stack/Integration' }]);
  });

  test('Compliance: azurerm_subnet resources of another network do not count', () => {
    expect(kinds(checkInventory(rule, inv({ inline: inline('snet-data'), separate: [otherSubnet], separateUnder: 'vnet-2-name' })))).toEqual(['pass']);
  });

  test('Compliance: an inventory without integrations or gateways has nothing to judge', () => {
    expect(checkInventory(rule, inv({ inline: inline('snet-data'), separate: [otherSubnet], withRegional: false }))).toEqual([]);
  });

  test('Noncompliance: inline blocks and azurerm_subnet resources on one network, with counts and paths', () => {
    const c = checkInventory(rule, inv({ inline: inline('snet-data', 'snet-db'), separate: [integrationSubnet, otherSubnet] }));
    expect(kinds(c)).toEqual(['fail']);
    expect(c[0].path).toBe('Stack/Integration');
    expect(messages(c)).toBe(
      'virtual network Stack/Vnet has 2 inline subnet block(s) (Stack/Vnet subnet "snet-data", Stack/Vnet subnet "snet-db") ' +
      'and azurerm_subnet resources (Stack/Integration/Subnet, Stack/Other); azurerm overwrites one with the other. ' +
      'Accepted: subnets of one form only (azurerm_subnet resources)',
    );
  });

  test('Noncompliance: one inline block beside one azurerm_subnet', () => {
    const c = checkInventory(rule, inv({ inline: inline('snet-data'), separate: [integrationSubnet] }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/^virtual network Stack\/Vnet has 1 inline subnet block\(s\) \(Stack\/Vnet subnet "snet-data"\) and azurerm_subnet resources \(Stack\/Integration\/Subnet\);/);
  });

  test('Noncompliance: subnets found under each name key of the network, each listed once', () => {
    const twoNames = vnet({ nameKeys: [k('vnet-1-name'), k('vnet-1-alias')] });
    const i = inventory({
      regional: [regional({ vnet: twoNames })],
      tree: tree({
        subnetsByVnet: new Map([[k('vnet-1-name'), [integrationSubnet]], [k('vnet-1-alias'), [integrationSubnet, otherSubnet]]]),
        inlineSubnetsByVnet: new Map([[k('vnet-1'), inline('snet-data')]]),
      }),
    });
    const c = checkInventory(rule, i);
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toContain('and azurerm_subnet resources (Stack/Integration/Subnet, Stack/Other); azurerm');
  });

  test('Noncompliance: the network of a point-to-site gateway is judged too, after the integrations', () => {
    const gatewaySubnet = separate('gateway-subnet', 'Stack/Gateway/GatewaySubnet');
    const c = checkInventory(rule, inv({ inline: inline('snet-data'), separate: [gatewaySubnet], withGateway: true, withRegional: false }));
    expect(c.map((x) => [x.kind, x.path])).toEqual([['fail', 'Stack/Gateway']]);
    expect(messages(c)).toContain('azurerm_subnet resources (Stack/Gateway/GatewaySubnet)');
    const both = checkInventory(rule, inv({ inline: inline('snet-data'), separate: [gatewaySubnet], withGateway: true }));
    expect(both.map((x) => [x.kind, x.path])).toEqual([['fail', 'Stack/Integration'], ['fail', 'Stack/Gateway']]);
    const gatewayOnly = checkInventory(rule, inv({ separate: [gatewaySubnet], withGateway: true, withRegional: false }));
    expect(gatewayOnly).toEqual([{ kind: 'pass', path: 'Stack/Gateway' }]);
  });

  test('inline blocks given as a token beside an azurerm_subnet: unverified, naming the origin', () => {
    const c = checkInventory(rule, inv({ inline: unreadableInline, separate: [integrationSubnet, otherSubnet] }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(c[0].path).toBe('Stack/Integration');
    expect(messages(c)).toBe(
      'whether virtual network Stack/Vnet mixes inline subnets with azurerm_subnet resources (Stack/Integration/Subnet, Stack/Other) cannot be checked: ' +
      `${TOKEN_WHY}. Accepted: no inline subnet blocks`,
    );
    expect(messages(c)).toContain('from var.subnets');
  });

  test('inline blocks given as a token with no azurerm_subnet of the network: pass', () => {
    expect(kinds(checkInventory(rule, inv({ inline: unreadableInline })))).toEqual(['pass']);
  });

  test('Noncompliance: the engine gives a warning that starts with the rule ID and names the construct', () => {
    const f = evaluateRule(rule, inv({ inline: inline('snet-data'), separate: [integrationSubnet] }));
    expect(f.map((x) => x.outcome)).toEqual(['warning']);
    expect(f[0].message).toMatch(/^\[VNI-R020\] Deployment\.InlineAndSeparateSubnets: virtual network Stack\/Vnet has 1 inline subnet block\(s\)/);
    expect(f[0].message).toContain('Construct: Stack/Integration.');
  });
});
