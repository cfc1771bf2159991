/**
 * Turns what the user configured (cdktf values: literals, tokens, lists and maps holding tokens)
 * into facts in pure form (model/fact.ts). The only place that looks inside tokens for the rules:
 * a list token (Token.asList, a list variable, a data source's list attribute), a number token, a
 * map token and a string with interpolations are all recognised, and each token keeps its origin
 * when cdktf can tell it.
 */
import { IResolvable, TerraformResource, Token, Tokenization } from 'cdktf';
import { Configured, Fact, FactKind, given, interpolation, missing, opaque, TokenMark, tokenMark, TokenShape, unset } from '../model/fact';
import { describeValue } from '../text/describe-value';

type TokenLike = { identifier?: unknown; name?: unknown; args?: unknown; value?: unknown; terraformResource?: unknown; terraformAttribute?: unknown };

/**
 * Where a token's value comes from, as Terraform writes it: `var.x`, `local.x`,
 * `data.azurerm_virtual_network.hub.address_space`, `data.terraform_remote_state.net.outputs.y`,
 * `azurerm_virtual_network.hub.address_space`, or a function call such as `cidrsubnet(...)`.
 * Undefined when cdktf keeps no trace of it (a Lazy value).
 */
export function tokenOrigin(token: unknown, depth = 0): string | undefined {
  if (depth > 8 || token === null || typeof token !== 'object') return undefined;
  const t = token as TokenLike;
  if (typeof t.identifier === 'string') return t.identifier;
  if (t.terraformResource && typeof t.terraformAttribute === 'string') {
    // A map attribute of a resource or of a data source.
    const r = t.terraformResource as TerraformResource;
    if (typeof r.terraformResourceType === 'string') {
      const address = `${r.terraformResourceType}.${r.friendlyUniqueId}.${t.terraformAttribute}`;
      return TerraformResource.isTerraformResource(r) ? address : `data.${address}`;
    }
  }
  if (typeof t.name === 'string' && Array.isArray(t.args)) {
    // tolist(x) and toset(x) are how cdktf hands out list attributes: name what they wrap.
    if (['tolist', 'toset', 'tomap'].includes(t.name)) {
      const inner = t.args.map((a) => originInside(a, depth + 1)).find((o) => o !== undefined);
      if (inner) return inner;
    }
    return `${t.name}(...)`;
  }
  // Token.asList / Token.asNumber wrap another token.
  if (t.value !== undefined) return originInside(t.value, depth + 1);
  return undefined;
}

/** The origin of the first token inside a value (a token, a string holding one, a list of them). */
function originInside(v: unknown, depth: number): string | undefined {
  if (depth > 8 || v === undefined || v === null) return undefined;
  if (typeof v === 'string') {
    if (!Token.isUnresolved(v)) return undefined;
    for (const t of Tokenization.reverseString(v).tokens) {
      const o = tokenOrigin(t, depth + 1);
      if (o) return o;
    }
    return undefined;
  }
  if (typeof v === 'number') return Token.isUnresolved(v) ? tokenOrigin(Tokenization.reverseNumber(v), depth + 1) : undefined;
  if (Array.isArray(v)) {
    const list = listToken(v);
    if (list) return tokenOrigin(list, depth + 1);
    for (const x of v) {
      const o = originInside(x, depth + 1);
      if (o) return o;
    }
    return undefined;
  }
  return typeof v === 'object' ? tokenOrigin(v, depth + 1) : undefined;
}

function mark(token: unknown, shape: TokenShape): TokenMark {
  return tokenMark(tokenOrigin(token), shape);
}

/** A cdktf value in pure form: tokens become marks, literals stay, lists and maps are walked. */
export function configured(value: unknown, depth = 0): Configured {
  if (value === undefined || value === null) return null;
  if (depth > 16) return opaque('a value nested too deep to read');
  switch (typeof value) {
    case 'string': {
      if (!Token.isUnresolved(value)) return value;
      const fragments = Tokenization.reverseString(value);
      const literals = fragments.literals.map(String);
      if (fragments.tokens.length === 1 && literals.every((l) => l.length === 0)) return mark(fragments.tokens[0], 'string');
      // Fragments in order: literal text, and each token as its encoded string (reversed again below).
      const pieces: unknown[] = [];
      const collected = fragments.join({ join: (a: unknown, b: unknown) => (a === pieces ? (pieces.push(b), pieces) : (pieces.push(a, b), pieces)) });
      if (collected !== pieces) pieces.push(collected);
      const parts: (string | TokenMark)[] = [];
      for (const p of pieces) {
        if (typeof p !== 'string' || p.length === 0) continue;
        const token = Token.isUnresolved(p) ? Tokenization.reverseString(p).firstToken : undefined;
        parts.push(token ? mark(token, 'string') : p);
      }
      return parts.length > 0 ? interpolation(parts) : mark(fragments.tokens[0], 'string');
    }
    case 'number':
      return Token.isUnresolved(value) ? mark(Tokenization.reverseNumber(value), 'number') : value;
    case 'boolean':
      return value;
    case 'bigint':
    case 'symbol':
    case 'function':
      return opaque(describeValue(value));
  }
  if (Array.isArray(value)) {
    const list = listToken(value);
    if (list) return mark(list, 'list');
    return value.map((v) => configured(v, depth + 1));
  }
  const o = value as object;
  if (TerraformResource.isTerraformResource(o) || (o as { node?: unknown }).node !== undefined) return opaque(describeValue(o));
  if (Tokenization.isResolvable(o)) return mark(o, (o as IResolvable & { terraformAttribute?: unknown }).terraformAttribute !== undefined ? 'map' : 'value');
  // Token.asStringMap: a map encoded around one token.
  const map = Tokenization.reverseMap(o as Record<string, unknown>);
  if (map) return mark(map, 'map');
  const out: Record<string, Configured> = {};
  for (const [k, v] of Object.entries(o)) out[k] = configured(v, depth + 1);
  return out;
}

/**
 * A fact from a configured value. `absent` says what leaving it out means: 'missing' when nothing
 * else states it (a required attribute, an attribute an imported reference did not give), 'unset'
 * when a generated resource leaves an optional attribute to its default.
 */
export function fact<K extends FactKind>(label: string, value: unknown, absent: 'missing' | 'unset' = 'missing'): Fact<K> {
  if (value === undefined || value === null) return absent === 'unset' ? unset<K>(label) : missing<K>(label);
  return given<K>(label, configured(value));
}

/** The token a list stands for as a whole (cdktf encodes one as a list of one marker string). */
function listToken(value: readonly unknown[]): IResolvable | undefined {
  return value.length === 1 && typeof value[0] === 'string' ? Tokenization.reverseList(value as string[]) : undefined;
}

/** True for a list that is one token as a whole (Token.asList, a list variable or attribute). */
export function isListToken(value: unknown): boolean {
  return Array.isArray(value) && listToken(value) !== undefined;
}

/** True for a token of any shape: a string, number, list or map token, or a string with interpolations. */
export function isToken(value: unknown): boolean {
  return value !== undefined && value !== null && (Token.isUnresolved(value) || isListToken(value));
}
