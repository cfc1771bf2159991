import { given, tokenMark } from '../../lib/model/fact';
import { readStrings } from '../../lib/model/read-strings';

const f = (v: unknown) => given<'strings'>('subnet delegations (delegations)', v as never);

describe('readStrings', () => {
  test('strings are known, tokens unresolved, other values malformed, element by element', () => {
    const r = readStrings(f(['Microsoft.Web/serverFarms', tokenMark('var.d'), 7]));
    expect(r.state === 'list' && r.items.map((i) => i.state)).toEqual(['known', 'unresolved', 'malformed']);
    if (r.state === 'list') expect(r.malformed[0].why).toMatch(/element 3, is malformed: got 7, not a string/);
  });
  test('a whole list token', () => {
    expect(readStrings(f(tokenMark('var.list', 'list'))).state).toBe('unresolved');
  });
});
