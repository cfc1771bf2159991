/**
 * Keys for hand-built models, written the short way: "ref:<stack>:<identifier>" for a reference,
 * "lit:<text>" for a literal, anything else stands for a construct path. Built only through
 * lib/model/resource-key.ts.
 */
import { attributeKey, constructKey, literalKey, ResourceKey } from '../../lib/model/resource-key';

export function k(text: string): ResourceKey {
  if (text.startsWith('ref:')) {
    const body = text.slice(4);
    const colon = body.lastIndexOf(':');
    return attributeKey(body.slice(0, colon), body.slice(colon + 1));
  }
  if (text.startsWith('lit:')) return literalKey(text.slice(4));
  return constructKey(text);
}
