/** The reader of numbers (instance counts). */
import { Fact } from './fact';
import { Reading, readScalar } from './reading';

export function readNumber(f: Fact<'number'>): Reading<number> {
  return readScalar(f, 'a number', (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined));
}
