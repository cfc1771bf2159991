import { GatewayIntegrationModel } from '../../model/gateway';
import { keyWithAncestors } from '../../model/resource-key';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { SECTION } from './common';

/** The VPN client package URI never lands in an app's configuration. */
export const G030_PACKAGE_URI_NOT_IN_APP_SETTINGS: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G030',
  name: 'Gateway.PackageUriNotInAppSettings',
  level: 'error',
  scope: 'gateway-integration',
  reads: [],
  readsNoFacts: 'matches the resource keys app settings read (locals and literal interpolations followed) against the key of the package action',
  source: {
    ...DOCS.gateway,
    section: `How gateway-required virtual network integration works; ${SECTION.renewal}`,
    versions: 'The 2023 page and its later revision describe the certificate exchange the same way. That app settings are readable configuration (not secrets Terraform hides) is a platform fact: azurerm 4.x declares app_settings without the sensitive flag.',
  },
  summary: 'No app setting or connection string of any web, function or Logic App carries the VPN client package URI of an integration.',
  fix: 'Remove the app setting; the library hands the package to App Service itself through a write-only argument.',
  description:
    'The package URI is a signed link to the point-to-site configuration of the gateway. ' +
    'App settings are plain configuration: anyone who can read the app\'s configuration (the portal, the management API, the Kudu console, deployment logs) reads them, and they are stored in the Terraform state. ' +
    'Terraform does not stop it: app_settings is not a sensitive argument, so a sensitive value goes in without complaint. ' +
    'The rule follows the value through locals (nonsensitive() included), function calls and literal "${...}" strings into the app_settings and connection_string of every azurerm app resource of the app.',
  example: `const integration = new GatewayVnetIntegration(this, 'Integration', { app, plan, gateway });
// The app needs no setting for the package: the integration hands it to App Service.`,
  check(s, inv) {
    const paths = new Set([
      ...(inv.index.appSettingsByKey.get(s.packageUriKey) ?? []),
      ...keyWithAncestors(s.packageUriKey).slice(1).flatMap((k) => inv.index.appSettingsByExactKey.get(k) ?? []),
    ]);
    const out: Check[] = [...paths].sort().map((path) => fail(`the app settings of ${path} carry the VPN client package URI of ${s.path} (the package action's sensitive_output); accepted: no app setting or connection string holding it`));
    return out.length > 0 ? out : [pass()];
  },
};
