/**
 * All cdktf token handling lives here, so a move to CDK Terrain touches one folder.
 *
 * A value the user configured may be a literal or an unresolved token (an attribute of another
 * resource, a variable, a cross-stack reference). Rules must never treat a token as a pass, so
 * everything that reads configuration goes through these helpers.
 */
import { TerraformResource, TerraformStack, Token, Tokenization } from 'cdktf';
import { Construct, IConstruct } from 'constructs';

/** True when the value (or anything inside it) is still a token. */
export function isUnresolved(value: unknown): boolean {
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

/**
 * A stable key for a reference to a Terraform resource attribute, such as `subnet.id`, so that two
 * configuration values pointing at the same resource compare equal even across stacks.
 * Literal values are keyed by their lower-case text (ARM IDs compare without case).
 * Returns undefined for composite tokens that do not name one attribute.
 */
export function referenceKey(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  if (!Token.isUnresolved(value)) return `lit:${value.toLowerCase()}`;
  const fragments = Tokenization.reverseString(value);
  const tokens = fragments.tokens;
  if (tokens.length !== 1 || fragments.literals.some((l) => String(l).length > 0)) return undefined;
  const token = tokens[0] as unknown as { identifier?: unknown; originStack?: unknown };
  if (typeof token.identifier === 'string' && token.originStack && TerraformStack.isStack(token.originStack)) {
    return `ref:${token.originStack.node.path}:${token.identifier}`;
  }
  return undefined;
}

/** The key `referenceKey` gives for `resource.<attribute>`. */
export function attributeKey(resource: TerraformResource, attribute: string): string {
  return `ref:${TerraformStack.of(resource).node.path}:${resource.terraformResourceType}.${resource.friendlyUniqueId}.${attribute}`;
}

/** True when `x` is a Terraform resource of the given type (no instanceof across package copies). */
export function isResourceOfType(x: unknown, type: string): x is TerraformResource {
  return TerraformResource.isTerraformResource(x) && (x as TerraformResource).terraformResourceType === type;
}

/** The stack that holds a construct. */
export function stackOf(c: IConstruct): TerraformStack {
  return TerraformStack.of(c);
}

let addressIndex: ReadonlyMap<string, TerraformResource> | undefined;

/** Runs `fn` with an index of resources by `${stackPath}:${type}.${friendlyUniqueId}`. */
export function withAddressIndex<T>(index: ReadonlyMap<string, TerraformResource>, fn: () => T): T {
  const previous = addressIndex;
  addressIndex = index;
  try {
    return fn();
  } finally {
    addressIndex = previous;
  }
}

/** The index key of a resource. */
export function addressOf(r: TerraformResource): string {
  return `${TerraformStack.of(r).node.path}:${r.terraformResourceType}.${r.friendlyUniqueId}`;
}

/**
 * When `value` is a plain reference to another resource's attribute (`rg.location`), returns what
 * that resource was configured with (`rg.locationInput`), following chains a few levels deep.
 * Anything else comes back unchanged, so the caller still sees a token and reports "unverified".
 */
export function followReference(value: unknown, depth = 0): unknown {
  if (!addressIndex || depth > 4 || typeof value !== 'string' || !Token.isUnresolved(value)) return value;
  const key = referenceKey(value);
  if (!key || !key.startsWith('ref:')) return value;
  const body = key.slice(4);
  const colon = body.lastIndexOf(':');
  const identifier = body.slice(colon + 1);
  const dot = identifier.lastIndexOf('.');
  if (colon < 0 || dot < 0 || identifier.startsWith('data.')) return value;
  const resource = addressIndex.get(`${body.slice(0, colon)}:${identifier.slice(0, dot)}`);
  const attribute = identifier.slice(dot + 1);
  if (!resource || !/^[a-z_]+$/.test(attribute)) return value;
  const getter = attribute.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) + 'Input';
  const configured = (resource as unknown as Record<string, unknown>)[getter];
  return configured === undefined ? value : followReference(configured, depth + 1);
}

let evaluation: number | undefined;
let evaluations = 0;
const memo = new WeakMap<object, Map<string, { evaluation: number; value: unknown }>>();

/** Runs `fn` as one evaluation: models built inside it may be shared (see `perEvaluation`). */
export function withEvaluation<T>(fn: () => T): T {
  const previous = evaluation;
  evaluation = ++evaluations;
  try {
    return fn();
  } finally {
    evaluation = previous;
  }
}

/**
 * Builds a model of `owner` once per evaluation. A plan shared by many apps, or a gateway shared by
 * many integrations, is then modelled once instead of once per user, which keeps memory flat.
 * Outside an evaluation it always builds afresh.
 */
export function perEvaluation<T>(owner: object, key: string, build: () => T): T {
  if (evaluation === undefined) return build();
  let byKey = memo.get(owner);
  if (!byKey) memo.set(owner, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit && hit.evaluation === evaluation) return hit.value as T;
  const value = build();
  byKey.set(key, { evaluation, value });
  return value;
}

/**
 * Reference keys (as `referenceKey` gives them) of every resource attribute used anywhere inside a
 * value: plain references, string interpolations, lists, maps and function calls. Nested
 * attribute access keeps its path (`...sensitive_output.uri`).
 */
export function referenceKeysIn(value: unknown): string[] {
  const out = new Set<string>();
  const seen = new Set<object>();
  const SKIP = new Set(['originStack', 'creationStack', 'node', 'scope']);
  const walk = (v: unknown, depth: number): void => {
    if (depth > 32 || v === undefined || v === null) return;
    if (typeof v === 'string' || typeof v === 'number') {
      if (!Token.isUnresolved(v)) return;
      if (typeof v === 'string') {
        for (const t of Tokenization.reverseString(v).tokens) walk(t, depth + 1);
      } else {
        walk(Tokenization.reverseNumber(v), depth + 1);
      }
      return;
    }
    if (typeof v !== 'object' || Construct.isConstruct(v) || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const token = v as { identifier?: unknown; originStack?: unknown };
    if (typeof token.identifier === 'string' && token.originStack && TerraformStack.isStack(token.originStack)) {
      out.add(`ref:${token.originStack.node.path}:${token.identifier}`);
    }
    for (const [k, x] of Object.entries(v)) if (!SKIP.has(k)) walk(x, depth + 1);
  };
  walk(value, 0);
  return [...out].sort();
}
