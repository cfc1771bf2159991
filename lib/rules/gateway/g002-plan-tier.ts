import { EXAMPLE_SKUS, gatewaySupportOf, planTierOf, supportedTiers } from '../../facts/plan-sku';
import { isKnown, whyUnknown } from '../../model/fact';
import { GatewayIntegrationModel } from '../../model/gateway';
import { DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

const accepted = supportedTiers('gateway').map((t) => `${t} (${EXAMPLE_SKUS[t]})`).join(', ');

/** The plan's pricing tier must offer gateway-required integration. */
export const G002_PLAN_TIER: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G002',
  name: 'Gateway.PlanTier',
  level: 'error',
  scope: 'gateway-integration',
  source: {
    ...DOCS.gateway,
    section: SECTION.pricing,
    versions: '2015 and 2019 pages: Standard and up. 2023 page and its revision, pricing: Basic, Standard, Premium, Premium v2 and Premium v3. The newer statement wins, so Basic passes; tiers it does not name are reported as unverified.',
  },
  summary: 'The App Service plan must be on a tier that offers gateway-required integration (Basic or higher, not Isolated).',
  fix: `Scale the plan to a supported tier: ${accepted}.`,
  description:
    'Gateway-required integration runs on dedicated workers of the multi-tenant service. Free and Shared plans share workers with other customers, Consumption plans have no fixed workers, and Isolated plans already run inside a network of their own (an App Service Environment). The 2023 pricing section lists the tiers that qualify; newer tiers are not mentioned and are therefore reported as unverified rather than passed.',
  example: GATEWAY_EXAMPLE,
  check(s) {
    const { plan } = s;
    if (isKnown(plan.appServiceEnvironmentId)) {
      return [fail(`plan ${plan.label} runs in an App Service Environment (${plan.appServiceEnvironmentId.value}), which is already in a network. Accepted: a multi-tenant plan on ${accepted}`)];
    }
    if (!isKnown(plan.skuName)) return [unverified(`plan tier cannot be checked: ${whyUnknown(plan.skuName)}. Accepted: ${accepted}`)];
    const sku = plan.skuName.value;
    const tier = planTierOf(sku);
    if (!tier) return [unverified(`plan SKU "${sku}" is not a SKU this library knows. Accepted: ${accepted}`)];
    const support = gatewaySupportOf(tier);
    if (support === 'undocumented') return [unverified(`plan SKU "${sku}" (${tier}) is not named by the documents. Documented as supported: ${accepted}`)];
    if (support === 'unsupported') return [fail(`plan SKU "${sku}" is on the ${tier} tier, which does not offer gateway-required integration. Accepted: ${accepted}`)];
    return [pass()];
  },
};
