/** Address blocks of a network, parsed; entries that do not parse are left to the syntax checks. */
import { Ipv4Block, parseIpv4Cidr } from '../../net/cidr';

export function blocksOf(prefixes: readonly string[]): Ipv4Block[] {
  const out: Ipv4Block[] = [];
  for (const p of prefixes) {
    const r = parseIpv4Cidr(p);
    if (r.ok) out.push(r.block);
  }
  return out;
}
