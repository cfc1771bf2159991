import { RegionalIntegrationModel } from '../../model/inventory';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { blocksOf, cidrs, unreadable } from '../shared/blocks';

/** The integration subnet needs at least 32 addresses. */
export const R002_SUBNET_MINIMUM_SIZE: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R002',
  name: 'Regional.SubnetMinimumSize',
  level: 'error',
  scope: 'regional-integration',
  reads: [{ scope: 'regional-integration', path: 'subnet.addressPrefixes', kind: 'blocks', ipv6: 'ignored' }],
  source: { ...DOCS.overview, section: 'Regional VNet Integration (limitations: an unused /27 or larger subnet)' },
  summary: 'The integration subnet must be a /27 (32 addresses) or larger.',
  fix: 'Give the integration subnet a prefix length of /27 or shorter; /26 is recommended.',
  description:
    'Every plan instance takes one address from the integration subnet, and Azure keeps five addresses of every subnet for itself. The documents therefore set a floor: the subnet handed to App Service must offer at least 32 addresses, which is a /27. A smaller subnet is refused by the platform when the integration is created.',
  example: `new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet,
  subnetAddressPrefix: '10.0.4.0/27', // /27 is the smallest accepted; /26 is better
});`,
  check(s) {
    const b = blocksOf(s.subnet.addressPrefixes, 'integration subnet size');
    const out: Check[] = unreadable(b);
    if (out.length === 0 && b.ipv4.length === 0) {
      out.push(fail(`integration subnet ${s.subnet.label} has no IPv4 prefix${b.known.length > 0 ? ` (only ${cidrs(b.known)})` : ''}; App Service takes its addresses from IPv4. Accepted: an IPv4 prefix of /27 (32 addresses) or larger, /26 recommended`));
    }
    const small = b.ipv4.filter((x) => x.prefixLength > 27);
    if (small.length > 0) {
      out.push(fail(`integration subnet ${cidrs(small)} has ${small[0].size} addresses; accepted: /27 (32 addresses) or larger, /26 recommended`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
