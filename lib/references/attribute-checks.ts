import { IConstruct } from 'constructs';
import { isListToken, isToken } from '../adapter/values';
import { parseCidr, parseIpv4Cidr } from '../net/cidr';
import { describeValue } from '../text/describe-value';

/**
 * What an attribute must be; '?' marks optional ones. Tokens are accepted wherever Terraform would
 * take one (the rules judge them as unverified):
 * - 'id': a required non-empty string (a resource ID);
 * - 'string': a non-empty string;
 * - 'count': a whole number of 1 or more;
 * - 'boolean': true or false;
 * - 'cidr': one IPv4 CIDR block;
 * - 'cidr-list': a non-empty list of IPv4 CIDR blocks (point-to-site pools);
 * - 'route-list': a list of IPv4 CIDR blocks, possibly empty (custom routes);
 * - 'block-list': a non-empty list of CIDR blocks, IPv4 or IPv6 (address spaces and prefixes of dual-stack networks);
 * - 'string-list': a list of strings;
 * - 'string-map': an object of string values.
 */
export type AttributeKind =
  | 'id'
  | 'string'
  | 'string?'
  | 'count?'
  | 'boolean?'
  | 'cidr?'
  | 'cidr-list?'
  | 'route-list?'
  | 'block-list?'
  | 'string-list?'
  | 'string-map?';

const ACCEPTED: Record<string, string> = {
  id: 'a resource ID such as "/subscriptions/<sub>/resourceGroups/<rg>/providers/..."',
  string: 'a non-empty string',
  count: 'a whole number of 1 or more',
  boolean: 'true or false',
  cidr: 'an IPv4 CIDR block such as "10.0.255.0/27"',
  'cidr-list': 'a non-empty array of IPv4 CIDR blocks such as ["172.16.201.0/24"]',
  'route-list': 'an array of IPv4 CIDR blocks such as ["192.168.0.0/16"]',
  'block-list': 'a non-empty array of CIDR blocks such as ["10.0.0.0/16"] (IPv6 blocks too)',
  'string-list': 'an array of strings',
  'string-map': 'an object of string values such as { KEY: "value" }',
};

/**
 * Checks attributes handed in by plain JavaScript callers, who have no type checker, and throws an
 * error naming the construct path, the attribute, what it got and what is accepted.
 */
export function checkAttributes(scope: IConstruct, api: string, attrs: unknown, spec: Record<string, AttributeKind>): void {
  const where = `${scope.node.path}: ${api}`;
  if (attrs === null || typeof attrs !== 'object' || Array.isArray(attrs)) {
    throw new Error(`${where}: expected an attributes object such as { ${Object.keys(spec)[0]}: ... }, got ${describeValue(attrs)}`);
  }
  const a = attrs as Record<string, unknown>;
  for (const [prop, kind] of Object.entries(spec)) {
    const v = a[prop];
    const optional = kind.endsWith('?');
    const base = kind.replace('?', '');
    const bad = (problem: string) => new Error(`${where}: "${prop}" ${problem}, got ${describeValue(v)}; accepted: ${ACCEPTED[base]}`);
    if (v === undefined || (v === null && optional && base !== 'cidr')) {
      if (!optional) throw bad('is required');
      continue;
    }
    if (isToken(v)) continue;
    if ((base === 'id' || base === 'string') && (typeof v !== 'string' || v.trim() === '')) throw bad('must be a non-empty string');
    if (base === 'count' && (typeof v !== 'number' || !Number.isInteger(v) || v < 1)) throw bad('must be a whole number of 1 or more');
    if (base === 'boolean' && typeof v !== 'boolean') throw bad('must be true or false');
    if (base === 'cidr') {
      const r = parseIpv4Cidr(v);
      if (!r.ok) throw bad(`is not a valid IPv4 CIDR block (${r.reason})`);
    }
    if (base === 'string-list' && (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && !isToken(x)))) throw bad('must be an array of strings');
    if (base === 'string-map') {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) throw bad('must be an object of string values');
      for (const [k, x] of Object.entries(v)) if (typeof x !== 'string' && !isToken(x)) throw bad(`has a value that is not a string at "${k}"`);
    }
    if (base === 'cidr-list' || base === 'block-list' || base === 'route-list') {
      if (!Array.isArray(v) || (v.length === 0 && base !== 'route-list')) throw bad(`must be ${base === 'route-list' ? 'an' : 'a non-empty'} array of CIDR blocks`);
      for (const c of v) {
        if (isToken(c) || isListToken(v)) continue;
        const r = base === 'block-list' ? parseCidr(c) : parseIpv4Cidr(c);
        if (!r.ok) throw bad(`has an invalid block: ${r.reason}`);
      }
    }
  }
}
