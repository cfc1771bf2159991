/** VNI-R021 on plain models (no cdktf): the synthesis tests are in r021-subnet-declared-twice.synth.test.ts. */
import { Configured, Fact } from '../../../lib/model/fact';
import { InlineSubnets, RegionalIntegrationModel, TreeSubnet } from '../../../lib/model/inventory';
import { R021_SUBNET_DECLARED_TWICE as rule } from '../../../lib/rules/deployment/r021-subnet-declared-twice';
import { k } from '../../helpers/keys';
import { inventory, known, missing, regional, subnet, token, tree, vnet } from '../../helpers/models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { gateway } from '../gateway/models';

const nameLabel = (i: number) => `name of inline subnet ${i} of virtual network Stack/Vnet (subnet.name)`;
/** An inline block: a literal name, or a name fact as given (token, missing, malformed). */
type InlineName = string | Fact<'string'>;
/** The inline `subnet` blocks of the network Stack/Vnet (key vnet-1), named as the tree scan names them. */
function inline(...names: InlineName[]): InlineSubnets {
  return {
    path: 'Stack/Vnet',
    subnets: names.map((n, i) => ({
      path: typeof n === 'string' ? `Stack/Vnet subnet "${n}"` : `Stack/Vnet subnet ${i + 1}`,
      name: typeof n === 'string' ? known(nameLabel(i + 1), n) : n,
      prefixes: known('prefixes', [`10.0.${i + 1}.0/24`]),
    })),
    unreadable: undefined,
  };
}
/** An azurerm_subnet of the tree; `name` undefined leaves the name out (a hand-built inventory). */
const separate = (key: string, path: string, name?: Fact<'string'>): TreeSubnet => ({ key: k(key), path, name, prefixes: known('prefixes', ['10.0.9.0/24']) });
const named = (v: Configured) => known<'string'>('subnet name (name)', v);

/** The network Stack/Vnet with `inline` blocks and `separate` azurerm_subnet resources, judged through `regional` and `gateways`. */
function inv(opts: { inline?: InlineSubnets; separate?: TreeSubnet[]; regional?: RegionalIntegrationModel[]; gateway?: boolean }) {
  return inventory({
    regional: opts.regional ?? [regional()],
    gateways: opts.gateway ? [gateway({ path: 'Stack/Gateway', vnet: vnet() })] : [],
    tree: tree({
      subnetsByVnet: new Map(opts.separate ? [[k('vnet-1-name'), opts.separate]] : []),
      inlineSubnetsByVnet: new Map(opts.inline ? [[k('vnet-1'), opts.inline]] : []),
    }),
  });
}
const check = (opts: Parameters<typeof inv>[0]) => checkInventory(rule, inv(opts));
const paths = (c: ReturnType<typeof check>) => c.map((x) => [x.kind, x.path]);
/** The integration's subnet adopted (not created by the construct). */
const adopted = (name = 'snet-apps') => regional({ subnet: subnet({ key: k('adopted'), label: 'Stack/Existing', name: known('subnet name', name), created: false }) });

describe('VNI-R021 Deployment.SubnetDeclaredTwice', () => {
  test('Compliance: inline names other than the integration subnet\'s (the mix itself is VNI-R020)', () => {
    expect(check({ inline: inline('snet-data', 'snet-db') })).toEqual([{ kind: 'pass', path: 'Stack/Integration' }]);
    expect(check({ inline: inline('snet-data'), separate: [separate('other', 'Stack/Other', named('snet-other'))] })).toEqual([{ kind: 'pass', path: 'Stack/Integration' }]);
  });

  test('Compliance: no inline blocks, or inline blocks given as a token, have nothing declared twice', () => {
    expect(paths(check({}))).toEqual([['pass', 'Stack/Integration']]);
    const unreadable: InlineSubnets = { path: 'Stack/Vnet', subnets: [], unreadable: 'the inline subnet blocks are a token (from var.subnets)' };
    expect(paths(check({ inline: unreadable, separate: [separate('other', 'Stack/Other', named('snet-other'))] }))).toEqual([['pass', 'Stack/Integration']]);
  });

  test('Compliance: no integrations or gateways, nothing to judge', () => {
    expect(check({ inline: inline('snet-apps'), regional: [] })).toEqual([]);
  });

  test('Noncompliance: an inline block named like the subnet the integration creates, in another case', () => {
    const c = check({ inline: inline('SNET-APPS') });
    expect(paths(c)).toEqual([['fail', 'Stack/Integration']]);
    expect(messages(c)).toBe('Stack/Vnet subnet "SNET-APPS" is named "SNET-APPS", like the azurerm_subnet Stack/Integration/Subnet of the same virtual network Stack/Vnet: one subnet declared twice. Accepted: no inline block with that name');
  });

  test('Noncompliance: the created subnet\'s name is compared without case too', () => {
    const r = regional({ subnet: subnet({ name: known('subnet name', 'SNET-Apps') }) });
    const c = check({ inline: inline('snet-apps'), regional: [r] });
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/^Stack\/Vnet subnet "snet-apps" is named "snet-apps", like the azurerm_subnet Stack\/Integration\/Subnet of/);
  });

  test('Noncompliance: an inline block named like an azurerm_subnet of the tree (GatewaySubnet), without case', () => {
    const c = check({ inline: inline('gatewaysubnet'), separate: [separate('gw-subnet', 'Stack/Gateway/GatewaySubnet', named('GatewaySubnet'))], regional: [], gateway: true });
    expect(paths(c)).toEqual([['fail', 'Stack/Gateway']]);
    expect(messages(c)).toBe('Stack/Vnet subnet "gatewaysubnet" is named "gatewaysubnet", like the azurerm_subnet Stack/Gateway/GatewaySubnet of the same virtual network Stack/Vnet: one subnet declared twice. Accepted: no inline block with that name');
  });

  test('Compliance: an azurerm_subnet whose name is left out (a hand-built inventory) matches nothing', () => {
    expect(paths(check({ inline: inline('snet-data', 'Stack/A'), separate: [separate('a', 'Stack/A')], regional: [], gateway: true }))).toEqual([['pass', 'Stack/Gateway']]);
  });

  test('an azurerm_subnet whose name is a token or missing: an inline block with no known twin is unverified, never a pass', () => {
    const unnamed = [separate('b', 'Stack/B', token('subnet name (name)', 'var.b_name')), separate('c', 'Stack/C', missing('subnet name (name)'))];
    const c = check({ inline: inline('snet-data'), separate: unnamed, regional: [], gateway: true });
    expect(paths(c)).toEqual([['unverified', 'Stack/Gateway']]);
    expect(messages(c)).toBe(
      'whether Stack/Vnet subnet "snet-data" ("snet-data") is also the azurerm_subnet Stack/B or Stack/C cannot be checked: ' +
        'subnet name (name) is an unresolved token, known only at apply (from var.b_name); subnet name (name) was not given. Accepted: no azurerm_subnet of the network with that name',
    );
    // A known twin decides: it fails whatever the unreadable names are.
    const twin = check({ inline: inline('snet-data'), separate: [...unnamed, separate('d', 'Stack/D', named('SNET-DATA'))], regional: [], gateway: true });
    expect(kinds(twin)).toEqual(['fail']);
  });

  test('Compliance: an adopted integration subnet that is no azurerm_subnet of the tree is not declared here', () => {
    expect(paths(check({ inline: inline('snet-apps'), regional: [adopted()] }))).toEqual([['pass', 'Stack/Integration']]);
    expect(paths(check({ inline: inline('snet-apps'), regional: [adopted()], separate: [separate('other', 'Stack/Other')] }))).toEqual([['pass', 'Stack/Integration']]);
  });

  test('Noncompliance: an adopted integration subnet that is an azurerm_subnet of the tree counts under the integration\'s name for it', () => {
    const c = check({ inline: inline('snet-apps'), regional: [adopted('SNET-APPS')], separate: [separate('other', 'Stack/Other'), separate('adopted', 'Stack/Tree/Subnet')] });
    expect(paths(c)).toEqual([['fail', 'Stack/Integration']]);
    expect(messages(c)).toContain('like the azurerm_subnet Stack/Existing of the same virtual network Stack/Vnet');
  });

  test('a created subnet whose name is a token: an inline block is unverified, naming the origin', () => {
    const r = regional({ subnet: subnet({ name: token('subnet name', 'var.subnet_name') }) });
    const c = check({ inline: inline('snet-apps'), regional: [r] });
    expect(paths(c)).toEqual([['unverified', 'Stack/Integration']]);
    expect(messages(c)).toMatch(/^whether Stack\/Vnet subnet "snet-apps" \("snet-apps"\) is also the azurerm_subnet Stack\/Integration\/Subnet cannot be checked: subnet name is an unresolved token.*var\.subnet_name/);
  });

  test('the integration subnet counts for its own integration only, not for a gateway on the same network', () => {
    const c = check({ inline: inline('snet-apps'), gateway: true });
    expect(paths(c)).toEqual([['fail', 'Stack/Integration'], ['pass', 'Stack/Gateway']]);
  });

  test('Noncompliance: several inline blocks with one twin give exactly one fail, two twins two', () => {
    const one = check({ inline: inline('snet-data', 'snet-apps', 'snet-db') });
    expect(paths(one)).toEqual([['fail', 'Stack/Integration']]);
    expect(messages(one)).toMatch(/^Stack\/Vnet subnet "snet-apps" is named "snet-apps"/);
    const two = check({ inline: inline('snet-apps', 'snet-data', 'Snet-Other'), separate: [separate('other', 'Stack/Other', named('snet-other'))] });
    expect(kinds(two)).toEqual(['fail', 'fail']);
    expect(messages(two)).toContain('"Snet-Other", like the azurerm_subnet Stack/Other of');
  });

  test('an inline name that is a token: unverified naming the origin, and the other blocks still judged', () => {
    const c = check({ inline: inline(token(nameLabel(1), 'var.subnet_name'), 'snet-data') });
    expect(paths(c)).toEqual([['unverified', 'Stack/Integration']]);
    expect(messages(c)).toBe(
      'whether Stack/Vnet subnet 1 declares a subnet that is also an azurerm_subnet resource cannot be checked: ' +
      `${nameLabel(1)} is an unresolved token, known only at apply (from var.subnet_name). Accepted: an inline name that no azurerm_subnet of the network has`,
    );
    expect(kinds(check({ inline: inline(token(nameLabel(1), 'var.subnet_name'), 'SNET-APPS') }))).toEqual(['unverified', 'fail']);
  });

  test('an inline name that is missing is unverified; one that is not a string fails naming the value', () => {
    const gone = check({ inline: inline(missing(nameLabel(1))) });
    expect(kinds(gone)).toEqual(['unverified']);
    expect(messages(gone)).toContain(`cannot be checked: ${nameLabel(1)} was not given. Accepted: an inline name`);
    const bad = check({ inline: inline(named(42)) });
    expect(paths(bad)).toEqual([['fail', 'Stack/Integration']]);
    expect(messages(bad)).toBe('whether Stack/Vnet subnet 1 declares a subnet that is also an azurerm_subnet resource: subnet name (name) is malformed: got 42; accepted: a string');
  });

  test('Noncompliance: the engine gives an error that starts with the rule ID and names the construct', () => {
    const f = evaluateRule(rule, inv({ inline: inline('SNET-APPS') }));
    expect(f.map((x) => x.outcome)).toEqual(['error']);
    expect(f[0].message).toMatch(/^\[VNI-R021\] Deployment\.SubnetDeclaredTwice: Stack\/Vnet subnet "SNET-APPS" is named "SNET-APPS"/);
    expect(f[0].message).toContain('Construct: Stack/Integration.');
  });
});
