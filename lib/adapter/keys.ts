/**
 * Resource keys (model/resource-key.ts) for cdktf values: a reference token becomes the key of the
 * attribute it names, a literal the key of its text. Also the address index that lets models follow
 * a reference back to what the referenced resource was configured with.
 */
import { TerraformResource, TerraformStack, Token, Tokenization } from 'cdktf';
import { Construct } from 'constructs';
import { attributeKey, literalKey, nameKey, resourceAttributeKey, resourceAttributeOf, ResourceKey } from '../model/resource-key';

/** The stack path and identifier of a token that names one attribute (`azurerm_subnet.s.id`). */
function referenceOf(token: unknown): { stack: string; identifier: string } | undefined {
  const t = token as { identifier?: unknown; originStack?: unknown };
  if (typeof t.identifier === 'string' && t.originStack && TerraformStack.isStack(t.originStack)) {
    return { stack: t.originStack.node.path, identifier: t.identifier };
  }
  return undefined;
}

/**
 * The key of a configured value: a plain reference to one attribute keys as that attribute (the
 * same across stacks), a literal as its lower-case text. Undefined for anything else (composite
 * strings, function calls, non-strings).
 */
export function referenceKey(value: unknown): ResourceKey | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  if (!Token.isUnresolved(value)) return literalKey(value);
  const fragments = Tokenization.reverseString(value);
  if (fragments.tokens.length !== 1 || fragments.literals.some((l) => String(l).length > 0)) return undefined;
  const ref = referenceOf(fragments.tokens[0]);
  return ref ? attributeKey(ref.stack, ref.identifier) : undefined;
}

/** The key `referenceKey` gives for `resource.<attribute>`. */
export function keyOfAttribute(resource: TerraformResource, attribute: string): ResourceKey {
  return resourceAttributeKey(TerraformStack.of(resource).node.path, resource.terraformResourceType, resource.friendlyUniqueId, attribute);
}

/**
 * Subnets point at their network by name and resource group: a reference to the network's name
 * keys as that reference, a literal name as the name (in its group when the group is literal).
 */
export function networkNameKey(resourceGroup: unknown, name: unknown): ResourceKey | undefined {
  const key = referenceKey(name);
  if (!key || Token.isUnresolved(name)) return key;
  const group = typeof resourceGroup === 'string' && !Token.isUnresolved(resourceGroup) && resourceGroup.length > 0 ? resourceGroup : undefined;
  return nameKey(group, name as string);
}

/** Where a resource sits in the address index: its stack and Terraform address. */
export function addressOf(r: TerraformResource): string {
  return `${TerraformStack.of(r).node.path}:${r.terraformResourceType}.${r.friendlyUniqueId}`;
}

/** The address of the resource a key's attribute belongs to; undefined for other keys. */
export function addressOfKey(key: ResourceKey): string | undefined {
  const r = resourceAttributeOf(key);
  return r ? `${r.stack}:${r.type}.${r.name}` : undefined;
}

/**
 * When `value` is a plain reference to another resource's attribute (`rg.location`), returns what
 * that resource was configured with (`rg.locationInput`), following chains a few levels deep.
 * Anything else comes back unchanged, so the caller still sees a token and reports "unverified".
 */
export function followReference(value: unknown, index: ReadonlyMap<string, TerraformResource>, depth = 0): unknown {
  if (depth > 4 || typeof value !== 'string' || !Token.isUnresolved(value)) return value;
  const key = referenceKey(value);
  const target = key ? resourceAttributeOf(key) : undefined;
  if (!key || !target || !/^[a-z_]+$/.test(target.attribute)) return value;
  const resource = index.get(addressOfKey(key)!);
  if (!resource) return value;
  const getter = target.attribute.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) + 'Input';
  const configured = (resource as unknown as Record<string, unknown>)[getter];
  return configured === undefined ? value : followReference(configured, index, depth + 1);
}

/** Terraform's names that are not references to an object of the configuration. */
const NOT_REFERENCES = new Set(['path', 'terraform', 'count', 'each', 'self']);

/**
 * The references (`azapi_resource_action.pkg.sensitive_output`, `local.x`, `var.y`,
 * `data.t.n.a`) inside the `${...}` interpolations of a literal string, as Terraform would read them.
 */
export function interpolatedReferences(text: string): string[] {
  const out: string[] = [];
  if (!text.includes('${')) return out;
  // Each interpolation up to its closing brace (nested braces of object literals are rare here and only widen the match).
  for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
    const expr = m[1].replace(/"(?:[^"\\]|\\.)*"/g, '""');
    for (const r of expr.matchAll(/(?<![\w.\]])((?:data\.)?[a-zA-Z_][\w-]*\.[a-zA-Z_][\w-]*(?:\.[a-zA-Z_][\w-]*|\[\d+\])*)/g)) {
      const id = r[1];
      const root = id.split('.')[0];
      if (NOT_REFERENCES.has(root)) continue;
      out.push(id);
    }
  }
  return out;
}

/**
 * Keys of every resource attribute used anywhere inside a value: plain references, string
 * interpolations, lists, maps and function calls. Nested attribute access keeps its path
 * (`...sensitive_output.uri`). Given the path of the stack the value is written in, literal
 * strings holding `${...}` count too (Terraform reads them as interpolations), except inside a
 * function call, where cdktf escapes them.
 */
export function referenceKeysIn(value: unknown, stack?: string): ResourceKey[] {
  const out = new Set<ResourceKey>();
  const seen = new Set<object>();
  const SKIP = new Set(['originStack', 'creationStack', 'node', 'scope']);
  // inToken: inside a token (a function call's arguments), where cdktf escapes "${" in literal
  // strings ("$${"), so Terraform reads them as text, not as references.
  const walk = (v: unknown, depth: number, inToken: boolean): void => {
    if (depth > 32 || v === undefined || v === null) return;
    if (typeof v === 'string' || typeof v === 'number') {
      if (!Token.isUnresolved(v)) {
        // A literal "${...}" outside any token is an interpolation to Terraform (cdktf writes it as it is).
        if (stack !== undefined && !inToken && typeof v === 'string') for (const id of interpolatedReferences(v)) out.add(attributeKey(stack, id));
        return;
      }
      if (typeof v === 'string') {
        for (const t of Tokenization.reverseString(v).tokens) walk(t, depth + 1, true);
      } else {
        walk(Tokenization.reverseNumber(v), depth + 1, true);
      }
      return;
    }
    if (typeof v !== 'object' || Construct.isConstruct(v) || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      const list = v.length === 1 && typeof v[0] === 'string' && Token.isUnresolved(v[0]);
      for (const x of v) walk(x, depth + 1, inToken || list);
      return;
    }
    const ref = referenceOf(v);
    if (ref) out.add(attributeKey(ref.stack, ref.identifier));
    const token = inToken || Tokenization.isResolvable(v);
    for (const [k, x] of Object.entries(v)) if (!SKIP.has(k)) walk(x, depth + 1, token);
  };
  walk(value, 0, false);
  return [...out].sort();
}
