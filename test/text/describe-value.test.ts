import { describeValue, quote, SHOWN_LENGTH, truncate } from '../../lib/text/describe-value';

describe('describeValue: what a value is, never more than 200 characters of it, never a throw', () => {
  test.each([
    [undefined, 'nothing (undefined)'],
    [null, 'null'],
    ['x', '"x"'],
    [42, '42'],
    [true, 'true'],
    [BigInt(7), 'the BigInt 7n'],
    [Symbol('s'), 'a symbol (s)'],
    [() => 1, 'a function'],
    [[1, 'a'], 'an array of 2 [1,"a"]'],
    [{ a: 1 }, 'an object {"a":1}'],
    [{ terraformResourceType: 'azurerm_subnet', node: { path: 'stack/Subnet' } }, 'an azurerm_subnet resource (stack/Subnet)'],
    [{ terraformResourceType: 'random_id' }, 'a random_id resource'],
  ])('%p -> %s', (v, text) => {
    expect(describeValue(v)).toBe(text);
  });

  test('a 100,000-character string is cut to 200 characters and says how long it was', () => {
    const long = 'n'.repeat(100_000);
    const shown = describeValue(long);
    expect(shown.length).toBeLessThan(SHOWN_LENGTH + 50);
    expect(shown).toBe(`"${'n'.repeat(200)}"... (100000 characters in all)`);
    expect(quote(long)).toBe(shown);
    expect(truncate('abc', 2)).toBe('ab... (3 characters in all)');
  });

  test('objects whose JSON form throws, cyclic objects and huge arrays are described safely', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('an object');
    expect(describeValue({ toJSON: () => { throw new Error('no'); } })).toBe('an object');
    expect(describeValue(new Array(100_000).fill('x')).length).toBeLessThan(SHOWN_LENGTH + 60);
  });
});
