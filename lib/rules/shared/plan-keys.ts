import { isLiteralKey, ResourceKey } from '../../model/resource-key';

/**
 * Compares two plan reference keys. A literal ID and a reference to a plan resource of the app
 * cannot be compared at synth time: the resource's ID is only known after apply.
 */
export function comparePlanKeys(a: ResourceKey | undefined, b: ResourceKey | undefined): 'same' | 'different' | 'unknown' {
  if (a === undefined || b === undefined) return 'unknown';
  if (a === b) return 'same';
  return isLiteralKey(a) === isLiteralKey(b) ? 'different' : 'unknown';
}
