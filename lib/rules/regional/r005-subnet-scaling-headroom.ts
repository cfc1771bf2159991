import { usableSubnetAddresses } from '../../net/cidr';
import { RegionalIntegrationModel } from '../../model/inventory';
import { Check, DOCS, fail, notApplicable, pass, SubjectRule } from '../rule';
import { unset } from '../../model/fact';
import { blocksOf, cidrs, unreadable } from '../shared/blocks';
import { instancesOf } from '../shared/instances';

/** Scaling the plan up or down needs twice the addresses for a short while. */
export const R005_SUBNET_SCALING_HEADROOM: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R005',
  name: 'Regional.SubnetScalingHeadroom',
  level: 'warning',
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
    const n = instancesOf(s, inv);
    if (n.state === 'none') return [notApplicable(`no instance count is configured for plan ${s.plan.label} (maxInstances, worker_count, maximum_elastic_worker_count or an autoscale setting)`)];
    const b = blocksOf(s.subnet.addressPrefixes, 'subnet headroom while scaling');
    const out: Check[] = [...unreadable(b), ...n.checks];
    if (n.state === 'known' && !b.unknown && b.malformed.length === 0 && b.ipv4.length > 0) {
      const usable = b.ipv4.reduce((sum, x) => sum + usableSubnetAddresses(x), 0);
      if (n.count <= usable && n.count * 2 > usable) {
        out.push(fail(`${n.count} instances (${n.from}) need ${n.count * 2} addresses while the plan scales, but ${cidrs(b.ipv4)} has ${usable} usable; recommended: at most ${Math.floor(usable / 2)} instances, or a larger subnet`));
      }
    }
    return out.length > 0 ? out : [pass()];
  },
};
