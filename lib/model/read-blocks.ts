/** The reader of address blocks: lists of CIDR blocks, IPv4 or IPv6 (address spaces, prefixes, pools, routes). */
import { IpBlock, parseCidr } from '../net/cidr';
import { Fact } from './fact';
import { ListReading, readItems } from './reading';

const ACCEPTED = 'CIDR blocks such as "10.0.4.0/26" (or IPv6 such as "fd00:db8::/64")';

/** Reads a list of blocks element by element: each known (a parsed block), a token, or malformed with the reason. */
export function readBlocks(f: Fact<'blocks'>): ListReading<IpBlock> {
  return readItems(f, ACCEPTED, (v) => {
    const r = parseCidr(v);
    return r.ok ? { ok: true, value: r.block } : { ok: false, reason: r.reason };
  });
}
