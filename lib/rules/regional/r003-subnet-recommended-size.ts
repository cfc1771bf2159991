import { RegionalIntegrationModel } from '../../model/inventory';
import { DOCS, fail, pass, SubjectRule } from '../rule';
import { integrationSubnetBlocks, unreadable } from './subnet-blocks';

/** /26 is the recommended size: subnet size cannot change after assignment. */
export const R003_SUBNET_RECOMMENDED_SIZE: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R003',
  name: 'Regional.SubnetRecommendedSize',
  level: 'warning',
  scope: 'regional-integration',
  source: { ...DOCS.overview, section: 'Regional VNet Integration (subnet sizing: /26 recommended)' },
  summary: 'A /27 works, but /26 (64 addresses) is the recommended integration subnet size because it cannot be resized while in use.',
  fix: 'Use a /26 or larger integration subnet, or acknowledge the warning if the plan will never scale far.',
  description:
    'A subnet that is in use by an integration cannot be resized, so a subnet chosen too small later blocks scaling out. The overview recommends a /26 (64 addresses) as a size that leaves room for scale-out and for the temporary doubling during scale operations. A /27 still works, so this is a warning you may acknowledge for plans that stay small.',
  example: `new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet,
  subnetAddressPrefix: '10.0.4.0/26', // 64 addresses, the recommended size
});`,
  check(s) {
    const r = integrationSubnetBlocks(s.subnet);
    if (!r.ok) return [unreadable(r)];
    const b = r.blocks.find((x) => x.prefixLength > 26 && x.prefixLength <= 27);
    if (b) {
      return [fail(`integration subnet ${b.cidr} has ${b.size} addresses; recommended: /26 (64 addresses) or larger`)];
    }
    return [pass()];
  },
};
