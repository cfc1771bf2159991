/**
 * How a value is shown in an error or finding: what it is, never more than SHOWN_LENGTH characters
 * of it, and never a throw (plain JavaScript callers hand in BigInts, symbols, functions, cyclic
 * objects or objects whose JSON form throws). The one place that formats values for messages.
 */

/** Most characters of a value a message shows. */
export const SHOWN_LENGTH = 200;

/** `text` cut to SHOWN_LENGTH characters, saying how long it was when cut. */
export function truncate(text: string, max: number = SHOWN_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max)}... (${text.length} characters in all)`;
}

/** A string in quotes, truncated. */
export function quote(text: string): string {
  if (text.length <= SHOWN_LENGTH) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, SHOWN_LENGTH))}... (${text.length} characters in all)`;
}

/** What `v` is, for "got ..." in messages. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing (undefined)';
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return quote(v);
    case 'number':
    case 'boolean':
      return String(v);
    case 'bigint':
      return `the BigInt ${truncate(v.toString())}n`;
    case 'symbol':
      return `a symbol (${truncate(v.description ?? '')})`;
    case 'function':
      return 'a function';
  }
  const o = v as { terraformResourceType?: unknown; node?: { path?: unknown } };
  try {
    if (typeof o.terraformResourceType === 'string') {
      const type = truncate(o.terraformResourceType);
      return `${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type} resource${typeof o.node?.path === 'string' ? ` (${truncate(o.node.path)})` : ''}`;
    }
    if (typeof o.node?.path === 'string') return `a construct (${truncate(o.node.path)})`;
  } catch {
    // a getter that throws: described as an object below
  }
  const what = Array.isArray(v) ? `an array of ${v.length}` : 'an object';
  try {
    const json = JSON.stringify(v);
    if (json !== undefined) return `${what} ${truncate(json)}`;
  } catch {
    // cyclic or a toJSON that throws
  }
  return what;
}
