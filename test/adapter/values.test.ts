/** The adapter turns cdktf values into facts in pure form, keeping where each token comes from. */
import { DataAzurermVirtualNetwork } from '@cdktf/provider-azurerm/lib/data-azurerm-virtual-network';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { DataTerraformRemoteState, Fn, Lazy, TerraformLocal, TerraformVariable, Testing, TerraformStack, Token } from 'cdktf';
import { configured, fact, isListToken, isToken, tokenOrigin } from '../../lib/adapter/values';
import { isInterpolation, isOpaque, isTokenMark } from '../../lib/model/fact';
import { showConfigured } from '../../lib/model/reading';

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), 's');
}

describe('configured: tokens become marks with their origin', () => {
  test.each([
    ['a variable', (s: TerraformStack) => new TerraformVariable(s, 'subnet_prefix', { type: 'string' }).stringValue, 'var.subnet_prefix', 'string'],
    ['a local', (s: TerraformStack) => new TerraformLocal(s, 'prefix', '10.0.0.0/16').asString, 'local.prefix', 'string'],
    ['a data source list attribute', (s: TerraformStack) => new DataAzurermVirtualNetwork(s, 'hub', { name: 'x', resourceGroupName: 'y' }).addressSpace, 'data.azurerm_virtual_network.hub.address_space', 'list'],
    ['a remote state output', (s: TerraformStack) => new DataTerraformRemoteState(s, 'net', { organization: 'o', workspaces: { name: 'w' } } as never).getString('subnet_id'), 'data.terraform_remote_state.net.outputs.subnet_id', 'string'],
    ['a remote state list output', (s: TerraformStack) => new DataTerraformRemoteState(s, 'net', { organization: 'o', workspaces: { name: 'w' } } as never).getList('ranges'), 'data.terraform_remote_state.net.outputs.ranges', 'list'],
    ['a resource list attribute (tolist is looked through)', (s: TerraformStack) => new VirtualNetwork(s, 'vn', { name: 'n', resourceGroupName: 'g', location: 'l', addressSpace: ['10.0.0.0/16'] }).addressSpace, 'azurerm_virtual_network.vn.address_space', 'list'],
    ['a function call', () => Fn.cidrsubnet('10.0.0.0/16', 8, 1), 'cidrsubnet(...)', 'string'],
    ['a list variable', (s: TerraformStack) => new TerraformVariable(s, 'ranges', { type: 'list(string)' }).listValue, 'var.ranges', 'list'],
    ['Token.asList of a string token', (s: TerraformStack) => Token.asList(new TerraformVariable(s, 'csv', { type: 'string' }).stringValue), 'var.csv', 'list'],
    ['a number variable', (s: TerraformStack) => new TerraformVariable(s, 'count', { type: 'number' }).numberValue, 'var.count', 'number'],
    ['Token.asNumber of a string token', (s: TerraformStack) => Token.asNumber(new TerraformVariable(s, 'n', { type: 'string' }).stringValue), 'var.n', 'number'],
    ['a map variable', (s: TerraformStack) => Token.asStringMap(new TerraformVariable(s, 'settings', { type: 'map(string)' }).value), 'var.settings', 'map'],
    ['a data source map attribute', (s: TerraformStack) => new DataAzurermVirtualNetwork(s, 'hub', { name: 'x', resourceGroupName: 'y' }).tags, 'data.azurerm_virtual_network.hub.tags', 'map'],
  ])('%s', (_what, make, origin, shape) => {
    const v = configured(make(stack()));
    expect(isTokenMark(v) && { origin: v.origin, shape: v.shape }).toEqual({ origin, shape });
  });

  test('a Lazy value is a token whose origin cannot be told', () => {
    const v = configured(Lazy.stringValue({ produce: () => 'x' }));
    expect(isTokenMark(v) && v.origin).toBeUndefined();
    expect(tokenOrigin({})).toBeUndefined();
  });

  test('a string with interpolations keeps its literal parts in order', () => {
    const s = stack();
    const secret = new DataAzurermVirtualNetwork(s, 'kv', { name: 'x', resourceGroupName: 'y' });
    const v = configured(`@Microsoft.KeyVault(SecretUri=${secret.id})`);
    expect(isInterpolation(v)).toBe(true);
    expect(showConfigured(v)).toBe('"@Microsoft.KeyVault(SecretUri=${data.azurerm_virtual_network.kv.id})"');
  });

  test('a list with one token element keeps its literal elements beside the token', () => {
    const s = stack();
    const v = configured(['10.0.0.0/16', new TerraformVariable(s, 'extra', { type: 'string' }).stringValue]) as unknown[];
    expect(v[0]).toBe('10.0.0.0/16');
    expect(isTokenMark(v[1]) && (v[1] as { origin: string }).origin).toBe('var.extra');
  });

  test('literals stay; nested maps and lists are walked; resources and functions are only shown', () => {
    const s = stack();
    expect(configured({ a: ['x', 1, true, null] })).toEqual({ a: ['x', 1, true, null] });
    const resource = new VirtualNetwork(s, 'vn', { name: 'n', resourceGroupName: 'g', location: 'l', addressSpace: [] });
    const v = configured(resource);
    expect(isOpaque(v) && v.description).toBe('an azurerm_virtual_network resource (s/vn)');
    expect(isOpaque(configured(() => 1))).toBe(true);
  });
});

describe('fact: absence means missing or unset, as the caller says', () => {
  test('missing by default, unset on request; null counts as absent', () => {
    expect(fact('x', undefined)).toEqual({ label: 'x', state: 'missing' });
    expect(fact('x', null, 'unset')).toEqual({ label: 'x', state: 'unset' });
    expect(fact('x', 'v')).toEqual({ label: 'x', state: 'given', value: 'v' });
  });
});

describe('token detection for props', () => {
  test('list tokens, element tokens and number tokens are tokens; literals and lists of literals are not', () => {
    const s = stack();
    const list = new TerraformVariable(s, 'l', { type: 'list(string)' }).listValue;
    expect(isListToken(list)).toBe(true);
    expect(isToken(list)).toBe(true);
    expect(isToken(new TerraformVariable(s, 'n', { type: 'number' }).numberValue)).toBe(true);
    expect(isListToken(['10.0.0.0/16'])).toBe(false);
    expect(isListToken([{ name: 'not a token' }])).toBe(false);
    expect(isToken('10.0.0.0/16')).toBe(false);
    expect(isToken(undefined)).toBe(false);
  });
});
