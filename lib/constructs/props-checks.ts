/**
 * Argument checks shared by the constructs: plain JavaScript callers have no type checker, so a
 * wrong prop must fail with the construct path and the prop's name, never with a TypeError later.
 */
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { parseIpv4Cidr } from '../net/cidr';
import { describeValue } from '../text/describe-value';

export class PropsError extends Error {}

export function propsError(scope: IConstruct, construct: string, prop: string, problem: string): PropsError {
  return new PropsError(`${scope.node.path}: ${construct} prop "${prop}" ${problem}`);
}

export function requireObject(scope: IConstruct, construct: string, props: unknown): Record<string, unknown> {
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    throw new PropsError(`${scope.node.path}: ${construct} needs a props object, got ${describeValue(props)}`);
  }
  return props as Record<string, unknown>;
}

/** A CIDR prop: literal blocks must parse strictly; tokens are left to the rules. */
export function checkCidr(scope: IConstruct, construct: string, prop: string, value: unknown, required: boolean): void {
  if (value === undefined || value === null) {
    if (required) throw propsError(scope, construct, prop, 'is required (a CIDR block such as "10.0.4.0/26")');
    return;
  }
  if (Token.isUnresolved(value)) return;
  const r = parseIpv4Cidr(value);
  if (!r.ok) throw propsError(scope, construct, prop, `is not a valid IPv4 CIDR block: ${r.reason}`);
}

export function checkOptionalCount(scope: IConstruct, construct: string, prop: string, value: unknown): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw propsError(scope, construct, prop, `must be a whole number of 1 or more, got ${describeValue(value)}`);
  }
}

export function checkOptionalBoolean(scope: IConstruct, construct: string, prop: string, value: unknown): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (typeof value !== 'boolean') throw propsError(scope, construct, prop, `must be true or false, got ${describeValue(value)}`);
}

export function checkOptionalStringList(scope: IConstruct, construct: string, prop: string, value: unknown, pattern?: RegExp, example?: string): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Array.isArray(value)) throw propsError(scope, construct, prop, `must be an array of strings, got ${describeValue(value)}`);
  const seen = new Set<string>();
  for (const v of value) {
    if (Token.isUnresolved(v)) continue;
    if (typeof v !== 'string' || (pattern && !pattern.test(v))) {
      throw propsError(scope, construct, prop, `has an invalid entry ${describeValue(v)}${example ? `; expected values such as ${example}` : ''}`);
    }
    if (seen.has(v.toLowerCase())) throw propsError(scope, construct, prop, `lists ${describeValue(v)} twice`);
    seen.add(v.toLowerCase());
  }
}

/** An optional non-empty string (a name); tokens are left alone. */
export function checkOptionalString(scope: IConstruct, construct: string, prop: string, value: unknown): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (typeof value !== 'string' || value.trim() === '') throw propsError(scope, construct, prop, `must be a non-empty string, got ${describeValue(value)}`);
}

/** An optional map of strings (tags); tokens are left alone. */
export function checkOptionalStringMap(scope: IConstruct, construct: string, prop: string, value: unknown): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw propsError(scope, construct, prop, `must be an object of string values such as { team: "web" }, got ${describeValue(value)}`);
  }
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' && !Token.isUnresolved(v)) throw propsError(scope, construct, prop, `has a value that is not a string at "${k}": ${describeValue(v)}`);
  }
}
