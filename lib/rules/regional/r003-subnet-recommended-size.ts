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
