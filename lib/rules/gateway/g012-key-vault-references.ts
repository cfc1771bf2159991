import { GatewayIntegrationModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { readSettings } from '../../model/read-settings';
import { quote } from '../../text/describe-value';
import { checkOfProblem } from '../shared/readings';

const KEY_VAULT_REFERENCE = /@Microsoft\.KeyVault\(/i;

/** Key Vault references cannot resolve through gateway-required integration. */
export const G012_KEY_VAULT_REFERENCES: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G012',
  name: 'Gateway.KeyVaultReferences',
  level: 'warning',
  scope: 'gateway-integration',
  reads: [{ scope: 'gateway-integration', path: 'app.appSettings', kind: 'settings' }],
  source: { ...DOCS.gateway, section: SECTION.intro },
  summary: 'App settings that are Key Vault references cannot be resolved through gateway-required integration when the vault is network-protected.',
  fix: 'Allow the vault to be reached without the network (or resolve the secret another way), or use RegionalVnetIntegration.',
  description:
    'App settings of the form @Microsoft.KeyVault(...) are resolved by the platform, not by the app, and that lookup does not travel through a gateway-required connection. If the vault only accepts traffic from the network, the references stay unresolved.',
  example: GATEWAY_EXAMPLE,
  check(s) {
    const settings = readSettings(s.app.appSettings);
    // A generated app without app_settings has none to look at.
    if (settings.state === 'unset') return [pass()];
    if (settings.state !== 'map') return [checkOfProblem(settings, 'Key Vault references in app settings')];
    const refs: string[] = [];
    const out: Check[] = [];
    for (const [name, value] of settings.entries) {
      if (value.state === 'known' ? KEY_VAULT_REFERENCE.test(value.value) : value.state === 'template' && KEY_VAULT_REFERENCE.test(value.shape)) {
        refs.push(quote(name));
      } else if (value.state === 'template' && !value.startsLiteral) {
        // The value starts with a token: it may be a reference whole.
        out.push(unverified(`whether app setting ${quote(name)} is a Key Vault reference cannot be checked: ${value.why}`));
      } else if (value.state === 'unresolved' || value.state === 'malformed') {
        out.push(checkOfProblem(value, `whether app setting ${quote(name)} is a Key Vault reference`));
      }
    }
    if (refs.length > 0) {
      out.unshift(fail(`app ${s.app.label} has Key Vault references in app settings ${refs.join(', ')}; they will not resolve if the vault is reachable only through the network`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
