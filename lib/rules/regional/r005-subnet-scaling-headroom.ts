import { usableSubnetAddresses } from '../../net/cidr';
import { RegionalIntegrationModel } from '../../model/inventory';
import { DOCS, fail, pass, SubjectRule } from '../rule';
import { expectedInstances } from '../shared/instances';
import { integrationSubnetBlocks, unreadable } from './subnet-blocks';

/** Scaling the plan up or down needs twice the addresses for a short while. */
export const R005_SUBNET_SCALING_HEADROOM: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R005',
  name: 'Regional.SubnetScalingHeadroom',
  level: 'warning',
  scope: 'regional-integration',
  source: {
    ...DOCS.overview,
    section: 'Regional VNet Integration (scaling the plan up or down needs twice the addresses for a short time)',
    versions: 'Only the 2019 page speaks to it. Usable addresses are the subnet size minus the 5 Azure reserves (field notes, research.md); the rule warns when twice the instances exceed them.',
  },
  summary: 'While a plan scales up or down it briefly needs twice as many addresses as it has instances.',
  fix: 'Size the integration subnet for twice the instance count plus the 5 reserved addresses.',
  description:
    'When a plan changes size or tier, the platform brings up the new workers before it releases the old ones, so for a short time the subnet must hold addresses for both sets. A subnet that fits the steady instance count but not twice that count can make scale operations fail. Leave room for double the instances plus the reserved addresses, or acknowledge the warning if the plan is never scaled.',
  example: `new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet,
  subnetAddressPrefix: '10.0.4.0/26', // 59 usable >= 2 x 20 instances
  maxInstances: 20,
});`,
  check(s, inv) {
    const expected = expectedInstances(s, inv);
    if (!expected) return [];
    const r = integrationSubnetBlocks(s.subnet);
    if (!r.ok) return [unreadable(r)];
    const usable = r.blocks.reduce((n, b) => n + usableSubnetAddresses(b), 0);
    if (expected.count <= usable && expected.count * 2 > usable) {
      return [fail(`${expected.count} instances (${expected.from}) need ${expected.count * 2} addresses while the plan scales, but ${r.blocks.map((b) => b.cidr).join(', ')} has ${usable} usable; recommended: at most ${Math.floor(usable / 2)} instances, or a larger subnet`)];
    }
    return [pass()];
  },
};
