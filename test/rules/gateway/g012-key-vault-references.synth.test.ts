/** VNI-G012 in synthesis (loads cdktf). Its unit tests on plain models are in g012-key-vault-references.test.ts, which the mutation check runs. */
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { KeyVaultSecret } from '@cdktf/provider-azurerm/lib/key-vault-secret';

describe('VNI-G012 Gateway.KeyVaultReferences', () => {
  test('synth: a reference interpolating a secret resource ID is a warning', () => {
    const f = fixture();
    const secret = new KeyVaultSecret(f.stack, 'secret', { name: 'db', value: 'x', keyVaultId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv' });
    const web = new WindowsWebApp(f.stack, 'kv', { name: 'kv', resourceGroupName: 'rg', location: 'northeurope', servicePlanId: f.plan.id, siteConfig: {}, appSettings: { DB: `@Microsoft.KeyVault(SecretUri=${secret.id})` } });
    new GatewayVnetIntegration(f.stack, 'int', { app: web, plan: f.plan, gateway: gatewayIn(f) });
    const [x] = findingsOf(f, 'VNI-G012');
    expect(x.outcome).toBe('warning');
    expect(x.message).toMatch(/\[VNI-G012\].*"DB"/);
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
