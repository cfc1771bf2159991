import { EXAMPLE_SKUS, gatewaySupportOf, planTierOf, supportedTiers } from '../../facts/plan-sku';
import { GatewayIntegrationModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { readString } from '../../model/read-text';
import { quote } from '../../text/describe-value';
import { checkOfProblem, isProblem, isUnusable } from '../shared/readings';

const accepted = supportedTiers('gateway').map((t) => `${t} (${EXAMPLE_SKUS[t]})`).join(', ');

/** The plan's pricing tier must offer gateway-required integration. */
export const G002_PLAN_TIER: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G002',
  name: 'Gateway.PlanTier',
  level: 'error',
  scope: 'gateway-integration',
  reads: [
    { scope: 'gateway-integration', path: 'plan.appServiceEnvironmentId', kind: 'string' },
    { scope: 'gateway-integration', path: 'plan.skuName', kind: 'string' },
  ],
  source: {
    ...DOCS.gateway,
    section: SECTION.pricing,
    versions: '2015 and 2019 pages: Standard and up. 2023 page and its revision, pricing: Basic, Standard, Premium, Premium v2 and Premium v3. The current public page (MicrosoftDocs azure-docs articles/app-service/configure-gateway-required-vnet-integration.md, ms.date 01/30/2026) adds Premium v4 (P0v4 to P3v4 and the memory-optimised P1mv4 to P5mv4). The newest statement wins, so Basic and Premium v4 pass; tiers none of them name are reported as unverified.',
  },
  summary: 'The App Service plan must be on a tier that offers gateway-required integration (Basic or higher, not Isolated).',
  fix: `Scale the plan to a supported tier: ${accepted}.`,
  description:
    'Gateway-required integration runs on dedicated workers of the multi-tenant service. Free and Shared plans share workers with other customers, Consumption plans have no fixed workers, and Isolated plans already run inside a network of their own (an App Service Environment). The 2023 pricing section lists the tiers that qualify, and the 01/30/2026 page adds Premium v4; tiers neither mentions (Elastic Premium, Workflow Standard) are reported as unverified rather than passed.',
  example: GATEWAY_EXAMPLE,
  check(s) {
    const { plan } = s;
    const out: Check[] = [];
    const ase = readString(plan.appServiceEnvironmentId);
    if (ase.state === 'known' && ase.value.trim() !== '') {
      return [fail(`plan ${plan.label} runs in an App Service Environment (${ase.value}), which is already in a network. Accepted: a multi-tenant plan on ${accepted}`)];
    }
    if (isProblem(ase)) out.push(checkOfProblem(ase, `whether plan ${plan.label} runs in an App Service Environment`));
    const sku = readString(plan.skuName);
    if (isUnusable(sku)) return [...out, checkOfProblem(sku, 'plan tier', accepted)];
    const tier = planTierOf(sku.value);
    const support = tier && gatewaySupportOf(tier);
    if (!tier) out.push(unverified(`plan SKU ${quote(sku.value)} is not a SKU this library knows. Accepted: ${accepted}`));
    else if (support === 'undocumented') out.push(unverified(`plan SKU "${sku.value}" (${tier}) is not named by the documents. Documented as supported: ${accepted}`));
    else if (support === 'unsupported') out.push(fail(`plan SKU "${sku.value}" is on the ${tier} tier, which does not offer gateway-required integration. Accepted: ${accepted}`));
    return out.length > 0 ? out : [pass()];
  },
};
