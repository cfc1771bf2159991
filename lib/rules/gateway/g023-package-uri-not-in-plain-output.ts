import { GatewayIntegrationModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { SECTION } from './common';
import { keyWithAncestors } from '../../model/resource-key';

/** The VPN client package URI (a short-lived signed link) only in outputs marked sensitive. */
export const G023_PACKAGE_URI_NOT_IN_PLAIN_OUTPUT: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G023',
  name: 'Gateway.PackageUriNotInPlainOutput',
  level: 'error',
  scope: 'gateway-integration',
  reads: [],
  readsNoFacts: 'matches the resource keys outputs read (locals and literal interpolations followed) against the key of the package action',
  source: {
    ...DOCS.gateway,
    section: `How gateway-required virtual network integration works; ${SECTION.renewal}`,
    versions: 'The 2023 page and its later revision describe the certificate exchange the same way.',
  },
  summary: 'A Terraform output that carries the VPN client package URI of an integration must be marked sensitive.',
  fix: 'Remove the output, or set sensitive: true on it.',
  description:
    'The certificate exchange that connects an app to the gateway hands App Service a link to the VPN client package, which holds the configuration of the point-to-site connection. The link is signed and grants access to that package for as long as it is valid, so the library keeps it in the action\'s sensitive output and passes it on through a write-only argument. An output that exposes it (the action\'s sensitive_output, any part of it, or the whole action) without sensitive = true would print it in plans and logs. The rule follows the value: through TerraformLocal values (any chain of them, nonsensitive() included), through function calls such as Fn.lookup, and through literal "${...}" strings, which Terraform reads as references (inside a cdktf function call cdktf escapes them to text, so they are not). Terraform 1.11 itself refuses a plain output of a value it knows is sensitive, directly, through a local or through a literal interpolation (tf:verify negative cases), but accepts one passed through nonsensitive(); the rule catches all of them at synth, before any plan. App settings that carry the URI are VNI-G030.',
  example: `const integration = new GatewayVnetIntegration(this, 'Integration', { app, plan, gateway });
// Only if you really need it elsewhere:
new TerraformOutput(this, 'VpnPackage', { value: integration.vpnClientPackage.sensitiveOutput, sensitive: true });`,
  check(s, inv) {
    const out: Check[] = [];
    // The action's sensitive_output, or the whole action object (which holds it).
    const paths = new Set([
      ...(inv.index.plainOutputsByKey.get(s.packageUriKey) ?? []),
      ...keyWithAncestors(s.packageUriKey).slice(1).flatMap((k) => inv.index.plainOutputsByExactKey.get(k) ?? []),
    ]);
    for (const path of [...paths].sort()) {
      out.push(fail(`output ${path} exposes the VPN client package URI of ${s.path} (the package action's sensitive_output) and is not marked sensitive; accepted: sensitive: true on the output, or no output of it`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
