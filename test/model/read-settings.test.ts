import { given, interpolation, tokenMark } from '../../lib/model/fact';
import { readSettings } from '../../lib/model/read-settings';

const f = (v: unknown) => given<'settings'>('app settings (app_settings)', v as never);

describe('readSettings', () => {
  test('each setting read as text, named by its key', () => {
    const r = readSettings(f({ A: 'b', B: tokenMark('var.b'), C: interpolation(['x-', tokenMark('var.c')]) }));
    expect(r.state).toBe('map');
    if (r.state !== 'map') return;
    expect(r.entries.map(([k, v]) => [k, v.state])).toEqual([['A', 'known'], ['B', 'unresolved'], ['C', 'template']]);
    expect(r.entries[1][1]).toMatchObject({ why: 'app settings (app_settings) "B" is an unresolved token, known only at apply (from var.b)' });
  });
  test('a map token, and values that are no map', () => {
    expect(readSettings(f(tokenMark('var.settings', 'map'))).state).toBe('unresolved');
    expect(readSettings(f(['a'])).state).toBe('malformed');
    expect(readSettings(f('a=b'))).toMatchObject({ state: 'malformed', why: expect.stringContaining('got "a=b"') });
  });
});
