import { EXAMPLE_SKUS, planTierOf, regionalSupportOf, supportedTiers } from '../../facts/plan-sku';
import { RegionalIntegrationModel } from '../../model/inventory';
import { Check, DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { readString } from '../../model/read-text';
import { quote } from '../../text/describe-value';
import { checkOfProblem, isProblem, isUnusable } from '../shared/readings';
import { appKindKnown, FLEX_CONSUMPTION_DOC, isFlexApp } from '../shared/flex-consumption';

const accepted = supportedTiers('regional').map((t) => `${t} (${EXAMPLE_SKUS[t]})`).join(', ');

/** The plan's pricing tier must offer regional integration. */
export const R001_PLAN_TIER: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R001',
  name: 'Regional.PlanTier',
  level: 'error',
  scope: 'regional-integration',
  reads: [
    { scope: 'regional-integration', path: 'plan.appServiceEnvironmentId', kind: 'string' },
    { scope: 'regional-integration', path: 'plan.skuName', kind: 'string' },
  ],
  source: {
    ...DOCS.overview,
    section: 'Introduction (the feature requires a Standard, Premium or PremiumV2 plan); Regional VNet Integration (limitations: not for Isolated plans in an App Service Environment); Pricing details',
    versions:
      `2019 edition: Standard, Premium or PremiumV2 only. 2023 gateway page, pricing: Basic and up. The newer statement wins, so Basic passes. The 2025 networking features page keeps Isolated (App Service Environment) plans out. Elastic Premium, Workflow Standard and the memory-optimised Premium v3 SKUs are not named by the documents; they run on dedicated workers and pass as the project issue decides. Premium v4 postdates the documents; it runs on dedicated multitenant workers ("Basic and up") and the current gateway-required page (ms.date 01/30/2026) lists it with the other App Service tiers, so it passes (the newest stored regional overview, 07/21/2023, predates it). Flex Consumption (FC1) postdates the five documents: the ${FLEX_CONSUMPTION_DOC.document} (${FLEX_CONSUMPTION_DOC.url}) gives its apps virtual network integration through a subnet delegated to Microsoft.App/environments, so FC1 passes when every app of the integration is an azurerm_function_app_flex_consumption, fails with any other app, and is unverified with an imported app whose reference does not say flexConsumption.`,
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
    const out: Check[] = [];
    const ase = readString(plan.appServiceEnvironmentId);
    if (ase.state === 'known' && ase.value.trim() !== '') {
      return [fail(`plan ${plan.label} runs in an App Service Environment (${ase.value}); apps there are already in a virtual network and cannot use regional integration. Accepted: a multi-tenant plan on ${accepted}`)];
    }
    if (isProblem(ase)) out.push(checkOfProblem(ase, `whether plan ${plan.label} runs in an App Service Environment`));
    const sku = readString(plan.skuName);
    if (isUnusable(sku)) return [...out, checkOfProblem(sku, 'plan tier', accepted)];
    const tier = planTierOf(sku.value);
    const support = tier && regionalSupportOf(tier);
    if (!tier) {
      out.push(unverified(`plan SKU ${quote(sku.value)} is not a SKU this library knows, so its tier cannot be checked. Accepted: ${accepted}`));
    } else if (tier === 'FlexConsumption') {
      // FC1 hosts Flex Consumption apps only; for them it is the plan that integrates (newer page).
      const others = s.apps.filter((a) => !isFlexApp(a));
      const generated = others.filter(appKindKnown);
      if (generated.length > 0) {
        out.push(fail(`plan SKU "${sku.value}" is a Flex Consumption plan, which hosts only Flex Consumption function apps (azurerm_function_app_flex_consumption), but ${generated.map((a) => `${a.label} (${a.kind})`).join(', ')} ${generated.length === 1 ? 'is' : 'are'} another kind. Accepted: Flex Consumption apps on FC1, or other apps on ${accepted}`));
      } else if (others.length > 0) {
        out.push(unverified(`plan SKU "${sku.value}" is a Flex Consumption plan, and ${others.map((a) => a.label).join(', ')} ${others.length === 1 ? 'is an imported app' : 'are imported apps'} whose kind cannot be told (give flexConsumption in fromWebAppAttributes); FC1 integrates only Flex Consumption function apps. Accepted: Flex Consumption apps on FC1, or other apps on ${accepted}`));
      }
    } else if (support === 'undocumented') {
      out.push(unverified(`plan SKU "${sku.value}" (${tier}) is not covered by the documents. Documented as supported: ${accepted}`));
    } else if (support === 'unsupported') {
      out.push(fail(`plan SKU "${sku.value}" is on the ${tier} tier, which does not support regional virtual network integration. Accepted: ${accepted}`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
