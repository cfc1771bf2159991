import { isUnresolved } from '../../adapter/tokens';
import { isKnown, whyUnknown } from '../../model/fact';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { parseIpv4Cidr } from '../../net/cidr';
import { Check, fail, pass, unverified } from '../rule';

/** Checks every gateway subnet prefix against a largest allowed prefix length. */
export function checkGatewaySubnetSize(g: PointToSiteGatewayModel, maxPrefix: number, problem: string): Check[] {
  const f = g.gatewaySubnetPrefixes;
  // An adopted gateway already runs in its subnet: Azure checked the floor when it was created.
  if (!g.created && f.state === 'missing') return [pass()];
  if (!isKnown(f)) return [unverified(`${whyUnknown(f)}. Accepted: /${maxPrefix} or larger`)];
  const out: Check[] = [];
  for (const p of f.value) {
    if (isUnresolved(p)) {
      out.push(unverified(`a gateway subnet prefix is an unresolved token. Accepted: /${maxPrefix} or larger`));
      continue;
    }
    const r = parseIpv4Cidr(p);
    if (r.ok && r.block.prefixLength > maxPrefix) out.push(fail(`gateway subnet ${p} ${problem}; accepted: /${maxPrefix} or larger (for example a /27)`));
  }
  return out.length > 0 ? out : [pass()];
}
