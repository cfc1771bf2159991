import { attributeKey, compareKeys, constructKey, describeKey, isLiteralKey, isResourceKey, keyWithAncestors, literalKey, nameKey, parseKey, resourceAttributeKey, resourceAttributeOf } from '../../lib/model/resource-key';

describe('ResourceKey: one module builds, parses and prints keys', () => {
  test('each kind round-trips through parseKey', () => {
    expect(parseKey(attributeKey('hub', 'azurerm_virtual_network.Hub.name'))).toEqual({ kind: 'attribute', stack: 'hub', identifier: 'azurerm_virtual_network.Hub.name' });
    expect(parseKey(literalKey('/Subscriptions/X'))).toEqual({ kind: 'literal', text: '/subscriptions/x' });
    expect(parseKey(nameKey('RG', 'Vnet'))).toEqual({ kind: 'name', resourceGroup: 'rg', name: 'vnet' });
    expect(parseKey(nameKey(undefined, 'vnet'))).toEqual({ kind: 'name', resourceGroup: undefined, name: 'vnet' });
    expect(parseKey(constructKey('stack/Ref'))).toEqual({ kind: 'construct', path: 'stack/Ref' });
  });

  test('literals compare without case; kinds never collide', () => {
    expect(literalKey('/Subscriptions/X')).toBe(literalKey('/subscriptions/x'));
    expect(isLiteralKey(literalKey('x'))).toBe(true);
    expect(isLiteralKey(nameKey(undefined, 'x'))).toBe(false);
    expect(new Set([literalKey('x'), nameKey(undefined, 'x'), constructKey('x'), attributeKey('s', 'x')]).size).toBe(4);
  });

  test('managed resource attributes are told apart from data sources and variables', () => {
    const k = resourceAttributeKey('hub', 'azurerm_virtual_network', 'Hub', 'id');
    expect(resourceAttributeOf(k)).toEqual({ stack: 'hub', type: 'azurerm_virtual_network', name: 'Hub', attribute: 'id' });
    expect(isResourceKey(k, 'azurerm_virtual_network', 'id')).toBe(true);
    expect(isResourceKey(k, 'azurerm_virtual_network', 'name')).toBe(false);
    expect(resourceAttributeOf(attributeKey('s', 'data.azurerm_virtual_network.hub.id'))).toBeUndefined();
    expect(resourceAttributeOf(attributeKey('s', 'var.plan_id'))).toBeUndefined();
    expect(resourceAttributeOf(literalKey('x'))).toBeUndefined();
  });

  test('a nested attribute stands for every path above it', () => {
    const k = attributeKey('s', 'azapi_resource_action.pkg.sensitive_output.uri[0]');
    expect(keyWithAncestors(k)).toEqual([
      k,
      attributeKey('s', 'azapi_resource_action.pkg.sensitive_output.uri'),
      attributeKey('s', 'azapi_resource_action.pkg.sensitive_output'),
      attributeKey('s', 'azapi_resource_action.pkg'),
      attributeKey('s', 'azapi_resource_action'),
    ]);
    expect(keyWithAncestors(literalKey('x'))).toEqual([literalKey('x')]);
  });

  test('keys print in words and sort in a fixed order', () => {
    expect(describeKey(attributeKey('hub', 'azurerm_virtual_network.Hub.id'))).toBe('azurerm_virtual_network.Hub.id (stack hub)');
    expect(describeKey(nameKey('rg', 'vnet'))).toBe('vnet in resource group rg');
    expect([literalKey('b'), literalKey('a')].sort(compareKeys)).toEqual([literalKey('a'), literalKey('b')]);
  });

  test('a string that is no key is refused', () => {
    expect(() => parseKey('plan-1' as never)).toThrow(/not a resource key/);
  });
});
