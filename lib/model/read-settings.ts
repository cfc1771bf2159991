/** The reader of app settings: a map of names to text that may hold interpolations. */
import { Configured, Fact, isInterpolation, isOpaque, isTokenMark } from './fact';
import { absentOf, malformedOf, Malformed, Missing, Unresolved, unresolvedOf, Unset } from './reading';
import { readText, TextReading } from './read-text';

export interface Settings {
  readonly state: 'map';
  /** Each setting by name, in the order given. */
  readonly entries: readonly (readonly [string, TextReading])[];
}

export type SettingsReading = Settings | Unresolved | Malformed | Missing | Unset;

export function readSettings(f: Fact<'settings'>): SettingsReading {
  if (f.state !== 'given') return absentOf(f);
  const v = f.value as Configured;
  if (isTokenMark(v) || isInterpolation(v)) return unresolvedOf(f.label, v);
  if (v === null || typeof v !== 'object' || Array.isArray(v) || isOpaque(v)) return malformedOf(f.label, v, 'a map of setting names to strings');
  return {
    state: 'map',
    entries: Object.entries(v as Record<string, Configured>).map(([name, value]) => [name, readText({ label: `${f.label} "${name}"`, state: 'given', value })] as const),
  };
}
