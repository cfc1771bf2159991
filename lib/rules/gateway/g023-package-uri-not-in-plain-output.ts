import { GatewayIntegrationModel } from '../../model/gateway';
import { Inventory } from '../../model/inventory';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { SECTION } from './common';

const plainOutputsByBase = new WeakMap<Inventory, Map<string, string[]>>();

/**
 * Paths of outputs not marked sensitive, under every reference key they read and every attribute
 * path above it (`x.a.b` also counts as `x.a` and `x`). Built once per inventory, so each
 * integration is one map lookup instead of a pass over every output.
 */
function plainOutputsReading(inv: Inventory, base: string): readonly string[] {
  let index = plainOutputsByBase.get(inv);
  if (!index) {
    index = new Map();
    for (const o of inv.tree.outputs ?? []) {
      if (o.sensitive) continue;
      const bases = new Set<string>();
      for (const r of o.references) {
        for (let i = 0; i < r.length; i++) if (r[i] === '.' || r[i] === '[') bases.add(r.slice(0, i));
        bases.add(r);
      }
      for (const b of bases) {
        const paths = index.get(b);
        if (paths) paths.push(o.path);
        else index.set(b, [o.path]);
      }
    }
    plainOutputsByBase.set(inv, index);
  }
  return index.get(base) ?? [];
}

/** The VPN client package URI (a short-lived signed link) only in outputs marked sensitive. */
export const G023_PACKAGE_URI_NOT_IN_PLAIN_OUTPUT: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G023',
  name: 'Gateway.PackageUriNotInPlainOutput',
  level: 'error',
  scope: 'gateway-integration',
  source: {
    ...DOCS.gateway,
    section: `How gateway-required virtual network integration works; ${SECTION.renewal}`,
    versions: 'The 2023 page and its later revision describe the certificate exchange the same way.',
  },
  summary: 'A Terraform output that carries the VPN client package URI of an integration must be marked sensitive.',
  fix: 'Remove the output, or set sensitive: true on it.',
  description:
    'The certificate exchange that connects an app to the gateway hands App Service a link to the VPN client package, which holds the configuration of the point-to-site connection. The link is signed and grants access to that package for as long as it is valid, so the library keeps it in the action\'s sensitive output and passes it on through a write-only argument. An output that exposes it (the action\'s sensitive_output, or any part of it) without sensitive = true would print it in plans and logs.',
  example: `const integration = new GatewayVnetIntegration(this, 'Integration', { app, plan, gateway });
// Only if you really need it elsewhere:
new TerraformOutput(this, 'VpnPackage', { value: integration.vpnClientPackage.sensitiveOutput, sensitive: true });`,
  check(s, inv) {
    const key = s.packageUriKey;
    if (key === undefined) return [pass()];
    const out: Check[] = [];
    for (const path of plainOutputsReading(inv, key)) {
      out.push(fail(`output ${path} exposes the VPN client package URI of ${s.path} (the package action's sensitive_output) and is not marked sensitive; accepted: sensitive: true on the output, or no output of it`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
