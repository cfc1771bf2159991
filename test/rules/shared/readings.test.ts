import { checkOfProblem, isProblem, isUnusable } from '../../../lib/rules/shared/readings';

describe('readings', () => {
  test('isUnusable: a problem, or unset where a value is needed; a known value is usable', () => {
    expect(['unresolved', 'missing', 'malformed', 'unset', 'known'].map((state) => isUnusable({ state }))).toEqual([true, true, true, true, false]);
  });
  test('isProblem: unset is not a problem', () => {
    expect(['unresolved', 'missing', 'malformed', 'unset', 'known'].map((state) => isProblem({ state }))).toEqual([true, true, true, false, false]);
  });
  test('checkOfProblem: malformed fails, anything else is unverified with the accepted values', () => {
    expect(checkOfProblem({ state: 'malformed', why: 'x is malformed' }, 'the size')).toEqual({ kind: 'fail', message: 'the size: x is malformed' });
    expect(checkOfProblem({ state: 'unset', why: 'x is not set' }, 'the size', '/27')).toEqual({ kind: 'unverified', message: 'the size cannot be checked: x is not set. Accepted: /27' });
  });
});
