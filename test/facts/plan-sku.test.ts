import { EXAMPLE_SKUS, gatewaySupportOf, planTierOf, PlanTier, regionalSupportOf, supportedTiers } from '../../lib/facts/plan-sku';

describe('plan SKUs', () => {
  test.each([
    ['F1', 'Free'], ['f1', 'Free'], ['D1', 'Shared'], ['shared', 'Shared'], ['B1', 'Basic'], ['B3', 'Basic'], ['S2', 'Standard'],
    ['P1', 'Premium'], ['P3', 'Premium'], ['P2v2', 'PremiumV2'], ['P0v3', 'PremiumV3'], ['P3V3', 'PremiumV3'], ['P5mv3', 'PremiumMV3'],
    ['P0v4', 'PremiumV4'], ['P5mv4', 'PremiumV4'], ['EP3', 'ElasticPremium'], ['WS2', 'WorkflowStandard'], ['Y1', 'Consumption'],
    ['FC1', 'FlexConsumption'], ['I3', 'Isolated'], ['I6mv2', 'IsolatedV2'], ['I1v2', 'IsolatedV2'],
  ])('%s is %s', (sku, tier) => expect(planTierOf(sku)).toBe(tier));

  test.each(['', 'B4', 'S0', 'P4', 'P0v2', 'P4v3', 'P0mv3', 'P6v4', 'EP4', 'WS4', 'Y2', 'FC2', 'I4', 'I7v2', 'F1 ', 'xB1', 'B1x', 'P9x'])('%p is no known tier', (sku) => {
    expect(planTierOf(sku)).toBeUndefined();
  });

  test('regional integration: supported, unsupported and undocumented tiers', () => {
    expect(supportedTiers('regional')).toEqual(['Basic', 'Standard', 'Premium', 'PremiumV2', 'PremiumV3', 'PremiumMV3', 'ElasticPremium', 'WorkflowStandard', 'PremiumV4']);
    for (const t of ['Free', 'Shared', 'Consumption', 'Isolated', 'IsolatedV2'] as PlanTier[]) expect(regionalSupportOf(t)).toBe('unsupported');
    for (const t of ['FlexConsumption'] as PlanTier[]) expect(regionalSupportOf(t)).toBe('undocumented');
  });

  test('gateway-required integration: supported, unsupported and undocumented tiers', () => {
    expect(supportedTiers('gateway')).toEqual(['Basic', 'Standard', 'Premium', 'PremiumV2', 'PremiumV3', 'PremiumMV3', 'PremiumV4']);
    for (const t of ['Free', 'Shared', 'Consumption', 'FlexConsumption', 'Isolated', 'IsolatedV2'] as PlanTier[]) expect(gatewaySupportOf(t)).toBe('unsupported');
    for (const t of ['ElasticPremium', 'WorkflowStandard'] as PlanTier[]) expect(gatewaySupportOf(t)).toBe('undocumented');
  });

  test('every example SKU belongs to its tier', () => {
    for (const [tier, sku] of Object.entries(EXAMPLE_SKUS)) expect([sku, planTierOf(sku)]).toEqual([sku, tier]);
    expect(Object.keys(EXAMPLE_SKUS)).toHaveLength(15);
  });

  // One name per pattern (and per alternative): matched in any case, and only as the whole name.
  test.each([
    ['F1', 'Free'], ['D1', 'Shared'], ['SHARED', 'Shared'], ['B2', 'Basic'], ['S3', 'Standard'], ['P2', 'Premium'], ['P3v2', 'PremiumV2'],
    ['P2v3', 'PremiumV3'], ['P4mv3', 'PremiumMV3'], ['P2v4', 'PremiumV4'], ['P3mv4', 'PremiumV4'], ['EP2', 'ElasticPremium'],
    ['WS3', 'WorkflowStandard'], ['Y1', 'Consumption'], ['FC1', 'FlexConsumption'], ['I2', 'Isolated'], ['I4v2', 'IsolatedV2'], ['I5mv2', 'IsolatedV2'],
  ])('%s: %s in any case, and only as the whole name', (sku, tier) => {
    expect([planTierOf(sku), planTierOf(sku.toLowerCase()), planTierOf(sku.toUpperCase())]).toEqual([tier, tier, tier]);
    expect([planTierOf(`x${sku}`), planTierOf(`${sku}x`), planTierOf(`1${sku}`), planTierOf(`${sku}1`)]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
