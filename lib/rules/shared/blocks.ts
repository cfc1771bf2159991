/** Address blocks for rules: the known blocks of a fact, and the checks for elements that cannot be read. */
import { Fact } from '../../model/fact';
import { readBlocks } from '../../model/read-blocks';
import { IpBlock, Ipv4Block, ipv4Only } from '../../net/cidr';
import { Check, fail } from '../rule';
import { checkOfProblem } from './readings';

export interface Blocks {
  /** The blocks that are known, both families. */
  readonly known: readonly IpBlock[];
  /** The known IPv4 blocks. */
  readonly ipv4: readonly Ipv4Block[];
  /** A fail per malformed element (or for a value that is not a list), naming the value. */
  readonly malformed: readonly Check[];
  /** One unverified check when elements (or the whole list) are tokens or not given; undefined when all is known. */
  readonly unknown: Check | undefined;
}

/** Reads `f` through readBlocks; `what` names what the rule judges ("integration subnet size"). */
export function blocksOf(f: Fact<'blocks'>, what: string): Blocks {
  const r = readBlocks(f);
  if (r.state !== 'list') {
    const c = checkOfProblem(r, what);
    return { known: [], ipv4: [], malformed: c.kind === 'fail' ? [c] : [], unknown: c.kind === 'unverified' ? c : undefined };
  }
  return {
    known: r.known,
    ipv4: ipv4Only(r.known),
    malformed: r.malformed.map((m) => fail(`${what}: ${m.why}`)),
    unknown: r.unresolved.length > 0 ? checkOfProblem({ state: 'unresolved', origin: r.unresolved[0].origin, why: r.unresolved.map((u) => u.why).join('; ') }, what) : undefined,
  };
}

/** The checks that say a list could not be fully read (malformed first). */
export function unreadable(b: Blocks): Check[] {
  return [...b.malformed, ...(b.unknown ? [b.unknown] : [])];
}

export const cidrs = (blocks: readonly IpBlock[]): string => blocks.map((b) => b.cidr).join(', ');
