/**
 * What a reader (read-*.ts) says about a fact. Every reading that is not known carries `why`: a
 * sentence fragment that names the attribute (the fact's label), and for tokens where the value
 * comes from, so a rule's "unverified" or "fail" message says it without knowing how facts work.
 */
import { normaliseRegion } from '../facts/region';
import { quote, SHOWN_LENGTH, truncate } from '../text/describe-value';
import { Configured, Fact, FactKind, Interpolation, isInterpolation, isOpaque, isTokenMark, TokenMark } from './fact';

export interface Known<T> {
  readonly state: 'known';
  readonly value: T;
}
/** A token: known only at apply. */
export interface Unresolved {
  readonly state: 'unresolved';
  /** Where the value comes from (`var.x`), when cdktf can tell. */
  readonly origin: string | undefined;
  readonly why: string;
}
/** A value that cannot be what the attribute takes. */
export interface Malformed {
  readonly state: 'malformed';
  readonly why: string;
}
/** Nothing states the value. */
export interface Missing {
  readonly state: 'missing';
  readonly why: string;
}
/** A generated resource leaves the attribute out: its default applies. */
export interface Unset {
  readonly state: 'unset';
  readonly why: string;
}

/** A reading that cannot be judged: report it as unverified. */
export type Unknown = Unresolved | Missing;
/** A reading the rules cannot use as a value. */
export type Problem = Unresolved | Missing | Malformed;

export type Reading<T> = Known<T> | Unresolved | Malformed | Missing | Unset;

/** A list, read element by element. */
export interface Items<T> {
  readonly state: 'list';
  /** Each element in order: known, a token, or malformed. */
  readonly items: readonly (Known<T> | Unresolved | Malformed)[];
  /** The known elements. */
  readonly known: readonly T[];
  /** The elements that are tokens. */
  readonly unresolved: readonly Unresolved[];
  /** The elements that are malformed. */
  readonly malformed: readonly Malformed[];
}

export type ListReading<T> = Items<T> | Unresolved | Malformed | Missing | Unset;

export const known = <T>(value: T): Known<T> => ({ state: 'known', value });

/** Where a token comes from, in words. */
export function originText(origin: string | undefined): string {
  return origin ? `from ${origin}` : 'its origin cannot be told';
}

/** A configured value as a message shows it: literals quoted, tokens named by their origin, truncated. */
export function showConfigured(v: Configured | undefined): string {
  // A long string is cut once, by quote(), which reports its own length; cutting its shown form
  // again would report the length of the cut text instead.
  return typeof v === 'string' ? quote(v) : truncate(show(v, 0));
}

function show(v: Configured | undefined, depth: number): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return v.length > SHOWN_LENGTH ? quote(v) : JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isTokenMark(v)) return v.origin ? `\${${v.origin}}` : '${<token>}';
  if (isInterpolation(v)) return JSON.stringify(v.parts.map((p) => (typeof p === 'string' ? p : `\${${p.origin ?? '<token>'}}`)).join(''));
  if (isOpaque(v)) return v.description;
  if (depth > 3) return '...';
  if (Array.isArray(v)) return `[${v.map((x) => show(x, depth + 1)).join(', ')}]`;
  return `{ ${Object.entries(v as Record<string, Configured>).map(([k, x]) => `${k}: ${show(x, depth + 1)}`).join(', ')} }`;
}

/** The first origin among a mix of literals and tokens. */
function originOf(v: TokenMark | Interpolation): string | undefined {
  if (isTokenMark(v)) return v.origin;
  return v.parts.find((p): p is TokenMark => typeof p !== 'string' && p.origin !== undefined)?.origin;
}

/** The reading of a token (or a string built with tokens) for the attribute `label`. */
export function unresolvedOf(label: string, v: TokenMark | Interpolation, element?: number): Unresolved {
  const origin = originOf(v);
  const what = element === undefined ? label : `${label}, element ${element + 1},`;
  const how = isInterpolation(v) ? `is built from an unresolved token (${showConfigured(v)})` : v.shape === 'list' ? 'is an unresolved list token' : 'is an unresolved token';
  return { state: 'unresolved', origin, why: `${what} ${how}, known only at apply (${originText(origin)})` };
}

export function malformedOf(label: string, value: Configured | undefined, accepted: string, element?: number, reason?: string): Malformed {
  const what = element === undefined ? label : `${label}, element ${element + 1},`;
  return { state: 'malformed', why: `${what} is malformed: ${reason ?? `got ${showConfigured(value)}`}; accepted: ${accepted}` };
}

/** The reading of a fact that is not given (missing or unset). */
export function absentOf(f: Fact<FactKind>): Missing | Unset {
  return f.state === 'unset' ? { state: 'unset', why: `${f.label} is not set` } : { state: 'missing', why: `${f.label} was not given` };
}

/** Reads a single value of a fact with `read`, handling tokens and absence the same way for every kind. */
export function readScalar<T>(f: Fact<FactKind>, accepted: string, read: (v: Configured) => T | undefined): Reading<T> {
  if (f.state !== 'given') return absentOf(f);
  const v = f.value as Configured;
  if (isTokenMark(v) || isInterpolation(v)) return unresolvedOf(f.label, v);
  const value = read(v);
  return value === undefined ? malformedOf(f.label, v, accepted) : known(value);
}

/** What `readItems` learns of one literal element. */
export type ItemResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/**
 * Reads a list fact element by element with `item`, which returns the element's value or a
 * reason it is malformed.
 */
export function readItems<T>(f: Fact<FactKind>, accepted: string, item: (v: Configured) => ItemResult<T>): ListReading<T> {
  if (f.state !== 'given') return absentOf(f);
  const v = f.value as Configured;
  if (isTokenMark(v) || isInterpolation(v)) return unresolvedOf(f.label, v);
  if (!Array.isArray(v)) return malformedOf(f.label, v, `a list of ${accepted}`);
  const items: (Known<T> | Unresolved | Malformed)[] = (v as readonly Configured[]).map((e, i) => {
    if (isTokenMark(e) || isInterpolation(e)) return unresolvedOf(f.label, e, i);
    const r = item(e);
    return r.ok ? known(r.value) : malformedOf(f.label, e, accepted, i, r.reason);
  });
  return {
    state: 'list',
    items,
    known: items.filter((i): i is Known<T> => i.state === 'known').map((i) => i.value),
    unresolved: items.filter((i): i is Unresolved => i.state === 'unresolved'),
    malformed: items.filter((i): i is Malformed => i.state === 'malformed'),
  };
}

/**
 * A list reading as one reading: known when every element is known; else the problem (malformed
 * elements first, then tokens), with every problem element named.
 */
export function wholeList<T>(r: ListReading<T>): Reading<readonly T[]> {
  if (r.state !== 'list') return r;
  if (r.malformed.length > 0) return { state: 'malformed', why: r.malformed.map((m) => m.why).join('; ') };
  if (r.unresolved.length > 0) return { state: 'unresolved', origin: r.unresolved[0].origin, why: r.unresolved.map((u) => u.why).join('; ') };
  return known(r.known);
}

/** A region as written and as Azure compares it ("West Europe" and "westeurope" are one region). */
export interface Region {
  readonly written: string;
  readonly normalised: string;
}

export function regionOf(written: string): Region {
  return { written, normalised: normaliseRegion(written) };
}
