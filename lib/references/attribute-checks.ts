import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { isListToken, isToken } from '../adapter/values';
import { isOfType, parseResourceId } from '../facts/resource-id';
import { parseCidr, parseIpv4Cidr } from '../net/cidr';
import { describeValue } from '../text/describe-value';

/**
 * What an attribute must be. Tokens are accepted wherever Terraform would take one (the rules judge
 * them as unverified):
 * - 'id': a resource ID of `armType` (required unless `optional`);
 * - 'string': a non-empty string of at most `max` characters, one of `oneOf` (without case) when given;
 * - 'count': a whole number of 1 or more;
 * - 'boolean': true or false;
 * - 'cidr': one IPv4 CIDR block;
 * - 'cidr-list': a non-empty list of IPv4 CIDR blocks (point-to-site pools);
 * - 'route-list': a list of IPv4 CIDR blocks, possibly empty (custom routes);
 * - 'block-list': a non-empty list of CIDR blocks, IPv4 or IPv6 (address spaces and prefixes of dual-stack networks);
 * - 'string-list': a list of strings of at most `max` characters;
 * - 'string-map': an object of string values;
 * - 'provider': a Terraform provider configuration (an AzurermProvider, aliased or not).
 */
export interface AttributeSpec {
  readonly kind: 'id' | 'string' | 'count' | 'boolean' | 'cidr' | 'cidr-list' | 'route-list' | 'block-list' | 'string-list' | 'string-map' | 'provider';
  readonly optional?: boolean;
  /** 'id': the resource types accepted, for example "Microsoft.Web/serverfarms". */
  readonly armType?: readonly string[];
  /** 'string' and 'string-list': the longest accepted value. */
  readonly max?: number;
  /** 'string': the accepted values (compared without case). */
  readonly oneOf?: readonly string[];
}

/** Free-form names and values are at most this long (no Azure name comes close). */
const MAX_TEXT = 1024;

function accepted(s: AttributeSpec): string {
  switch (s.kind) {
    case 'id': {
      const [provider, ...types] = (s.armType?.[0] ?? '<namespace>/<type>').split('/');
      return `a resource ID such as "/subscriptions/<sub>/resourceGroups/<rg>/providers/${provider}/${types.map((t) => `${t}/<name>`).join('/')}", or a token`;
    }
    case 'string': return s.oneOf ? `one of ${s.oneOf.map((o) => `"${o}"`).join(', ')}, or a token` : `a non-empty string of at most ${s.max ?? MAX_TEXT} characters, or a token`;
    case 'count': return 'a whole number of 1 or more, or a number token';
    case 'boolean': return 'true or false, or a token';
    case 'cidr': return 'an IPv4 CIDR block such as "10.0.255.0/27", or a token';
    case 'cidr-list': return 'a non-empty array of IPv4 CIDR blocks such as ["172.16.201.0/24"], or a list token';
    case 'route-list': return 'an array of IPv4 CIDR blocks such as ["192.168.0.0/16"], or a list token';
    case 'block-list': return 'a non-empty array of CIDR blocks such as ["10.0.0.0/16"] (IPv6 blocks too), or a list token';
    case 'string-list': return `an array of strings of at most ${s.max ?? MAX_TEXT} characters, or a list token`;
    case 'string-map': return 'an object of string values such as { KEY: "value" }';
    case 'provider': return 'an AzurermProvider (for example one with an alias and a subscription_id)';
  }
}

/**
 * Checks attributes handed in by plain JavaScript callers, who have no type checker, and throws an
 * error naming the construct path, the attribute, what it got (truncated) and what is accepted.
 */
export function checkAttributes(scope: IConstruct, api: string, attrs: unknown, specs: Record<string, AttributeSpec>): void {
  const where = `${scope.node.path}: ${api}`;
  if (attrs === null || typeof attrs !== 'object' || Array.isArray(attrs)) {
    throw new Error(`${where}: expected an attributes object such as { ${Object.keys(specs)[0]}: ... }, got ${describeValue(attrs)}`);
  }
  const a = attrs as Record<string, unknown>;
  for (const [prop, s] of Object.entries(specs)) {
    const v = a[prop];
    const bad = (problem: string) => new Error(`${where}: "${prop}" ${problem}, got ${describeValue(v)}; accepted: ${accepted(s)}`);
    if (v === undefined || (v === null && s.optional && s.kind !== 'cidr')) {
      if (!s.optional) throw bad('is required');
      continue;
    }
    if (s.kind === 'provider') {
      if (!TerraformProvider.isTerraformProvider(v)) throw bad('must be a Terraform provider configuration');
      continue;
    }
    if (isToken(v)) continue;
    const long = (x: unknown, max: number) => typeof x === 'string' && x.length > max;
    switch (s.kind) {
      case 'id': {
        if (typeof v !== 'string' || v.trim() === '') throw bad('must be a non-empty string');
        const id = parseResourceId(v);
        if (!id) throw bad('is not a resource ID');
        if (s.armType && !s.armType.some((t) => isOfType(id, t))) throw bad(`is not the ID of a ${s.armType.join(' or ')} resource`);
        break;
      }
      case 'string':
        if (typeof v !== 'string' || v.trim() === '') throw bad('must be a non-empty string');
        if (long(v, s.max ?? MAX_TEXT)) throw bad(`is longer than ${s.max ?? MAX_TEXT} characters`);
        if (s.oneOf && !s.oneOf.some((o) => o.toLowerCase() === v.toLowerCase())) throw bad('is not an accepted value');
        break;
      case 'count':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw bad('must be a whole number of 1 or more');
        break;
      case 'boolean':
        if (typeof v !== 'boolean') throw bad('must be true or false');
        break;
      case 'cidr': {
        const r = parseIpv4Cidr(v);
        if (!r.ok) throw bad(`is not a valid IPv4 CIDR block (${r.reason})`);
        break;
      }
      case 'string-list':
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && !isToken(x))) throw bad('must be an array of strings');
        for (const x of v) if (long(x, s.max ?? MAX_TEXT)) throw bad(`has an entry longer than ${s.max ?? MAX_TEXT} characters, ${describeValue(x)}`);
        break;
      case 'string-map':
        if (typeof v !== 'object' || Array.isArray(v)) throw bad('must be an object of string values');
        for (const [k, x] of Object.entries(v as object)) if (typeof x !== 'string' && !isToken(x)) throw bad(`has a value that is not a string at "${k}"`);
        break;
      case 'cidr-list':
      case 'route-list':
      case 'block-list':
        if (isListToken(v)) break;
        if (!Array.isArray(v) || (v.length === 0 && s.kind !== 'route-list')) throw bad(`must be ${s.kind === 'route-list' ? 'an' : 'a non-empty'} array of CIDR blocks`);
        for (const c of v) {
          if (isToken(c)) continue;
          const r = s.kind === 'block-list' ? parseCidr(c) : parseIpv4Cidr(c);
          if (!r.ok) throw bad(`has an invalid block: ${r.reason}`);
        }
        break;
    }
  }
}

/** Shorthands for the specs the references use. */
export const ATTR = {
  id: (...armType: string[]): AttributeSpec => ({ kind: 'id', armType }),
  optionalId: (...armType: string[]): AttributeSpec => ({ kind: 'id', armType, optional: true }),
  name: (max: number): AttributeSpec => ({ kind: 'string', max, optional: true }),
  location: { kind: 'string', max: 64, optional: true } as AttributeSpec,
  text: { kind: 'string', optional: true } as AttributeSpec,
  oneOf: (...values: string[]): AttributeSpec => ({ kind: 'string', oneOf: values, optional: true }),
  count: { kind: 'count', optional: true } as AttributeSpec,
  boolean: { kind: 'boolean', optional: true } as AttributeSpec,
  cidr: { kind: 'cidr', optional: true } as AttributeSpec,
  pool: { kind: 'cidr-list', optional: true } as AttributeSpec,
  routes: { kind: 'route-list', optional: true } as AttributeSpec,
  blocks: { kind: 'block-list', optional: true } as AttributeSpec,
  strings: { kind: 'string-list', optional: true } as AttributeSpec,
  map: { kind: 'string-map', optional: true } as AttributeSpec,
  provider: { kind: 'provider', optional: true } as AttributeSpec,
} as const;
