import { RegionalIntegrationModel } from '../../model/inventory';
import { Check, DOCS, fail, notApplicable, pass, SubjectRule } from '../rule';
import { blocksOf, unreadable } from '../shared/blocks';

/** /26 is the recommended size: subnet size cannot change after assignment. */
export const R003_SUBNET_RECOMMENDED_SIZE: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R003',
  name: 'Regional.SubnetRecommendedSize',
  level: 'warning',
  scope: 'regional-integration',
  reads: [{ scope: 'regional-integration', path: 'subnet.addressPrefixes', kind: 'blocks', ipv6: 'ignored' }],
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
    const b = blocksOf(s.subnet.addressPrefixes, 'integration subnet size');
    const out: Check[] = unreadable(b);
    const x = b.ipv4.find((y) => y.prefixLength > 26 && y.prefixLength <= 27);
    if (x) out.push(fail(`integration subnet ${x.cidr} has ${x.size} addresses; recommended: /26 (64 addresses) or larger`));
    // No IPv4 prefix at all is VNI-R002's to report.
    if (out.length === 0 && b.ipv4.length === 0) return [notApplicable(`integration subnet ${s.subnet.label} has no IPv4 prefix (see VNI-R002)`)];
    return out.length > 0 ? out : [pass()];
  },
};
