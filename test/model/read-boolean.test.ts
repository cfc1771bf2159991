import { given, missing, tokenMark } from '../../lib/model/fact';
import { readBoolean } from '../../lib/model/read-boolean';

const f = (v: unknown) => given<'boolean'>('allow_gateway_transit', v as never);

describe('readBoolean', () => {
  test('true and false are known; anything else is malformed; a token is unresolved', () => {
    expect(readBoolean(f(false))).toEqual({ state: 'known', value: false });
    expect(readBoolean(f('true'))).toMatchObject({ state: 'malformed', why: 'allow_gateway_transit is malformed: got "true"; accepted: true or false' });
    expect(readBoolean(f(tokenMark('var.transit')))).toMatchObject({ state: 'unresolved', why: expect.stringContaining('from var.transit') });
    expect(readBoolean(missing('allow_gateway_transit')).state).toBe('missing');
  });
});
