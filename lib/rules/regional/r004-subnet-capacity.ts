import { usableSubnetAddresses } from '../../net/cidr';
import { RegionalIntegrationModel } from '../../model/inventory';
import { Check, DOCS, fail, notApplicable, pass, SubjectRule } from '../rule';
import { unset } from '../../model/fact';
import { blocksOf, cidrs, unreadable } from '../shared/blocks';
import { instancesOf } from '../shared/instances';

/** Each plan instance takes one address of the integration subnet. */
export const R004_SUBNET_CAPACITY: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R004',
  name: 'Regional.SubnetCapacity',
  level: 'error',
  scope: 'regional-integration',
  reads: [
    { scope: 'regional-integration', path: 'subnet.addressPrefixes', kind: 'blocks', ipv6: 'ignored' },
    { scope: 'regional-integration', path: 'maxInstances', kind: 'number' },
    { scope: 'regional-integration', path: 'plan.workerCount', kind: 'number', when: { maxInstances: unset('maxInstances') } },
    { scope: 'regional-integration', path: 'plan.maximumElasticWorkerCount', kind: 'number', when: { maxInstances: unset('maxInstances') } },
    { scope: 'autoscale-setting', path: 'maximum', kind: 'number', when: { '/regional.0.maxInstances': unset('maxInstances') } },
  ],
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
    const n = instancesOf(s, inv);
    if (n.state === 'none') return [notApplicable(`no instance count is configured for plan ${s.plan.label} (maxInstances, worker_count, maximum_elastic_worker_count or an autoscale setting)`)];
    const b = blocksOf(s.subnet.addressPrefixes, 'subnet capacity');
    const out: Check[] = [...unreadable(b), ...n.checks];
    if (n.state === 'known' && !b.unknown && b.malformed.length === 0 && b.ipv4.length > 0) {
      const usable = b.ipv4.reduce((sum, x) => sum + usableSubnetAddresses(x), 0);
      if (n.count > usable) {
        out.push(fail(`${n.count} instances (${n.from}) need ${n.count} addresses but ${cidrs(b.ipv4)} has ${usable} usable (size minus 5 reserved by Azure); accepted: at most ${usable} instances, or a larger subnet`));
      }
    }
    return out.length > 0 ? out : [pass()];
  },
};
