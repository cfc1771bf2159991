/**
 * Compares two plan reference keys. A literal ID (`lit:`) and a reference to a plan resource of
 * the app (`ref:`) cannot be compared at synth time: the resource's ID is only known after apply.
 */
export function comparePlanKeys(a: string | undefined, b: string | undefined): 'same' | 'different' | 'unknown' {
  if (a === undefined || b === undefined) return 'unknown';
  if (a === b) return 'same';
  return a.startsWith('lit:') === b.startsWith('lit:') ? 'different' : 'unknown';
}
