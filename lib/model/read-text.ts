/**
 * The readers of single strings: plain strings (names, SKUs, IDs), locations (compared the way
 * Azure compares regions), OS types, and text with interpolations (app setting values).
 */
import { OsType } from './inventory';
import { Fact, isInterpolation, isTokenMark, TokenMark } from './fact';
import { absentOf, known, malformedOf, Reading, readScalar, Region, regionOf, unresolvedOf } from './reading';

export function readString(f: Fact<'string'>): Reading<string> {
  return readScalar(f, 'a string', (v) => (typeof v === 'string' ? v : undefined));
}

/** A location: "West Europe", "westeurope" and "WestEurope" read as one region. */
export function readLocation(f: Fact<'location'>): Reading<Region> {
  return readScalar(f, 'an Azure region such as "westeurope"', (v) => (typeof v === 'string' && v.trim().length > 0 ? regionOf(v) : undefined));
}

const OS: Record<string, OsType> = { windows: 'Windows', linux: 'Linux', windowscontainer: 'WindowsContainer' };

/** An operating system: "Windows", "Linux" or "WindowsContainer" in any case. */
export function readOsType(f: Fact<'string'>): Reading<OsType> {
  return readScalar(f, '"Windows", "Linux" or "WindowsContainer"', (v) => (typeof v === 'string' ? OS[v.toLowerCase()] : undefined));
}

/** Text built from literal parts and tokens: the literal text with each token shown as `…`. */
export interface Template {
  readonly state: 'template';
  readonly parts: readonly (string | TokenMark)[];
  /** True when the text starts with a literal part (its beginning is known). */
  readonly startsLiteral: boolean;
  /** The literal parts joined, tokens standing as "…". */
  readonly shape: string;
  readonly why: string;
}

export type TextReading = Reading<string> | Template;

/**
 * Reads a string that may hold interpolations. A whole-value token is unresolved; a string built
 * from literals and tokens is a Template whose literal parts can still be matched.
 */
export function readText(f: Fact<'string'>): TextReading {
  if (f.state !== 'given') return absentOf(f);
  const v = f.value;
  if (isInterpolation(v)) {
    const u = unresolvedOf(f.label, v);
    return {
      state: 'template',
      parts: v.parts,
      startsLiteral: typeof v.parts[0] === 'string' && v.parts[0].length > 0,
      shape: v.parts.map((p) => (typeof p === 'string' ? p : '…')).join(''),
      why: u.why,
    };
  }
  if (isTokenMark(v)) return unresolvedOf(f.label, v);
  return typeof v === 'string' ? known(v) : malformedOf(f.label, v, 'a string');
}
