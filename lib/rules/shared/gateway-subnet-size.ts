/** The size check of a gateway's GatewaySubnet, shared by VNI-G017 (the floor) and VNI-G018 (the recommendation). */
import { PointToSiteGatewayModel } from '../../model/gateway';
import { Check, fail, pass, unverified } from '../rule';
import { blocksOf, unreadable } from './blocks';

/**
 * Every IPv4 prefix of the gateway subnet must be `maxPrefix` or larger. `whenAdoptedUnstated` is
 * what an adopted gateway whose subnet prefixes were not given gets: 'pass' when the existing
 * gateway proves it (Azure refused smaller subnets when it was created), else 'unverified'.
 */
export function checkGatewaySubnetSize(g: PointToSiteGatewayModel, maxPrefix: number, problem: string, whenAdoptedUnstated: 'pass' | 'unverified'): Check[] {
  const f = g.gatewaySubnetPrefixes;
  if (!g.created && f.state === 'missing') {
    return whenAdoptedUnstated === 'pass' ? [pass()] : [unverified(`gateway subnet size cannot be checked: ${f.label} was not given. Accepted: /${maxPrefix} or larger`)];
  }
  const b = blocksOf(f, 'gateway subnet size');
  const out: Check[] = unreadable(b);
  for (const x of b.ipv4) {
    if (x.prefixLength > maxPrefix) out.push(fail(`gateway subnet ${x.cidr} ${problem}; accepted: /${maxPrefix} or larger (for example a /27)`));
  }
  if (out.length === 0 && b.ipv4.length === 0) out.push(fail(`gateway subnet has no IPv4 prefix; accepted: an IPv4 prefix of /${maxPrefix} or larger (for example a /27)`));
  return out.length > 0 ? out : [pass()];
}
