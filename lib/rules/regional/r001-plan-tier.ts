import { EXAMPLE_SKUS, planTierOf, regionalSupportOf, supportedTiers } from '../../facts/plan-sku';
import { isKnown, whyUnknown } from '../../model/fact';
import { RegionalIntegrationModel } from '../../model/inventory';
import { DOCS, fail, pass, SubjectRule, unverified } from '../rule';

const accepted = supportedTiers('regional').map((t) => `${t} (${EXAMPLE_SKUS[t]})`).join(', ');

/** The plan's pricing tier must offer regional integration. */
export const R001_PLAN_TIER: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R001',
  name: 'Regional.PlanTier',
  level: 'error',
  scope: 'regional-integration',
  source: {
    ...DOCS.overview,
    section: 'Introduction (the feature requires a Standard, Premium or PremiumV2 plan); Regional VNet Integration (limitations: not for Isolated plans in an App Service Environment); Pricing details',
    versions:
      '2019 edition: Standard, Premium or PremiumV2 only. 2023 gateway page, pricing: Basic and up. The newer statement wins, so Basic passes. The 2025 networking features page keeps Isolated (App Service Environment) plans out. Elastic Premium, Workflow Standard and the memory-optimised Premium v3 SKUs are not named by the documents; they run on dedicated workers and pass as the project issue decides. SKUs the documents do not cover (Premium v4, Flex Consumption) are unverified.',
  },
  summary: 'The App Service plan must be on a pricing tier that supports regional virtual network integration.',
  fix: `Scale the plan to a supported tier: ${accepted}.`,
  description:
    'Regional integration mounts a virtual interface on each dedicated worker of the plan, so the shared Free and Shared tiers cannot use it. The 2019 edition of the overview asked for Standard, Premium or PremiumV2; the newer gateway page lists Basic and higher in its pricing section, and the newest statement wins. Plans in an App Service Environment (Isolated tiers) already live inside a virtual network and cannot use the feature at all.',
  example: `const plan = new ServicePlan(stack, 'Plan', {
  name: 'asp-web', resourceGroupName: rg.name, location: 'westeurope',
  osType: 'Linux', skuName: 'P1v3', // Basic, Standard, Premium v2/v3 all qualify
});
new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26',
});`,
  check(s) {
    const { plan } = s;
    if (isKnown(plan.appServiceEnvironmentId)) {
      return [fail(`plan ${plan.label} runs in an App Service Environment (${plan.appServiceEnvironmentId.value}); apps there are already in a virtual network and cannot use regional integration. Accepted: a multi-tenant plan on ${accepted}`)];
    }
    if (!isKnown(plan.skuName)) {
      return [unverified(`plan tier cannot be checked: ${whyUnknown(plan.skuName)}. Accepted: ${accepted}`)];
    }
    const sku = plan.skuName.value;
    const tier = planTierOf(sku);
    if (!tier) {
      return [unverified(`plan SKU "${sku}" is not a SKU this library knows, so its tier cannot be checked. Accepted: ${accepted}`)];
    }
    const support = regionalSupportOf(tier);
    if (support === 'undocumented') {
      return [unverified(`plan SKU "${sku}" (${tier}) is not covered by the documents. Documented as supported: ${accepted}`)];
    }
    if (support === 'unsupported') {
      return [fail(`plan SKU "${sku}" is on the ${tier} tier, which does not support regional virtual network integration. Accepted: ${accepted}`)];
    }
    return [pass()];
  },
};
