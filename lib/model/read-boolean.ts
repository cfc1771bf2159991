/** The reader of booleans (peering flags, BGP, route-all). */
import { Fact } from './fact';
import { Reading, readScalar } from './reading';

export function readBoolean(f: Fact<'boolean'>): Reading<boolean> {
  return readScalar(f, 'true or false', (v) => (typeof v === 'boolean' ? v : undefined));
}
