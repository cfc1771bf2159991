/**
 * Turning readings (model/reading.ts) into checks the same way in every rule: a malformed value
 * fails naming the value; a token or a value nobody gave is unverified naming the attribute and,
 * for tokens, where the value comes from.
 */
import type { Problem, Unset } from '../../model/reading';
import { Check, fail, unverified } from '../rule';

/**
 * The check for a reading that cannot be used; `what` says what could not be judged. An unset
 * value where the rule needs one counts as not given.
 */
export function checkOfProblem(r: Problem | Unset, what: string, accepted?: string): Check {
  const tail = accepted ? `. Accepted: ${accepted}` : '';
  return r.state === 'malformed' ? fail(`${what}: ${r.why}`) : unverified(`${what} cannot be checked: ${r.why}${tail}`);
}

/** True for a reading that is a problem (not known, not unset). */
export function isProblem(r: { state: string }): r is Problem {
  return r.state === 'unresolved' || r.state === 'missing' || r.state === 'malformed';
}

/** True for a reading with no usable value (a problem, or unset where a value is needed). */
export function isUnusable(r: { state: string }): r is Problem | Unset {
  return isProblem(r) || r.state === 'unset';
}
