import { Ipv4Block, parseIpv4Cidr } from '../../net/cidr';
import { isKnown, whyUnknown } from '../../model/fact';
import { SubnetModel, VnetModel } from '../../model/inventory';
import { Check, fail, unverified } from '../rule';

/** `malformed` separates bad input (a failure) from values that cannot be read yet (unverified). */
export type BlocksResult =
  | { ok: true; blocks: Ipv4Block[] }
  | { ok: false; malformed: boolean; reason: string };

/** The integration subnet's prefixes, parsed; a reason when they cannot be read. */
export function integrationSubnetBlocks(subnet: SubnetModel): BlocksResult {
  return parseList(subnet.addressPrefixes.state === 'known' ? subnet.addressPrefixes.value : undefined, () => whyUnknown(subnet.addressPrefixes), 'integration subnet prefix');
}

/** The VNet's address space, parsed; a reason when it cannot be read. */
export function vnetBlocks(vnet: VnetModel): BlocksResult {
  return parseList(isKnown(vnet.addressSpace) ? vnet.addressSpace.value : undefined, () => whyUnknown(vnet.addressSpace), 'virtual network address space');
}

function parseList(list: readonly string[] | undefined, why: () => string, what: string): BlocksResult {
  if (!list) return { ok: false, malformed: false, reason: `${what} cannot be checked: ${why()}` };
  if (list.length === 0) return { ok: false, malformed: true, reason: `${what} is empty` };
  const blocks: Ipv4Block[] = [];
  for (const text of list) {
    const r = parseIpv4Cidr(text);
    if (!r.ok) return { ok: false, malformed: true, reason: `${what} is malformed: ${r.reason}` };
    blocks.push(r.block);
  }
  return { ok: true, blocks };
}

/** Maps an unreadable result to the right check: malformed input fails, unknown input is unverified. */
export function unreadable(r: { malformed: boolean; reason: string }): Check {
  return r.malformed ? fail(r.reason) : unverified(r.reason);
}
