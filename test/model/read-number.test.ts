import { given, missing, tokenMark } from '../../lib/model/fact';
import { readNumber } from '../../lib/model/read-number';

const f = (v: unknown) => given<'number'>('maxInstances', v as never);

describe('readNumber', () => {
  test('a number is known; NaN, text and others are malformed with the value shown', () => {
    expect(readNumber(f(12))).toEqual({ state: 'known', value: 12 });
    expect(readNumber(f(Number.NaN))).toMatchObject({ state: 'malformed', why: 'maxInstances is malformed: got NaN; accepted: a number' });
    expect(readNumber(f('12'))).toMatchObject({ state: 'malformed', why: expect.stringContaining('got "12"') });
  });
  test('a number token is unresolved with its origin; absence is missing', () => {
    expect(readNumber(f(tokenMark('var.max_instances', 'number')))).toMatchObject({ state: 'unresolved', origin: 'var.max_instances' });
    expect(readNumber(missing('maxInstances')).state).toBe('missing');
  });
});
