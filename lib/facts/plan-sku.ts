/**
 * What App Service plan SKUs mean for virtual network integration.
 *
 * The SKU names are the ones `azurerm_service_plan.sku_name` accepts. The tier families come from the
 * App Service pricing tiers; which families support each form of integration comes from the source
 * documents (see docs/rules). A name we do not know maps to `undefined`, which rules report as
 * unverified rather than passing.
 */

/** Pricing tier families, in Azure's own words. */
export type PlanTier =
  | 'Free'
  | 'Shared'
  | 'Basic'
  | 'Standard'
  | 'Premium'
  | 'PremiumV2'
  | 'PremiumV3'
  | 'PremiumMV3'
  | 'PremiumV4'
  | 'ElasticPremium'
  | 'WorkflowStandard'
  | 'Consumption'
  | 'FlexConsumption'
  | 'Isolated'
  | 'IsolatedV2';

const PATTERNS: ReadonlyArray<[RegExp, PlanTier]> = [
  [/^F1$/i, 'Free'],
  [/^(D1|SHARED)$/i, 'Shared'],
  [/^B[1-3]$/i, 'Basic'],
  [/^S[1-3]$/i, 'Standard'],
  [/^P[1-3]$/i, 'Premium'],
  [/^P[1-3]v2$/i, 'PremiumV2'],
  [/^P[0-3]v3$/i, 'PremiumV3'],
  [/^P[1-5]mv3$/i, 'PremiumMV3'],
  // Premium v4: P0v4 to P3v4 and the memory-optimised P1mv4 to P5mv4 (azurerm 4.44.0 service plan SKUs).
  [/^(P[0-3]v4|P[1-5]mv4)$/i, 'PremiumV4'],
  [/^EP[1-3]$/i, 'ElasticPremium'],
  [/^WS[1-3]$/i, 'WorkflowStandard'],
  [/^Y1$/i, 'Consumption'],
  [/^FC1$/i, 'FlexConsumption'],
  [/^I[1-3]$/i, 'Isolated'],
  [/^I[1-6]m?v2$/i, 'IsolatedV2'],
];

/** The tier family of a SKU name, or undefined when the name is not one we know. */
export function planTierOf(skuName: string): PlanTier | undefined {
  for (const [pattern, tier] of PATTERNS) {
    if (pattern.test(skuName)) {
      return tier;
    }
  }
  return undefined;
}

/** How a tier stands for one form of integration. */
export type TierSupport = 'supported' | 'unsupported' | 'undocumented';

/**
 * Regional integration. The 2019 page asked for Standard or better; the 2023 pricing section names
 * Basic and up, and newer wins. Elastic Premium and Workflow Standard run on dedicated workers and
 * are listed by the issue as supported; Isolated plans live in an App Service Environment, which is
 * already in a virtual network. Free, Shared and Consumption run on shared workers.
 */
const REGIONAL: Record<PlanTier, TierSupport> = {
  Free: 'unsupported',
  Shared: 'unsupported',
  Consumption: 'unsupported',
  Isolated: 'unsupported',
  IsolatedV2: 'unsupported',
  Basic: 'supported',
  Standard: 'supported',
  Premium: 'supported',
  PremiumV2: 'supported',
  PremiumV3: 'supported',
  PremiumMV3: 'supported',
  ElasticPremium: 'supported',
  WorkflowStandard: 'supported',
  // Premium v4 postdates the five documents. Their rule is "Basic and up" (dedicated multitenant
  // workers); the current gateway-required page (configure-gateway-required-vnet-integration.md,
  // ms.date 01/30/2026) lists Premium v4 among the App Service tiers with VNet integration, and the
  // MicrosoftDocs page "App Service Environment v3 and App Service public multitenant comparison"
  // (ms.date 04/02/2025) lists it among the multitenant tiers, for which VNet integration is supported. The newest stored regional
  // overview (07/21/2023) predates Premium v4 and names no tier list that excludes it.
  PremiumV4: 'supported',
  FlexConsumption: 'undocumented',
};

/**
 * Gateway-required integration. The 2023 pricing section lists Basic, Standard, Premium, Premium v2
 * and Premium v3; the current page (MicrosoftDocs azure-docs
 * articles/app-service/configure-gateway-required-vnet-integration.md, ms.date 01/30/2026) adds
 * Premium v4, which wins. Tiers neither names are undocumented, so reported as unverified.
 */
const GATEWAY: Record<PlanTier, TierSupport> = {
  Free: 'unsupported',
  Shared: 'unsupported',
  Consumption: 'unsupported',
  FlexConsumption: 'unsupported',
  Isolated: 'unsupported',
  IsolatedV2: 'unsupported',
  Basic: 'supported',
  Standard: 'supported',
  Premium: 'supported',
  PremiumV2: 'supported',
  PremiumV3: 'supported',
  PremiumMV3: 'supported',
  PremiumV4: 'supported',
  ElasticPremium: 'undocumented',
  WorkflowStandard: 'undocumented',
};

export function regionalSupportOf(tier: PlanTier): TierSupport {
  return REGIONAL[tier];
}

export function gatewaySupportOf(tier: PlanTier): TierSupport {
  return GATEWAY[tier];
}

/** Tier families that pass, for error messages that say what would be accepted. */
export function supportedTiers(form: 'regional' | 'gateway'): PlanTier[] {
  const table = form === 'regional' ? REGIONAL : GATEWAY;
  return (Object.keys(table) as PlanTier[]).filter((t) => table[t] === 'supported');
}

/** Example SKU names per tier, for messages. */
export const EXAMPLE_SKUS: Record<PlanTier, string> = {
  Free: 'F1',
  Shared: 'D1',
  Basic: 'B1',
  Standard: 'S1',
  Premium: 'P1',
  PremiumV2: 'P1v2',
  PremiumV3: 'P1v3',
  PremiumMV3: 'P1mv3',
  PremiumV4: 'P1v4',
  ElasticPremium: 'EP1',
  WorkflowStandard: 'WS1',
  Consumption: 'Y1',
  FlexConsumption: 'FC1',
  Isolated: 'I1',
  IsolatedV2: 'I1v2',
};
