/**
 * How readings show configured values and name where tokens come from: pinned exactly, since
 * every "unverified" and "malformed" message is built from them.
 */
import { given, interpolation, missing, opaque, tokenMark, unset } from '../../lib/model/fact';
import { absentOf, originText, readItems, showConfigured, unresolvedOf, wholeList } from '../../lib/model/reading';

describe('showConfigured', () => {
  test.each([
    [undefined, 'nothing'],
    [null, 'null'],
    ['abc', '"abc"'],
    [7, '7'],
    [false, 'false'],
    [tokenMark('var.x'), '${var.x}'],
    [tokenMark(undefined), '${<token>}'],
    [interpolation(['a/', tokenMark('var.y'), '/', tokenMark(undefined)]), '"a/${var.y}/${<token>}"'],
    [opaque('a function'), 'a function'],
    [['a', 1, [true]], '["a", 1, [true]]'],
    [{ k: 'v', n: [null] }, '{ k: "v", n: [null] }'],
  ])('%p is shown as %s', (value, shown) => expect(showConfigured(value as never)).toBe(shown));

  test('deep values are cut at depth four', () => {
    expect(showConfigured([[[[['deep']]]]] as never)).toBe('[[[[...]]]]');
    expect(showConfigured([[[['four']]]] as never)).toBe('[[[["four"]]]]');
  });

  test('a long string is shown truncated with its length', () => {
    const s = 'x'.repeat(300);
    const shown = showConfigured(s);
    expect(shown).toMatch(/^"x{200}"\.\.\. \(300 characters in all\)$/);
    expect(showConfigured('y'.repeat(200))).toBe(`"${'y'.repeat(200)}"`);
  });
});

describe('tokens and absence', () => {
  test('origin in words', () => {
    expect(originText('var.a')).toBe('from var.a');
    expect(originText(undefined)).toBe('its origin cannot be told');
    expect(originText('')).toBe('its origin cannot be told');
  });

  test('an interpolation takes the first origin it can tell', () => {
    const r = unresolvedOf('name', interpolation(['p-', tokenMark(undefined), tokenMark('var.second')]));
    expect(r.origin).toBe('var.second');
    expect(r.why).toBe('name is built from an unresolved token ("p-${<token>}${var.second}"), known only at apply (from var.second)');
    expect(unresolvedOf('name', interpolation(['only text'])).origin).toBeUndefined();
  });

  test('list tokens, element tokens', () => {
    expect(unresolvedOf('prefixes', tokenMark('var.l', 'list')).why).toBe('prefixes is an unresolved list token, known only at apply (from var.l)');
    expect(unresolvedOf('prefixes', tokenMark(undefined), 1).why).toBe('prefixes, element 2, is an unresolved token, known only at apply (its origin cannot be told)');
  });

  test('missing and unset', () => {
    expect(absentOf(missing('sku'))).toEqual({ state: 'missing', why: 'sku was not given' });
    expect(absentOf(unset('delegation'))).toEqual({ state: 'unset', why: 'delegation is not set' });
  });

  test('readItems: element by element, and wholeList puts malformed before tokens', () => {
    const item = (v: unknown) => (typeof v === 'string' ? { ok: true as const, value: v } : { ok: false as const, reason: `not text: ${String(v)}` });
    const r = readItems(given('names', ['a', tokenMark('var.b'), 3, 'd']), 'names', item);
    if (r.state !== 'list') throw new Error(r.state);
    expect(r.known).toEqual(['a', 'd']);
    expect(r.unresolved.map((u) => u.origin)).toEqual(['var.b']);
    expect(r.malformed.map((m) => m.why)).toEqual(['names, element 3, is malformed: not text: 3; accepted: names']);
    expect(wholeList(r)).toEqual({ state: 'malformed', why: 'names, element 3, is malformed: not text: 3; accepted: names' });
    const tokensOnly = readItems(given('names', ['a', tokenMark('var.b'), tokenMark('var.c')]), 'names', item);
    expect(wholeList(tokensOnly)).toMatchObject({ state: 'unresolved', origin: 'var.b' });
    expect((wholeList(tokensOnly) as { why: string }).why.split('; ')).toHaveLength(2);
    expect(wholeList(readItems(given('names', ['a']), 'names', item))).toEqual({ state: 'known', value: ['a'] });
    expect(readItems(given('names', 'a'), 'names', item)).toEqual({ state: 'malformed', why: 'names is malformed: got "a"; accepted: a list of names' });
  });
});
