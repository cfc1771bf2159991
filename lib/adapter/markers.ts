/**
 * Marks this library leaves on constructs: Symbol.for keys (not instanceof), so they work across
 * copies of the package in one program.
 */
import { IConstruct } from 'constructs';
import type { Suppression } from '../validation/engine';

/** Marks resources this library creates itself, so rules do not count them as the user's. */
const OWNED_BY_LIBRARY = Symbol.for('cdktf-appservice-vnet-integration.owned');
const SUPPRESSIONS = Symbol.for('cdktf-appservice-vnet-integration.suppressions');

export function markOwned(r: IConstruct): void {
  Object.defineProperty(r, OWNED_BY_LIBRARY, { value: true, enumerable: false });
}

export function isOwned(r: unknown): boolean {
  return typeof r === 'object' && r !== null && OWNED_BY_LIBRARY in r;
}

type WithSuppressions = IConstruct & { [SUPPRESSIONS]?: Suppression[] };

/** Stores a suppression on `scope` (it applies to `scope` and everything below it). */
export function addSuppression(scope: IConstruct, s: Suppression): void {
  const target = scope as WithSuppressions;
  if (!Object.prototype.hasOwnProperty.call(target, SUPPRESSIONS)) {
    Object.defineProperty(target, SUPPRESSIONS, { value: [], enumerable: false });
  }
  target[SUPPRESSIONS]!.push(s);
}

/** The suppressions that apply to `c`: its own and its ancestors'. */
export function suppressionsOn(c: IConstruct): Suppression[] {
  const out: Suppression[] = [];
  for (const s of c.node.scopes) out.push(...((s as WithSuppressions)[SUPPRESSIONS] ?? []));
  return out;
}
