/**
 * What the mock provider does with values: plan (computed and unset attributes become unknown),
 * apply (unknowns get deterministic fake values of the right shape), read (the stored state through
 * the read-back table), data sources (computed attributes filled). Pure functions of schema and
 * values, so they are unit-tested without Terraform.
 */
import { CtyType, Dyn, isRecord, isUnknown, toPlain, Unknown, Value } from './cty';
import { fakeString, fakeTopLevel, MockContext } from './fakes';
import { applyReadBack, ReadBackRule } from './read-back';
import { attributeType, JsonAttribute, JsonBlock, JsonNestedType, JsonSchema } from './schema';

/** PlanResourceChange: destroy plans null; create marks unset computed attributes unknown; update keeps prior values. */
export function planResource(schema: JsonSchema, prior: Value, proposed: Value): Value {
  if (proposed === null) return null;
  const planned = prior === null ? markUnknown(schema.block, proposed) : proposed;
  return nullWriteOnly(schema.block, planned);
}

/** ApplyResourceChange: the planned state with every unknown replaced by a fake value; known values untouched. */
export function applyResource(type: string, schema: JsonSchema, planned: Value, ctx: MockContext): Value {
  if (planned === null) return null;
  const top = isRecord(planned) ? planned : {};
  const filled = fillBlock(schema.block, planned, { ...ctx, resourceType: type, values: toPlain(top) as Record<string, unknown>, path: [] });
  return nullWriteOnly(schema.block, filled);
}

/** ReadResource: what Azure would return, i.e. the stored state after the taught read-back behaviour. */
export function readResource(type: string, schema: JsonSchema, state: Value, rules: readonly ReadBackRule[]): Value {
  if (state === null) return null;
  return nullWriteOnly(schema.block, applyReadBack(type, state, rules));
}

/** ReadDataSource: the configuration with every computed attribute it leaves unset filled. */
export function readDataSource(type: string, schema: JsonSchema, config: Value, ctx: MockContext): Value {
  return applyResource(type, schema, markUnknown(schema.block, config), ctx);
}

function markUnknown(block: JsonBlock, value: Value): Value {
  if (!isRecord(value)) return value;
  const out: Record<string, Value> = { ...value };
  for (const [k, a] of Object.entries(block.attributes ?? {})) {
    const v = out[k] ?? null;
    if (v === null) {
      if (a.computed) out[k] = new Unknown();
    } else if (a.nested_type) {
      out[k] = mapNested(a.nested_type, v, (x) => markUnknownNested(a.nested_type!, x));
    }
  }
  for (const [k, bt] of Object.entries(block.block_types ?? {})) {
    out[k] = mapBlockValue(bt.nesting_mode, out[k] ?? null, (x) => markUnknown(bt.block, x));
  }
  return out;
}

function markUnknownNested(n: JsonNestedType, value: Value): Value {
  return markUnknown({ attributes: n.attributes }, value);
}

function mapNested(n: JsonNestedType, v: Value, f: (x: Value) => Value): Value {
  return mapBlockValue(n.nesting_mode, v, f);
}

/** Applies f to each object of a nested block or nested attribute value, whatever its nesting. */
function mapBlockValue(mode: string, v: Value, f: (x: Value) => Value): Value {
  if (v === null || isUnknown(v)) return v;
  if (v instanceof Dyn) return new Dyn(v.type, mapBlockValue(mode, v.value, f));
  switch (mode) {
    case 'single':
    case 'group':
      return f(v);
    case 'list':
    case 'set':
      return Array.isArray(v) ? v.map(f) : v;
    case 'map':
      return isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, f(x)])) : v;
    default:
      return v;
  }
}

/** Write-only attributes are never part of a plan or a state. */
export function nullWriteOnly(block: JsonBlock, value: Value): Value {
  if (!isRecord(value)) return value;
  const out: Record<string, Value> = { ...value };
  for (const [k, a] of Object.entries(block.attributes ?? {})) {
    if (a.write_only) out[k] = null;
    else if (a.nested_type) out[k] = mapNested(a.nested_type, out[k] ?? null, (x) => nullWriteOnly({ attributes: a.nested_type!.attributes }, x));
  }
  for (const [k, bt] of Object.entries(block.block_types ?? {})) {
    out[k] = mapBlockValue(bt.nesting_mode, out[k] ?? null, (x) => nullWriteOnly(bt.block, x));
  }
  return out;
}

interface FillContext extends MockContext {
  readonly resourceType: string;
  /** The resource's own top-level values (known ones), for IDs and names. */
  readonly values: Record<string, unknown>;
  readonly path: string[];
}

function fillBlock(block: JsonBlock, value: Value, ctx: FillContext): Value {
  if (isUnknown(value)) return fakeValue(blockAsType(block), ctx);
  if (!isRecord(value)) return value;
  const out: Record<string, Value> = { ...value };
  for (const [k, a] of Object.entries(block.attributes ?? {})) {
    out[k] = fillAttribute(k, a, out[k] ?? null, { ...ctx, path: [...ctx.path, k] });
  }
  for (const [k, bt] of Object.entries(block.block_types ?? {})) {
    const inner = { ...ctx, path: [...ctx.path, k] };
    const v = out[k] ?? null;
    if (isUnknown(v)) out[k] = bt.nesting_mode === 'single' || bt.nesting_mode === 'group' ? fillBlock(bt.block, v, inner) : [];
    else out[k] = mapBlockValue(bt.nesting_mode, v, (x) => fillBlock(bt.block, x, inner));
  }
  return out;
}

function blockAsType(block: JsonBlock): CtyType {
  const attributes: Record<string, CtyType> = {};
  for (const [k, a] of Object.entries(block.attributes ?? {})) attributes[k] = attributeType(a);
  return { kind: 'object', attributes };
}

function fillAttribute(name: string, a: JsonAttribute, v: Value, ctx: FillContext): Value {
  if (isUnknown(v)) {
    if (ctx.path.length === 1) {
      const special = fakeTopLevel(ctx.resourceType, name, ctx.values, ctx);
      if (special !== undefined) return special;
    }
    return fakeValue(attributeType(a), ctx);
  }
  if (a.nested_type && v !== null) {
    const n = a.nested_type;
    return mapNested(n, v, (x) => fillBlock({ attributes: n.attributes }, x, ctx));
  }
  return fillDeep(v, attributeType(a), ctx);
}

/** Unknowns inside known values of an attribute (an object with one unknown field, say). */
function fillDeep(v: Value, t: CtyType, ctx: FillContext): Value {
  if (isUnknown(v)) return fakeValue(t, ctx);
  if (v === null) return v;
  if (v instanceof Dyn) return new Dyn(v.type, fillDeep(v.value, v.type, ctx));
  switch (t.kind) {
    case 'list':
    case 'set':
      return Array.isArray(v) ? v.map((x, i) => fillDeep(x, t.element, { ...ctx, path: [...ctx.path, String(i)] })) : v;
    case 'tuple':
      return Array.isArray(v) ? v.map((x, i) => fillDeep(x, t.elements[i], { ...ctx, path: [...ctx.path, String(i)] })) : v;
    case 'map':
      return isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillDeep(x, t.element, { ...ctx, path: [...ctx.path, k] })])) : v;
    case 'object':
      return isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillDeep(x, t.attributes[k] ?? { kind: 'dynamic' }, { ...ctx, path: [...ctx.path, k] })])) : v;
    default:
      return v;
  }
}

/** A known value of the given type: empty collections, false, 0, and strings shaped by the attribute name. */
function fakeValue(t: CtyType, ctx: FillContext): Value {
  switch (t.kind) {
    case 'string':
      return fakeString(ctx.resourceType, ctx.path, ctx.values, ctx);
    case 'number':
      return 0;
    case 'bool':
      return false;
    case 'list':
    case 'set':
      return [];
    case 'map':
      return {};
    case 'tuple':
      return t.elements.map((e, i) => fakeValue(e, { ...ctx, path: [...ctx.path, String(i)] }));
    case 'object': {
      const out: Record<string, Value> = {};
      for (const [k, a] of Object.entries(t.attributes)) out[k] = fakeValue(a, { ...ctx, path: [...ctx.path, k] });
      return out;
    }
    case 'dynamic':
      return new Dyn({ kind: 'object', attributes: {} }, {});
  }
}
