import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { knownFact } from '../../../lib/model/fact';
import { G012_KEY_VAULT_REFERENCES as rule } from '../../../lib/rules/gateway/g012-key-vault-references';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { app, integration, inventory, kinds } from './models';

describe('VNI-G012 Gateway.KeyVaultReferences', () => {
  test('Compliance: plain settings', () => {
    expect(kinds(rule.check(integration({ app: app({ appSettings: knownFact('s', { A: 'b' }) }) }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: a Key Vault reference', () => {
    const [c] = rule.check(integration({ app: app({ appSettings: knownFact('s', { DB: '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)' }) }) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/Key Vault references in app settings "DB"/);
  });
  test('imported app without settings is unverified', () => {
    expect(kinds(rule.check(integration({ app: app({ kind: 'imported' }) }), inventory()))).toEqual(['unverified']);
  });
  test('synth: a Key Vault reference is a warning, not an error', () => {
    const f = fixture();
    const web = new WindowsWebApp(f.stack, 'kv', { name: 'kv', resourceGroupName: 'rg', location: 'northeurope', servicePlanId: f.plan.id, siteConfig: {}, appSettings: { SECRET: '@Microsoft.KeyVault(VaultName=v;SecretName=s)' } });
    new GatewayVnetIntegration(f.stack, 'int', { app: web, plan: f.plan, gateway: gatewayIn(f) });
    const [x] = findingsOf(f, 'VNI-G012');
    expect(x.outcome).toBe('warning');
    expect(x.message).toMatch(/\[VNI-G012\].*"SECRET"/);
  });
});
