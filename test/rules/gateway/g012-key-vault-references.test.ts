import { G012_KEY_VAULT_REFERENCES as rule } from '../../../lib/rules/gateway/g012-key-vault-references';
import { app, integration, inventory, kinds } from './models';
import { interpolation } from '../../../lib/model/fact';
import { known, missing, tokenValue } from '../../helpers/models';

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
