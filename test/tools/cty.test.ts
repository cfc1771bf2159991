import { decode, encode, ExtData } from '@msgpack/msgpack';
import { decodeJson, decodeMsgpack, Dyn, encodeMsgpack, parseType, typeToJson, Unknown } from '../../tools/terraform/provider/cty';

const OBJ = parseType(['object', { name: 'string', count: 'number', tags: ['map', 'string'], body: 'dynamic', ids: ['set', 'string'] }]);

describe('cty MessagePack codec (mock providers)', () => {
  test('parses and prints type JSON, dropping the optional-attribute list of object constraints', () => {
    expect(typeToJson(parseType(['list', ['object', { a: 'string' }, ['a']]]))).toEqual(['list', ['object', { a: 'string' }]]);
    expect(typeToJson(parseType(['tuple', ['bool', ['map', 'number']]]))).toEqual(['tuple', ['bool', ['map', 'number']]]);
    expect(() => parseType(['frozenset', 'string'])).toThrow(/not a cty type/);
  });

  test('an unknown is cty\'s fixext1 of type 0 and goes back out byte for byte', () => {
    const bytes = encodeMsgpack({ name: new Unknown(), count: 1, tags: null, body: null, ids: [] }, OBJ);
    expect(Buffer.from(bytes).includes(Buffer.from([0xd4, 0x00, 0x00]))).toBe(true);
    const back = decodeMsgpack(bytes, OBJ) as Record<string, unknown>;
    expect(back.name).toBeInstanceOf(Unknown);
    expect(Buffer.from(encodeMsgpack(back as any, OBJ))).toEqual(Buffer.from(bytes));
  });

  test('a refined unknown (extension type 12) is treated as unknown and its refinements are kept', () => {
    const refinements = encode({ 1: true });
    const wire = encode({ name: new ExtData(12, refinements), count: null, tags: null, body: null, ids: null });
    const v = decodeMsgpack(wire, OBJ) as Record<string, any>;
    expect(v.name).toBeInstanceOf(Unknown);
    const again = decode(encodeMsgpack(v, OBJ)) as Record<string, ExtData>;
    expect(again.name.type).toBe(12);
    expect(Buffer.from(again.name.data as Uint8Array)).toEqual(Buffer.from(refinements));
  });

  test('a known dynamic value is [type JSON, value]; an unknown one is a bare unknown; null is nil', () => {
    const v = { name: 'a', count: 2, tags: { k: 'v' }, body: new Dyn(parseType(['object', { properties: ['object', { isSwift: 'bool' }] }]), { properties: { isSwift: false } }), ids: ['x'] };
    const wire = decode(encodeMsgpack(v, OBJ)) as Record<string, any>;
    expect(Buffer.from(wire.body[0]).toString()).toBe('["object",{"properties":["object",{"isSwift":"bool"}]}]');
    expect(wire.body[1]).toEqual({ properties: { isSwift: false } });
    expect((decodeMsgpack(encodeMsgpack(v, OBJ), OBJ) as any).body).toEqual(v.body);
    const unknownBody = decode(encodeMsgpack({ ...v, body: new Unknown() }, OBJ)) as Record<string, any>;
    expect(unknownBody.body).toBeInstanceOf(ExtData);
    expect((decode(encodeMsgpack({ ...v, body: null }, OBJ)) as any).body).toBeNull();
  });

  test('missing object attributes decode as null, unsupported ones are refused', () => {
    expect(decodeMsgpack(encode({ name: 'n' }), OBJ)).toEqual({ name: 'n', count: null, tags: null, body: null, ids: null });
    expect(() => decodeMsgpack(encode({ nope: 1 }), OBJ)).toThrow(/unsupported attribute "nope"/);
  });

  test('a number too large for float64 arrives as a decimal string and stays one', () => {
    const big = '123456789012345678901234567890';
    expect((decodeMsgpack(encode({ count: big }), OBJ) as any).count).toBe(big);
  });

  test('DynamicValue.json (state files): dynamic values are {value, type}', () => {
    const json = Buffer.from(JSON.stringify({ name: 'a', count: 1, tags: null, body: { value: { x: 'y' }, type: ['object', { x: 'string' }] }, ids: ['i'] }));
    expect(decodeJson(json, OBJ)).toEqual({ name: 'a', count: 1, tags: null, body: new Dyn(parseType(['object', { x: 'string' }]), { x: 'y' }), ids: ['i'] });
  });
});
