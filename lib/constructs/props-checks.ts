/**
 * Argument checks shared by the constructs: plain JavaScript callers have no type checker, so a
 * wrong prop must fail with the construct path, the prop's name, the value it got (truncated) and
 * what it accepts, never with a TypeError later. Tokens pass wherever Terraform would take one: the
 * rules judge them ("unverified").
 */
import { IConstruct } from 'constructs';
import { isListToken, isToken } from '../adapter/values';
import { parseCidr, parseIpv4Cidr } from '../net/cidr';
import { describeValue } from '../text/describe-value';

export class PropsError extends Error {}

export function propsError(scope: IConstruct, construct: string, prop: string, problem: string): PropsError {
  return new PropsError(`${scope.node.path}: ${construct} prop "${prop}" ${problem}`);
}

/** "`problem`, got <value>; accepted: `accepted`". */
export function propsErrorGot(scope: IConstruct, construct: string, prop: string, problem: string, value: unknown, accepted: string): PropsError {
  return propsError(scope, construct, prop, `${problem}, got ${describeValue(value)}; accepted: ${accepted}`);
}

export function requireObject(scope: IConstruct, construct: string, props: unknown): Record<string, unknown> {
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    throw new PropsError(`${scope.node.path}: ${construct} needs a props object, got ${describeValue(props)}`);
  }
  return props as Record<string, unknown>;
}

const CIDR_EXAMPLE = 'an IPv4 CIDR block such as "10.0.4.0/26", or a token';

/** A CIDR prop: literal blocks must parse strictly; null is refused; tokens are left to the rules. */
export function checkCidr(scope: IConstruct, construct: string, prop: string, value: unknown, required: boolean): void {
  if (value === undefined) {
    if (required) throw propsErrorGot(scope, construct, prop, 'is required', value, CIDR_EXAMPLE);
    return;
  }
  if (value === null) throw propsErrorGot(scope, construct, prop, 'is null (leave it out instead)', value, CIDR_EXAMPLE);
  if (isToken(value)) return;
  const r = parseIpv4Cidr(value);
  if (!r.ok) throw propsErrorGot(scope, construct, prop, `is not a valid IPv4 CIDR block: ${r.reason}`, value, CIDR_EXAMPLE);
}

/**
 * A list of CIDR blocks: an array of blocks (each may be a token) or a list token as a whole
 * (Token.asList, a list variable). `required` lists must not be empty.
 */
export function checkCidrList(scope: IConstruct, construct: string, prop: string, value: unknown, required: boolean, example: string, family: 'ipv4' | 'any' = 'ipv4'): void {
  if (value === undefined && !required) return;
  if (isListToken(value)) return;
  if (!Array.isArray(value) || (required && value.length === 0)) {
    throw propsErrorGot(scope, construct, prop, `must be ${required ? 'a non-empty' : 'an'} array of CIDR blocks`, value, `${example}, or a list token`);
  }
  const seen = new Set<string>();
  for (const block of value as unknown[]) {
    if (family === 'any') checkBlock(scope, construct, prop, block);
    else checkCidr(scope, construct, prop, block, true);
    if (typeof block === 'string' && !isToken(block)) {
      if (seen.has(block)) throw propsErrorGot(scope, construct, prop, `lists ${describeValue(block)} twice`, value, 'each block once');
      seen.add(block);
    }
  }
}

/** One block of an address space: IPv4 or IPv6 (dual-stack networks), or a token. */
function checkBlock(scope: IConstruct, construct: string, prop: string, value: unknown): void {
  if (isToken(value)) return;
  const r = parseCidr(value);
  if (!r.ok) throw propsErrorGot(scope, construct, prop, `has an invalid block: ${r.reason}`, value, 'CIDR blocks such as "10.1.0.0/16" (IPv6 such as "fd00:db8::/48" too), or tokens');
}

export function checkOptionalCount(scope: IConstruct, construct: string, prop: string, value: unknown): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw propsErrorGot(scope, construct, prop, 'must be a whole number of 1 or more', value, 'a whole number such as 10, or a number token');
  }
}

export function checkOptionalBoolean(scope: IConstruct, construct: string, prop: string, value: unknown): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'boolean') throw propsErrorGot(scope, construct, prop, 'must be true or false', value, 'true or false');
}

export function checkOptionalStringList(scope: IConstruct, construct: string, prop: string, value: unknown, pattern?: RegExp, example?: string): void {
  if (value === undefined || isToken(value)) return;
  const accepted = example ? `an array of values such as ${example}` : 'an array of strings';
  if (!Array.isArray(value)) throw propsErrorGot(scope, construct, prop, 'must be an array of strings', value, accepted);
  const seen = new Set<string>();
  for (const v of value) {
    if (isToken(v)) continue;
    if (typeof v !== 'string' || (pattern && !pattern.test(v))) {
      throw propsErrorGot(scope, construct, prop, `has an invalid entry ${describeValue(v)}`, value, accepted);
    }
    if (seen.has(v.toLowerCase())) throw propsErrorGot(scope, construct, prop, `lists ${describeValue(v)} twice`, value, 'each entry once');
    seen.add(v.toLowerCase());
  }
}

/** An optional non-empty string (a name); tokens are left alone. */
export function checkOptionalString(scope: IConstruct, construct: string, prop: string, value: unknown, accepted = 'a non-empty string'): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'string' || value.trim() === '') throw propsErrorGot(scope, construct, prop, 'must be a non-empty string', value, accepted);
}

/** An optional map of strings (tags); tokens are left alone. */
export function checkOptionalStringMap(scope: IConstruct, construct: string, prop: string, value: unknown): void {
  if (value === undefined || isToken(value)) return;
  const accepted = 'an object of string values such as { team: "web" }';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw propsErrorGot(scope, construct, prop, 'must be an object of string values', value, accepted);
  }
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' && !isToken(v)) throw propsErrorGot(scope, construct, prop, `has a value that is not a string at "${k}"`, v, accepted);
  }
}

/** A prop that must be one of some kinds of construct or resource (checked by `ok`). */
export function checkKind(scope: IConstruct, construct: string, prop: string, value: unknown, ok: boolean, accepted: string): void {
  if (!ok) throw propsError(scope, construct, prop, `must be ${accepted}, got ${describeValue(value)}`);
}

/** Azure's naming rules for the names the constructs take (length and characters). */
export const NAMES = {
  subnet: { pattern: /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,78}[A-Za-z0-9_])?$/, accepted: '1 to 80 letters, digits, "_", "." or "-", starting with a letter or digit and not ending with "." or "-"' },
  gateway: { pattern: /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,78}[A-Za-z0-9_])?$/, accepted: '1 to 80 letters, digits, "_", "." or "-", starting with a letter or digit and not ending with "." or "-"' },
  peering: { pattern: /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/, accepted: '1 to 80 letters, digits, "_", "." or "-", starting with a letter or digit and not ending with "." or "-"' },
  resourceGroup: { pattern: /^[-\w.()]{0,89}[-\w()]$/, accepted: 'a resource group name: 1 to 90 letters, digits, "_", "-", ".", "(" or ")", not ending with "."' },
  location: { pattern: /^[A-Za-z0-9][A-Za-z0-9 _-]{0,63}$/, accepted: 'an Azure region such as "westeurope" or "West Europe"' },
  timeout: { pattern: /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/, accepted: 'a Go duration such as "120m" or "1h30m"' },
} as const;

/** An optional name (or other short text with a fixed form); tokens are left alone. */
export function checkOptionalName(scope: IConstruct, construct: string, prop: string, value: unknown, rule: { pattern: RegExp; accepted: string }): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'string' || !rule.pattern.test(value)) throw propsErrorGot(scope, construct, prop, /^an? /.test(rule.accepted) ? `is not ${rule.accepted}` : 'is not a valid name', value, rule.accepted);
}

/** An optional value out of a fixed set (compared without case); tokens are left alone. */
export function checkOptionalOneOf(scope: IConstruct, construct: string, prop: string, value: unknown, values: readonly string[]): void {
  if (value === undefined || isToken(value)) return;
  if (typeof value !== 'string' || !values.some((v) => v.toLowerCase() === value.toLowerCase())) {
    throw propsErrorGot(scope, construct, prop, 'is not an accepted value', value, values.map((v) => `"${v}"`).join(', '));
  }
}
