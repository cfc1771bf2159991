/**
 * Keys that identify a resource, or one attribute of it, across the whole cdktf app, so that two
 * configuration values that name the same thing compare equal (even across stacks). This module
 * alone builds, parses and prints keys; everything else treats a key as an opaque value that is
 * compared, stored in maps and sorted.
 *
 * Kinds:
 * - attribute: a reference to `<identifier>` (for example `azurerm_virtual_network.hub.name`,
 *   `var.plan_id` or `data.azurerm_subnet.s.id`) made in stack `<stack>`;
 * - literal: a literal value, lower case (Azure compares resource IDs and names without case);
 * - name: a virtual network named by its literal name (and resource group, when that is literal);
 * - construct: an imported resource whose ID is a token, stood for by its construct path.
 */

declare const BRAND: unique symbol;

/** An opaque key; build one with the functions below. */
export type ResourceKey = string & { readonly [BRAND]: 'ResourceKey' };

export type KeyParts =
  | { readonly kind: 'attribute'; readonly stack: string; readonly identifier: string }
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'name'; readonly resourceGroup: string | undefined; readonly name: string }
  | { readonly kind: 'construct'; readonly path: string };

const REF = 'ref:';
const LIT = 'lit:';
const NAME = 'name:';
const PATH = 'path:';

const brand = (s: string): ResourceKey => s as ResourceKey;

/** The key of a reference to `identifier` made in stack `stack` (the stack's construct path). */
export function attributeKey(stack: string, identifier: string): ResourceKey {
  return brand(`${REF}${stack}:${identifier}`);
}

/** The key of `<type>.<name>.<attribute>` of a resource declared in `stack`. */
export function resourceAttributeKey(stack: string, type: string, name: string, attribute: string): ResourceKey {
  return attributeKey(stack, `${type}.${name}.${attribute}`);
}

/** The key of a literal value (case does not matter). */
export function literalKey(text: string): ResourceKey {
  return brand(`${LIT}${text.toLowerCase()}`);
}

/** The key of a network named by a literal name, in a literal resource group when one is known. */
export function nameKey(resourceGroup: string | undefined, name: string): ResourceKey {
  return brand(`${NAME}${(resourceGroup ?? '').toLowerCase()}/${name.toLowerCase()}`);
}

/** The key of an imported resource known only by its construct path. */
export function constructKey(path: string): ResourceKey {
  return brand(`${PATH}${path}`);
}

/** The parts of a key. */
export function parseKey(key: ResourceKey): KeyParts {
  if (key.startsWith(REF)) {
    const body = key.slice(REF.length);
    // Stack paths hold no ":" after the first; identifiers never do.
    const colon = body.lastIndexOf(':');
    return { kind: 'attribute', stack: body.slice(0, colon), identifier: body.slice(colon + 1) };
  }
  if (key.startsWith(LIT)) return { kind: 'literal', text: key.slice(LIT.length) };
  if (key.startsWith(NAME)) {
    const body = key.slice(NAME.length);
    const slash = body.indexOf('/');
    const rg = body.slice(0, slash);
    return { kind: 'name', resourceGroup: rg.length > 0 ? rg : undefined, name: body.slice(slash + 1) };
  }
  if (key.startsWith(PATH)) return { kind: 'construct', path: key.slice(PATH.length) };
  throw new Error(`not a resource key: ${JSON.stringify(key)}`);
}

/** True for the key of a literal value (an ID written in the program). */
export function isLiteralKey(key: ResourceKey): boolean {
  return key.startsWith(LIT);
}

/**
 * For the key of an attribute of a managed resource (`azurerm_virtual_network.hub.id`): the
 * resource's type, name and attribute path. Undefined for data sources, variables, locals and the
 * other kinds of key.
 */
export function resourceAttributeOf(key: ResourceKey): { stack: string; type: string; name: string; attribute: string } | undefined {
  const p = parseKey(key);
  if (p.kind !== 'attribute') return undefined;
  const [type, name, ...attribute] = p.identifier.split('.');
  if (attribute.length === 0 || ['data', 'var', 'local', 'module'].includes(type)) return undefined;
  return { stack: p.stack, type, name, attribute: attribute.join('.') };
}

/** True when `key` is `<attribute>` (default any) of a resource of `type` declared in the app. */
export function isResourceKey(key: ResourceKey, type: string, attribute?: string): boolean {
  const r = resourceAttributeOf(key);
  return r !== undefined && r.type === type && (attribute === undefined || r.attribute === attribute);
}

/**
 * The key itself and the keys of every attribute path above it: `x.a.b[0]` also stands for
 * `x.a.b`, `x.a` and `x`, so a value that reads part of an attribute counts as reading it.
 */
export function keyWithAncestors(key: ResourceKey): ResourceKey[] {
  const p = parseKey(key);
  if (p.kind !== 'attribute') return [key];
  const out = [key];
  const id = p.identifier;
  for (let i = id.length - 1; i > 0; i--) if (id[i] === '.' || id[i] === '[') out.push(attributeKey(p.stack, id.slice(0, i)));
  return out;
}

/** A key in words, for messages. */
export function describeKey(key: ResourceKey): string {
  const p = parseKey(key);
  switch (p.kind) {
    case 'attribute':
      return `${p.identifier} (stack ${p.stack})`;
    case 'literal':
      return p.text;
    case 'name':
      return p.resourceGroup ? `${p.name} in resource group ${p.resourceGroup}` : p.name;
    case 'construct':
      return p.path;
  }
}

/** Sorts keys in a fixed order (plain string order of their printed form). */
export function compareKeys(a: ResourceKey, b: ResourceKey): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
