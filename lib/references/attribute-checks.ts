import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { describeValue } from '../text/describe-value';
import { parseIpv4Cidr } from '../net/cidr';

/** What an attribute must be: 'id' is a required non-empty string, '?' marks optional. */
export type AttributeKind = 'id' | 'string' | 'string?' | 'count?' | 'cidr-list?' | 'string-list?';

/**
 * Checks attributes handed in by plain JavaScript callers, who have no type checker, and throws an
 * error naming the construct path and the prop when one is off.
 */
export function checkAttributes(scope: IConstruct, api: string, attrs: unknown, spec: Record<string, AttributeKind>): void {
  const where = `${scope.node.path}: ${api}`;
  if (attrs === null || typeof attrs !== 'object') {
    throw new Error(`${where}: expected an attributes object, got ${describeValue(attrs)}`);
  }
  const a = attrs as Record<string, unknown>;
  for (const [prop, kind] of Object.entries(spec)) {
    const v = a[prop];
    const optional = kind.endsWith('?');
    if (v === undefined || v === null) {
      if (!optional) throw new Error(`${where}: "${prop}" is required`);
      continue;
    }
    if (Token.isUnresolved(v)) continue;
    const base = kind.replace('?', '');
    if ((base === 'id' || base === 'string') && (typeof v !== 'string' || v.trim() === '')) {
      throw new Error(`${where}: "${prop}" must be a non-empty string, got ${describeValue(v)}`);
    }
    if (base === 'count' && (typeof v !== 'number' || !Number.isInteger(v) || v < 1)) {
      throw new Error(`${where}: "${prop}" must be a whole number of 1 or more, got ${describeValue(v)}`);
    }
    if (base === 'string-list' && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) {
      throw new Error(`${where}: "${prop}" must be an array of strings, got ${describeValue(v)}`);
    }
    if (base === 'cidr-list') {
      if (!Array.isArray(v) || v.length === 0) throw new Error(`${where}: "${prop}" must be a non-empty array of CIDR blocks, got ${describeValue(v)}`);
      for (const c of v) {
        if (Token.isUnresolved(c)) continue;
        const r = parseIpv4Cidr(c);
        if (!r.ok) throw new Error(`${where}: "${prop}" has an invalid block: ${r.reason}`);
      }
    }
  }
}
