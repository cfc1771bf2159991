import { G012_KEY_VAULT_REFERENCES as rule } from '../../../lib/rules/gateway/g012-key-vault-references';
import { app, integration, inventory, kinds } from './models';
import { interpolation } from '../../../lib/model/fact';
import { known, missing, tokenValue, unset } from '../../helpers/models';
import { Check } from '../../../lib/rules/rule';

describe('VNI-G012 Gateway.KeyVaultReferences', () => {
  test('Compliance: plain settings', () => {
    expect(kinds(rule.check(integration({ app: app({ appSettings: known('s', { A: 'b' }) }) }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: a Key Vault reference', () => {
    const [c] = rule.check(integration({ app: app({ appSettings: known('s', { DB: '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)' }) }) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/Key Vault references in app settings "DB"/);
  });
  test('Noncompliance 2: a Key Vault reference built by interpolating a secret ID is recognised from its literal part', () => {
    const value = known<'settings'>('app settings (app_settings)', { DB: interpolation(['@Microsoft.KeyVault(SecretUri=', tokenValue('azurerm_key_vault_secret.db.id'), ')']) });
    const [c] = rule.check(integration({ app: app({ appSettings: value }) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/Key Vault references in app settings "DB"/);
  });
  test('a setting that starts with a token may be a reference: unverified; one that starts with other text is not', () => {
    const settings = (v: unknown) => known<'settings'>('app settings (app_settings)', { X: v as never });
    const c = rule.check(integration({ app: app({ appSettings: settings(tokenValue('var.secret_ref')) }) }), inventory());
    expect(kinds(c)).toEqual(['unverified']);
    expect((c[0] as any).message).toMatch(/app setting "X".*is an unresolved token.*var\.secret_ref/);
    expect(kinds(rule.check(integration({ app: app({ appSettings: settings(interpolation(['https://', tokenValue('var.host')])) }) }), inventory()))).toEqual(['pass']);
  });
  test('imported app without settings is unverified', () => {
    expect(kinds(rule.check(integration({ app: app({ kind: 'imported', appSettings: missing('app settings (appSettings)') }) }), inventory()))).toEqual(['unverified']);
  });
});

describe('VNI-G012 Gateway.KeyVaultReferences: every kind of setting value', () => {
  const msg = (c: Check) => (c as { message: string }).message;
  const withSettings = (v: Record<string, unknown>) => integration({ app: app({ appSettings: known<'settings'>('app settings (app_settings)', v as never) }) });
  test('Compliance: a generated app that leaves app_settings out has no reference', () => {
    expect(kinds(rule.check(integration({ app: app({ appSettings: unset('app settings (app_settings)') }) }), inventory()))).toEqual(['pass']);
  });
  test('settings nobody states: unverified, saying what cannot be checked', () => {
    const c = rule.check(integration({ app: app({ kind: 'imported', appSettings: missing('app settings (appSettings)') }) }), inventory());
    expect(msg(c[0])).toBe('Key Vault references in app settings cannot be checked: app settings (appSettings) was not given');
  });
  test('Noncompliance: several references are listed in one fail, comma-separated, in any case', () => {
    const c = rule.check(withSettings({ A: '@Microsoft.KeyVault(VaultName=v;SecretName=a)', PLAIN: 'x', B: '@microsoft.keyvault(VaultName=v;SecretName=b)' }), inventory());
    expect(kinds(c)).toEqual(['fail']);
    expect(msg(c[0])).toBe('app stack/web has Key Vault references in app settings "A", "B"; they will not resolve if the vault is reachable only through the network');
  });
  test('a setting built from a token first and text after may be a reference: unverified, naming the setting', () => {
    const c = rule.check(withSettings({ X: interpolation([tokenValue('var.prefix'), '(SecretUri=x)']) }), inventory());
    expect(kinds(c)).toEqual(['unverified']);
    expect(msg(c[0])).toBe(
      'whether app setting "X" is a Key Vault reference cannot be checked: app settings (app_settings) "X" is built from an unresolved token ("${var.prefix}(SecretUri=x)"), known only at apply (from var.prefix)',
    );
  });
  test('a setting value that is not text: a fail naming the setting', () => {
    const c = rule.check(withSettings({ N: 42 }), inventory());
    expect(kinds(c)).toEqual(['fail']);
    expect(msg(c[0])).toContain('whether app setting "N" is a Key Vault reference: app settings (app_settings) "N" is malformed: got 42');
  });
  test('Noncompliance: the reference fail comes first, then the settings that cannot be read', () => {
    const c = rule.check(withSettings({ X: tokenValue('var.x'), DB: '@Microsoft.KeyVault(VaultName=v;SecretName=s)' }), inventory());
    expect(kinds(c)).toEqual(['fail', 'unverified']);
  });
});
