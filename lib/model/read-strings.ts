/** The reader of string lists (delegations, protocols, occupants, service endpoints). */
import { Fact } from './fact';
import { ListReading, readItems, showConfigured } from './reading';

export function readStrings(f: Fact<'strings'>): ListReading<string> {
  return readItems(f, 'strings', (v) => (typeof v === 'string' ? { ok: true, value: v } : { ok: false, reason: `got ${showConfigured(v)}, not a string` }));
}
