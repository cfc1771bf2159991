import { given, interpolation, missing, tokenMark, unset } from '../../lib/model/fact';
import { readLocation, readOsType, readString, readText } from '../../lib/model/read-text';

const s = (v: unknown, label = 'plan SKU (sku_name)') => given<'string'>(label, v as never);

describe('readString', () => {
  test('known, token with origin, interpolation, malformed, missing, unset', () => {
    expect(readString(s('P1v3'))).toEqual({ state: 'known', value: 'P1v3' });
    expect(readString(s(tokenMark('var.sku')))).toEqual({ state: 'unresolved', origin: 'var.sku', why: 'plan SKU (sku_name) is an unresolved token, known only at apply (from var.sku)' });
    expect(readString(s(interpolation(['P', tokenMark('var.size'), 'v3']))).state).toBe('unresolved');
    expect(readString(s(42))).toMatchObject({ state: 'malformed', why: 'plan SKU (sku_name) is malformed: got 42; accepted: a string' });
    expect(readString(missing('x')).state).toBe('missing');
    expect(readString(unset('x')).state).toBe('unset');
  });
  test('a value too long to show is cut', () => {
    const r = readString(s(['x'.repeat(100_000)]));
    expect(r.state === 'malformed' && r.why.length).toBeLessThan(400);
  });
});

describe('readLocation: regions compare the way Azure compares them', () => {
  test('"West Europe", "westeurope" and "WestEurope" are one region', () => {
    const regions = ['West Europe', 'westeurope', 'WestEurope', 'west-europe'].map((l) => readLocation(given('location', l)));
    expect(new Set(regions.map((r) => r.state === 'known' && r.value.normalised))).toEqual(new Set(['westeurope']));
  });
  test('a location that is not a string is malformed, not a TypeError', () => {
    expect(readLocation(given('virtual network location', 42))).toMatchObject({ state: 'malformed', why: 'virtual network location is malformed: got 42; accepted: an Azure region such as "westeurope"' });
    expect(readLocation(given('location', ' ')).state).toBe('malformed');
  });
});

describe('readOsType', () => {
  test('the three operating systems in any case; anything else is malformed', () => {
    expect(['windows', 'LINUX', 'WindowsContainer'].map((o) => readOsType(s(o, 'os')))).toEqual([
      { state: 'known', value: 'Windows' }, { state: 'known', value: 'Linux' }, { state: 'known', value: 'WindowsContainer' },
    ]);
    expect(readOsType(s('Solaris', 'plan OS (os_type)'))).toMatchObject({ state: 'malformed', why: expect.stringContaining('got "Solaris"') });
  });
});

describe('readText: strings with interpolations', () => {
  test('the literal parts of an interpolation can be matched, tokens stand as "…"', () => {
    const r = readText(s(interpolation(['@Microsoft.KeyVault(SecretUri=', tokenMark('azurerm_key_vault_secret.db.id'), ')']), 'app setting DB'));
    expect(r).toMatchObject({ state: 'template', startsLiteral: true, shape: '@Microsoft.KeyVault(SecretUri=…)' });
    expect(readText(s(interpolation([tokenMark('var.x'), '-suffix'])))).toMatchObject({ state: 'template', startsLiteral: false });
  });
  test('a whole token is unresolved; a literal is known', () => {
    expect(readText(s(tokenMark('var.x'))).state).toBe('unresolved');
    expect(readText(s('plain'))).toEqual({ state: 'known', value: 'plain' });
  });
});
