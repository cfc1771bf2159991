import { given, interpolation, opaque, tokenMark } from '../../lib/model/fact';
import { readBlocks } from '../../lib/model/read-blocks';
import { showConfigured, wholeList } from '../../lib/model/reading';

describe('showConfigured: values in messages', () => {
  test('literals quoted, tokens by origin, structures walked, all truncated', () => {
    expect(showConfigured(['a', 1, null, tokenMark('var.x'), tokenMark(undefined)])).toBe('["a", 1, null, ${var.x}, ${<token>}]');
    expect(showConfigured(interpolation(['a-', tokenMark('local.b')]))).toBe('"a-${local.b}"');
    expect(showConfigured({ k: opaque('a function') })).toBe('{ k: a function }');
    expect(showConfigured('z'.repeat(5000)).length).toBeLessThan(260);
  });
});

describe('wholeList: a list reading as one reading', () => {
  test('known when all elements are; malformed elements first, then tokens, each named', () => {
    expect(wholeList(readBlocks(given('p', ['10.0.0.0/16'])))).toMatchObject({ state: 'known' });
    expect(wholeList(readBlocks(given('p', [tokenMark('var.a'), 'x'])))).toMatchObject({ state: 'malformed' });
    const r = wholeList(readBlocks(given('p', [tokenMark('var.a'), tokenMark('var.b')])));
    expect(r.state === 'unresolved' && r.why).toMatch(/element 1.*var\.a.*element 2.*var\.b/);
  });
});
