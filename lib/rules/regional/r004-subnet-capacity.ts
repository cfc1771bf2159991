import { usableSubnetAddresses } from '../../net/cidr';
import { RegionalIntegrationModel } from '../../model/inventory';
import { DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { expectedInstances, unknownInstances } from '../shared/instances';
import { integrationSubnetBlocks, unreadable } from './subnet-blocks';

/** Each plan instance takes one address of the integration subnet. */
export const R004_SUBNET_CAPACITY: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R004',
  name: 'Regional.SubnetCapacity',
  level: 'error',
  scope: 'regional-integration',
  source: {
    ...DOCS.overview,
    section: 'Regional VNet Integration (one address per plan instance; the subnet size cannot change after assignment)',
    versions: 'Only the 2019 page speaks to sizing. The 5 addresses Azure reserves in every subnet are a platform fact from the field notes (research.md), not from the documents.',
  },
  summary: 'The integration subnet must hold one address per plan instance, after the 5 addresses Azure reserves in every subnet.',
  fix: 'Use a larger integration subnet, or lower maxInstances, the plan worker count or the capacity maximum of the autoscale setting.',
  description:
    'Each instance of the plan holds one address in the integration subnet for as long as it runs. After the five addresses Azure reserves in every subnet, what is left bounds how far the plan can scale out; instances beyond that cannot join the network. The rule compares the largest instance count the app declares (maxInstances, worker count, elastic burst limit, or the capacity maximum of an autoscale setting on the plan) with the usable addresses; a count that is a token is reported as unverified.',
  example: `new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet,
  subnetAddressPrefix: '10.0.4.0/26', // 59 usable addresses
  maxInstances: 20,
});`,
  check(s, inv) {
    const expected = expectedInstances(s, inv);
    if (!expected) {
      const why = unknownInstances(s, inv);
      return why ? [unverified(`instances of plan ${s.plan.label} cannot be checked against the subnet: ${why}; give maxInstances to check them`)] : [];
    }
    const r = integrationSubnetBlocks(s.subnet);
    if (!r.ok) return [unreadable(r)];
    const usable = r.blocks.reduce((n, b) => n + usableSubnetAddresses(b), 0);
    if (expected.count > usable) {
      return [fail(`${expected.count} instances (${expected.from}) need ${expected.count} addresses but ${r.blocks.map((b) => b.cidr).join(', ')} has ${usable} usable (size minus 5 reserved by Azure); accepted: at most ${usable} instances, or a larger subnet`)];
    }
    return [pass()];
  },
};
