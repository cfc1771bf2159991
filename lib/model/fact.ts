/**
 * A configuration value as the rules see it: known, an unresolved token, or not given at all.
 * Rules report the last two as "unverified" instead of passing.
 */
import { isUnresolved } from '../adapter/tokens';

export type FactState = 'known' | 'unresolved' | 'missing';

export interface Fact<T> {
  readonly state: FactState;
  /** Present only when state is 'known'. */
  readonly value?: T;
  /** What the value is, in words a user recognises: "plan SKU (skuName)". */
  readonly label: string;
}

/** Builds a fact from a configured value: undefined is missing, a token is unresolved. */
export function fact<T>(label: string, value: T | undefined | null): Fact<T> {
  if (value === undefined || value === null) return { state: 'missing', label };
  if (isUnresolved(value)) return { state: 'unresolved', label };
  return { state: 'known', value, label };
}

/** A fact that is known by construction. */
export function knownFact<T>(label: string, value: T): Fact<T> {
  return { state: 'known', value, label };
}

/** Why a fact could not be checked, for unverified messages. */
export function whyUnknown(f: Fact<unknown>): string {
  return f.state === 'unresolved'
    ? `${f.label} is an unresolved token at synth time`
    : `${f.label} was not given`;
}

/** True when the fact is known. */
export function isKnown<T>(f: Fact<T>): f is Fact<T> & { value: T } {
  return f.state === 'known';
}
