/**
 * The azurerm provider block, derived from the provider bindings that cdktf (or CDK Terrain)
 * generates from the real `terraform providers schema -json` of one provider version:
 * `lib/provider/index.js` and `lib/provider/index.d.ts` of `@cdktf/provider-azurerm` /
 * `@cdktn/provider-azurerm`. No JSON snapshot of the azurerm provider block exists for 4.x
 * (lonegunmanb/terraform-azurerm-schema keeps only resource, data source and ephemeral schemas
 * under generated/; its schema/azure.json is a 3.x file).
 *
 * What the generated code carries, and how it maps back to the schema:
 * - `synthesizeHclAttributes()` of the provider class, and each block's `...ToHclTerraform(struct)`
 *   function, list every argument with `isBlock`, `type` (simple, list, set, map) and
 *   `storageClassType` (string, boolean, number, stringList, ...): names, value types, and which
 *   names are nested blocks (and of which nesting).
 * - The `.d.ts` interfaces (`AzurermProviderConfig`, `AzurermProviderFeatures...`) mark optional
 *   arguments with `?`; a block typed `X[]` has no `max_items` of 1 (cdktf types a block with
 *   `max_items` 1 as a single `X`). Their JSDoc holds each argument's description.
 * What it does not carry: `sensitive` and `computed` (the azurerm sources at the vendored tags mark
 * no provider argument sensitive: internal/provider/provider.go and internal/provider/framework/provider.go),
 * block descriptions, and `min_items` (a required block would need it: this refuses one).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { JsonAttribute, JsonBlock, JsonBlockType } from '../provider/schema';

export interface ProviderPackage {
  /** The package directory. */
  readonly dir: string;
  /** npm name, e.g. "@cdktf/provider-azurerm". */
  readonly name: string;
  /** npm version, e.g. "14.23.1". */
  readonly version: string;
  /** The provider version its code was generated from (terraformGeneratorMetadata.providerVersion). */
  readonly providerVersion: string;
  readonly js: string;
  readonly dts: string;
}

export const PROVIDER_BLOCK_PATHS = ['lib/provider/index.js', 'lib/provider/index.d.ts'] as const;

export function readProviderPackage(dir: string): ProviderPackage {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
  const js = readFileSync(join(dir, PROVIDER_BLOCK_PATHS[0]), 'utf8');
  const dts = readFileSync(join(dir, PROVIDER_BLOCK_PATHS[1]), 'utf8');
  const v = /providerVersion: '([^']+)'/.exec(js);
  if (!v) throw new Error(`${dir}: no providerVersion in ${PROVIDER_BLOCK_PATHS[0]}`);
  return { dir, name: pkg.name, version: pkg.version, providerVersion: v[1], js, dts };
}

interface HclEntry {
  readonly name: string;
  readonly property: string;
  readonly isBlock: boolean;
  readonly type: string;
  readonly storageClassType: string;
  /** For a block: the function that renders its elements. */
  readonly mapper?: string;
}

/** The entries of the `const attrs = { ... }` that starts at or after `from`. */
function hclEntries(js: string, from: number, where: string): HclEntry[] {
  const start = js.indexOf('const attrs = {', from);
  const end = js.indexOf('\n        };', start);
  const endClass = js.indexOf('\n    };', start);
  const stop = [end, endClass].filter((i) => i > start).reduce((a, b) => Math.min(a, b), Infinity);
  if (start < 0 || !Number.isFinite(stop)) throw new Error(`${where}: no attrs table`);
  const body = js.slice(start, stop);
  const out: HclEntry[] = [];
  const re = /(\w+): \{\s*value: (.+),\s*isBlock: (true|false),\s*type: "(\w+)",\s*storageClassType: "(\w+)",\s*\}/g;
  for (const m of body.matchAll(re)) {
    const [, name, value, isBlock, type, storageClassType] = m;
    const property = /\((?:this\._|struct\.)(\w+)\)$/.exec(value)?.[1];
    if (!property) throw new Error(`${where}.${name}: cannot read the property of "${value}"`);
    const mapper = isBlock === 'true' ? /listMapperHcl\((\w+), true\)/.exec(value)?.[1] : undefined;
    if (isBlock === 'true' && !mapper) throw new Error(`${where}.${name}: block without an element mapper ("${value}")`);
    out.push({ name, property, isBlock: isBlock === 'true', type, storageClassType, mapper });
  }
  if (out.length === 0) throw new Error(`${where}: empty attrs table`);
  return out;
}

interface DtsMember {
  readonly optional: boolean;
  readonly array: boolean;
  readonly description?: string;
}

function dtsInterface(dts: string, name: string): Map<string, DtsMember> {
  const start = dts.indexOf(`export interface ${name} {`);
  if (start < 0) throw new Error(`index.d.ts: no interface ${name}`);
  const body = dts.slice(start, dts.indexOf('\n}', start));
  const out = new Map<string, DtsMember>();
  for (const m of body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*readonly (\w+)(\?)?: ([^;]+);/g)) {
    const [, doc, prop, q, type] = m;
    const text = doc
      .split('\n')
      .map((l) => l.replace(/^\s*\*\s?/, '').trim())
      .join('\n')
      .split('Docs at Terraform Registry')[0]
      .trim();
    out.set(prop, { optional: q === '?', array: /\[\]/.test(type), description: text || undefined });
  }
  return out;
}

function valueType(e: HclEntry, where: string): unknown {
  const prim: Record<string, string> = { string: 'string', boolean: 'bool', number: 'number' };
  if (e.type === 'simple' && prim[e.storageClassType]) return prim[e.storageClassType];
  const coll = /^(string|boolean|number)(List|Map)$/.exec(e.storageClassType);
  if (coll && (e.type === 'list' || e.type === 'set') && coll[2] === 'List') return [e.type, prim[coll[1]]];
  if (coll && e.type === 'map' && coll[2] === 'Map') return ['map', prim[coll[1]]];
  throw new Error(`${where}.${e.name}: unrecognised type ${e.type}/${e.storageClassType}`);
}

function interfaceOf(mapper: string): string {
  const base = mapper.replace(/ToHclTerraform$/, '');
  return base[0].toUpperCase() + base.slice(1);
}

function block(pkg: ProviderPackage, entries: HclEntry[], iface: string, where: string): JsonBlock {
  const members = dtsInterface(pkg.dts, iface);
  const attributes: Record<string, JsonAttribute> = {};
  const block_types: Record<string, JsonBlockType> = {};
  for (const e of entries) {
    const m = members.get(e.property);
    if (!m) throw new Error(`${where}.${e.name}: ${iface} has no member ${e.property}`);
    if (e.isBlock) {
      if (!m.optional) throw new Error(`${where}.${e.name}: a required block needs min_items, which the generated code does not carry`);
      if (e.type !== 'list' && e.type !== 'set') throw new Error(`${where}.${e.name}: unrecognised block nesting ${e.type}`);
      const fn = e.mapper!;
      const at = pkg.js.indexOf(`function ${fn}(struct) {`);
      if (at < 0) throw new Error(`${where}.${e.name}: no function ${fn}`);
      const inner = block(pkg, hclEntries(pkg.js, at, `${where}.${e.name}`), interfaceOf(fn), `${where}.${e.name}`);
      block_types[e.name] = { nesting_mode: e.type, block: inner, ...(m.array ? {} : { max_items: 1 }) };
    } else {
      attributes[e.name] = {
        type: valueType(e, where),
        ...(m.description ? { description: m.description } : {}),
        description_kind: 'plain',
        ...(m.optional ? { optional: true } : { required: true }),
      };
    }
  }
  return {
    attributes,
    ...(Object.keys(block_types).length > 0 ? { block_types } : {}),
    description_kind: 'plain',
  };
}

/** The provider block of the provider version `pkg` was generated from. */
export function providerBlockFromBindings(pkg: ProviderPackage): JsonBlock {
  const cls = pkg.js.indexOf('    synthesizeHclAttributes() {');
  if (cls < 0) throw new Error(`${pkg.name}: no synthesizeHclAttributes in ${PROVIDER_BLOCK_PATHS[0]}`);
  // `alias` is Terraform's meta-argument, which the generator adds to every provider class; a
  // provider schema never declares it.
  const entries = hclEntries(pkg.js, cls, 'provider').filter((e) => e.name !== 'alias');
  return block(pkg, entries, 'AzurermProviderConfig', 'provider');
}
