/**
 * Appends `value` to the list under `key`, creating it. Rules group thousands of subjects by key;
 * copying the list on every append (`[...old, value]`) would make that quadratic.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
