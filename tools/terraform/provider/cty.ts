/**
 * Terraform's value model on the wire (cty): types parsed from their JSON form, and values encoded
 * with cty's MessagePack conventions (hashicorp/go-cty, cty/msgpack; Terraform's
 * docs/plugin-protocol/object-wire-format.md):
 * - an unknown value is an extension value of type 0 (refined unknowns use type 12, whose payload
 *   describes the refinements); both are kept byte for byte so they can be sent back unchanged;
 * - where the schema says "dynamic", a known value is a two-element array [type JSON, value];
 * - null is nil; numbers are integers, floats or (too big for either) decimal strings.
 * MessagePack itself is @msgpack/msgpack.
 */
import { decode, encode, ExtData } from '@msgpack/msgpack';

export type CtyType =
  | { readonly kind: 'string' | 'number' | 'bool' | 'dynamic' }
  | { readonly kind: 'list' | 'set' | 'map'; readonly element: CtyType }
  | { readonly kind: 'object'; readonly attributes: Readonly<Record<string, CtyType>> }
  | { readonly kind: 'tuple'; readonly elements: readonly CtyType[] };

export const STRING: CtyType = { kind: 'string' };
export const NUMBER: CtyType = { kind: 'number' };
export const BOOL: CtyType = { kind: 'bool' };
export const DYNAMIC: CtyType = { kind: 'dynamic' };

/** cty's extension type for a wholly unknown value, and for an unknown with refinements. */
export const UNKNOWN_EXT = 0;
export const REFINED_UNKNOWN_EXT = 12;

/** A value not known until apply. `raw` keeps the extension as received (refinements included). */
export class Unknown {
  constructor(public readonly raw: ExtData = new ExtData(UNKNOWN_EXT, new Uint8Array([0]))) {}
}

/** A known value at a "dynamic" position: it carries its own type. */
export class Dyn {
  constructor(
    public readonly type: CtyType,
    public readonly value: Value,
  ) {}
}

/** A decoded value: JS primitives, arrays (list, set, tuple), records (map, object). */
export type Value = null | Unknown | Dyn | string | number | boolean | Value[] | { [key: string]: Value };

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

export function isRecord(v: unknown): v is { [key: string]: Value } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Dyn);
}

/** Parses the JSON form of a type: "string", ["list","string"], ["object",{...}(,[optional])], ... */
export function parseType(json: unknown): CtyType {
  if (json === 'string' || json === 'number' || json === 'bool' || json === 'dynamic') return { kind: json };
  if (Array.isArray(json) && typeof json[0] === 'string') {
    const [kind, arg] = json;
    switch (kind) {
      case 'list':
      case 'set':
      case 'map':
        return { kind, element: parseType(arg) };
      case 'object': {
        const attributes: Record<string, CtyType> = {};
        for (const [k, t] of Object.entries(arg as Record<string, unknown>)) attributes[k] = parseType(t);
        // A third element lists optional attributes: a type-constraint detail, not part of the value type.
        return { kind: 'object', attributes };
      }
      case 'tuple':
        return { kind: 'tuple', elements: (arg as unknown[]).map(parseType) };
    }
  }
  throw new Error(`not a cty type: ${JSON.stringify(json)}`);
}

/** The JSON form of a type (the inverse of parseType). */
export function typeToJson(t: CtyType): unknown {
  switch (t.kind) {
    case 'string':
    case 'number':
    case 'bool':
    case 'dynamic':
      return t.kind;
    case 'list':
    case 'set':
    case 'map':
      return [t.kind, typeToJson(t.element)];
    case 'object': {
      const attrs: Record<string, unknown> = {};
      for (const [k, a] of Object.entries(t.attributes)) attrs[k] = typeToJson(a);
      return ['object', attrs];
    }
    case 'tuple':
      return ['tuple', t.elements.map(typeToJson)];
  }
}

/** Decodes DynamicValue.msgpack against the type the schema implies. */
export function decodeMsgpack(bytes: Uint8Array, type: CtyType): Value {
  return fromWire(decode(bytes), type, '');
}

/**
 * Decodes DynamicValue.json (what Terraform stores in state files): like MessagePack, except that a
 * dynamic value is {"value": ..., "type": ...} and nothing is unknown.
 */
export function decodeJson(bytes: Uint8Array, type: CtyType): Value {
  return fromJsonValue(JSON.parse(Buffer.from(bytes).toString('utf8')), type, '');
}

function fromJsonValue(raw: unknown, type: CtyType, path: string): Value {
  if (raw === null || raw === undefined) return null;
  if (type.kind === 'dynamic') {
    const d = raw as { value: unknown; type: unknown };
    const t = parseType(d.type);
    return new Dyn(t, fromJsonValue(d.value, t, path));
  }
  switch (type.kind) {
    case 'list':
    case 'set':
      return (raw as unknown[]).map((x, i) => fromJsonValue(x, type.element, `${path}[${i}]`));
    case 'tuple':
      return (raw as unknown[]).map((x, i) => fromJsonValue(x, type.elements[i] ?? DYNAMIC, `${path}[${i}]`));
    case 'map':
      return Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, fromJsonValue(v, type.element, `${path}["${k}"]`)]));
    case 'object': {
      const rec = raw as Record<string, unknown>;
      const out: Record<string, Value> = {};
      for (const [k, t] of Object.entries(type.attributes)) out[k] = fromJsonValue(rec[k], t, path ? `${path}.${k}` : k);
      return out;
    }
    default:
      return raw as Value;
  }
}

/** Encodes a value as DynamicValue.msgpack for the given type. */
export function encodeMsgpack(value: Value, type: CtyType): Uint8Array {
  return encode(toWire(value, type, ''), { ignoreUndefined: false });
}

function fromWire(raw: unknown, type: CtyType, path: string): Value {
  if (raw instanceof ExtData) {
    if (raw.type === UNKNOWN_EXT || raw.type === REFINED_UNKNOWN_EXT) return new Unknown(raw);
    throw new Error(`${path || 'value'}: unexpected MessagePack extension type ${raw.type}`);
  }
  if (raw === null || raw === undefined) return null;
  switch (type.kind) {
    case 'string':
      if (typeof raw !== 'string') throw new Error(`${path}: expected a string, got ${typeof raw}`);
      return raw;
    case 'number':
      if (typeof raw === 'number' || typeof raw === 'string') return raw;
      if (typeof raw === 'bigint') return raw.toString();
      throw new Error(`${path}: expected a number, got ${typeof raw}`);
    case 'bool':
      if (typeof raw !== 'boolean') throw new Error(`${path}: expected a bool, got ${typeof raw}`);
      return raw;
    case 'dynamic': {
      if (!Array.isArray(raw) || raw.length !== 2) throw new Error(`${path}: a dynamic value is [type, value]`);
      const tj = raw[0] instanceof Uint8Array ? Buffer.from(raw[0]).toString('utf8') : String(raw[0]);
      const t = parseType(JSON.parse(tj));
      return new Dyn(t, fromWire(raw[1], t, path));
    }
    case 'list':
    case 'set':
      if (!Array.isArray(raw)) throw new Error(`${path}: expected an array for ${type.kind}`);
      return raw.map((x, i) => fromWire(x, type.element, `${path}[${i}]`));
    case 'tuple':
      if (!Array.isArray(raw)) throw new Error(`${path}: expected an array for tuple`);
      return raw.map((x, i) => fromWire(x, type.elements[i] ?? DYNAMIC, `${path}[${i}]`));
    case 'map': {
      const out: Record<string, Value> = {};
      for (const [k, v] of entriesOf(raw, path)) out[k] = fromWire(v, type.element, `${path}["${k}"]`);
      return out;
    }
    case 'object': {
      const out: Record<string, Value> = {};
      const got = new Map(entriesOf(raw, path));
      for (const [k, t] of Object.entries(type.attributes)) out[k] = got.has(k) ? fromWire(got.get(k), t, path ? `${path}.${k}` : k) : null;
      for (const k of got.keys()) if (!(k in type.attributes)) throw new Error(`${path || 'object'}: unsupported attribute "${k}"`);
      return out;
    }
  }
}

function entriesOf(raw: unknown, path: string): [string, unknown][] {
  if (raw instanceof Map) return [...raw.entries()].map(([k, v]) => [String(k), v]);
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) return Object.entries(raw as Record<string, unknown>);
  throw new Error(`${path || 'value'}: expected a map`);
}

function toWire(value: Value, type: CtyType, path: string): unknown {
  if (value === null) return null;
  if (value instanceof Unknown) return value.raw;
  switch (type.kind) {
    case 'dynamic': {
      const d = value instanceof Dyn ? value : new Dyn(inferType(value), value);
      return [Buffer.from(JSON.stringify(typeToJson(d.type)), 'utf8'), toWire(d.value, d.type, path)];
    }
    case 'string':
    case 'number':
    case 'bool':
      if (value instanceof Dyn) return toWire(value.value, type, path);
      return value;
    case 'list':
    case 'set':
      return asArray(value, path).map((x, i) => toWire(x, type.element, `${path}[${i}]`));
    case 'tuple':
      return asArray(value, path).map((x, i) => toWire(x, type.elements[i] ?? DYNAMIC, `${path}[${i}]`));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(asRecord(value, path))) out[k] = toWire(v, type.element, `${path}["${k}"]`);
      return out;
    }
    case 'object': {
      const rec = asRecord(value, path);
      const out: Record<string, unknown> = {};
      for (const [k, t] of Object.entries(type.attributes)) out[k] = toWire(rec[k] ?? null, t, path ? `${path}.${k}` : k);
      return out;
    }
  }
}

function asArray(v: Value, path: string): Value[] {
  if (!Array.isArray(v)) throw new Error(`${path || 'value'}: expected an array, got ${describe(v)}`);
  return v;
}

function asRecord(v: Value, path: string): Record<string, Value> {
  if (!isRecord(v)) throw new Error(`${path || 'value'}: expected an object, got ${describe(v)}`);
  return v;
}

function describe(v: Value): string {
  if (v instanceof Dyn) return 'a dynamic value';
  return Array.isArray(v) ? 'an array' : typeof v;
}

/** The type of a known value built by the mock (objects for records, tuples for arrays). */
export function inferType(v: Value): CtyType {
  if (v instanceof Dyn) return v.type;
  if (v === null || v instanceof Unknown) return DYNAMIC;
  if (typeof v === 'string') return STRING;
  if (typeof v === 'number') return NUMBER;
  if (typeof v === 'boolean') return BOOL;
  if (Array.isArray(v)) return { kind: 'tuple', elements: v.map(inferType) };
  const attributes: Record<string, CtyType> = {};
  for (const [k, x] of Object.entries(v)) attributes[k] = inferType(x);
  return { kind: 'object', attributes };
}

/** True when the value, at any depth, holds an unknown. */
export function containsUnknown(v: Value): boolean {
  if (v instanceof Unknown) return true;
  if (v instanceof Dyn) return containsUnknown(v.value);
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (isRecord(v)) return Object.values(v).some(containsUnknown);
  return false;
}

/** Plain JSON for logs and fake-value helpers (unknowns as null, dynamic values unwrapped). */
export function toPlain(v: Value): unknown {
  if (v instanceof Unknown) return null;
  if (v instanceof Dyn) return toPlain(v.value);
  if (Array.isArray(v)) return v.map(toPlain);
  if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  return v;
}
