import { isKnown, whyUnknown } from '../../model/fact';
import { GatewayIntegrationModel } from '../../model/gateway';
import { isUnresolved } from '../../adapter/tokens';
import { DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

const KEY_VAULT_REFERENCE = /@Microsoft\.KeyVault\(/i;

/** Key Vault references cannot resolve through gateway-required integration. */
export const G012_KEY_VAULT_REFERENCES: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G012',
  name: 'Gateway.KeyVaultReferences',
  level: 'warning',
  scope: 'gateway-integration',
  source: { ...DOCS.gateway, section: SECTION.intro },
  summary: 'App settings that are Key Vault references cannot be resolved through gateway-required integration when the vault is network-protected.',
  fix: 'Allow the vault to be reached without the network (or resolve the secret another way), or use RegionalVnetIntegration.',
  description:
    'App settings of the form @Microsoft.KeyVault(...) are resolved by the platform, not by the app, and that lookup does not travel through a gateway-required connection. If the vault only accepts traffic from the network, the references stay unresolved.',
  example: GATEWAY_EXAMPLE,
  check(s) {
    const settings = s.app.appSettings;
    if (settings.state === 'missing') return s.app.kind === 'imported' ? [unverified(`${whyUnknown(settings)}, so Key Vault references cannot be looked for`)] : [pass()];
    if (!isKnown(settings)) return [unverified(whyUnknown(settings))];
    const refs = Object.entries(settings.value).filter(([, v]) => typeof v === 'string' && !isUnresolved(v) && KEY_VAULT_REFERENCE.test(v));
    if (refs.length > 0) {
      return [fail(`app ${s.app.label} has Key Vault references in app settings ${refs.map(([k]) => `"${k}"`).join(', ')}; they will not resolve if the vault is reachable only through the network`)];
    }
    return [pass()];
  },
};
