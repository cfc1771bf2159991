/**
 * IPv4 CIDR arithmetic for the rules and constructs.
 *
 * Parsing is delegated to `ipaddr.js`: it is small, has no dependencies, is maintained and is the
 * parser Express relies on, and it rejects out-of-range octets and prefix lengths. This module adds
 * only what Azure needs on top: a strict textual form (Azure rejects octal-looking or padded
 * addresses, ipaddr.js would read them as octal), host-bit detection, and range comparisons done on
 * plain numbers so that sorting thousands of ranges stays cheap.
 */
import * as ipaddr from 'ipaddr.js';

/** A parsed IPv4 block. `first` and `last` are the numeric first and last addresses. */
export interface Ipv4Block {
  readonly cidr: string;
  readonly prefixLength: number;
  readonly first: number;
  readonly last: number;
  /** Number of addresses in the block, 2^(32 - prefixLength). */
  readonly size: number;
}

export type CidrParseResult =
  | { readonly ok: true; readonly block: Ipv4Block }
  | { readonly ok: false; readonly reason: string };

const STRICT_FORM = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

function toNumber(address: ipaddr.IPv4): number {
  const [a, b, c, d] = address.toByteArray();
  // Multiplication keeps the value positive; bit shifts would overflow into negative int32.
  return ((a * 256 + b) * 256 + c) * 256 + d;
}

/** Parses `text` as an IPv4 CIDR block the way Azure expects it written. */
export function parseIpv4Cidr(text: unknown): CidrParseResult {
  if (typeof text !== 'string') {
    return { ok: false, reason: `expected a CIDR string such as "10.0.0.0/24", got ${describe(text)}` };
  }
  if (text.trim() !== text || text.length === 0) {
    return { ok: false, reason: `"${text}" has leading or trailing whitespace or is empty` };
  }
  if (text.includes(':')) {
    return { ok: false, reason: `"${text}" is IPv6; only IPv4 blocks are supported here` };
  }
  const m = STRICT_FORM.exec(text);
  if (!m) {
    return { ok: false, reason: `"${text}" is not written as a.b.c.d/n` };
  }
  if (m.slice(1, 6).some((part) => part.length > 1 && part.startsWith('0'))) {
    return { ok: false, reason: `"${text}" has a leading zero in an octet or prefix length` };
  }
  let parsed: [ipaddr.IPv4, number];
  try {
    parsed = ipaddr.IPv4.parseCIDR(text);
  } catch (e) {
    return { ok: false, reason: `"${text}" is not a valid IPv4 block (${(e as Error).message.replace(/^ipaddr: /, '')})` };
  }
  const [address, prefixLength] = parsed;
  const network = ipaddr.IPv4.networkAddressFromCIDR(text);
  if (network.toString() !== address.toString()) {
    return {
      ok: false,
      reason: `"${text}" has host bits set; the block starts at ${network.toString()}/${prefixLength}`,
    };
  }
  const first = toNumber(network);
  const size = 2 ** (32 - prefixLength);
  return { ok: true, block: { cidr: text, prefixLength, first, last: first + size - 1, size } };
}

/** Parses or throws an Error carrying the reason. */
export function mustParseIpv4Cidr(text: string): Ipv4Block {
  const r = parseIpv4Cidr(text);
  if (!r.ok) {
    throw new Error(r.reason);
  }
  return r.block;
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Ipv4Block, inner: Ipv4Block): boolean {
  return inner.first >= outer.first && inner.last <= outer.last;
}

/** True when the two blocks share at least one address. */
export function overlaps(a: Ipv4Block, b: Ipv4Block): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** True when `inner` lies entirely inside one of `outers`. */
export function containedInAny(outers: readonly Ipv4Block[], inner: Ipv4Block): boolean {
  return outers.some((o) => contains(o, inner));
}

/** The private (RFC 1918) blocks. */
export const RFC1918_BLOCKS: readonly Ipv4Block[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(mustParseIpv4Cidr);

/** True when the whole block lies inside one RFC 1918 block. */
export function isRfc1918(block: Ipv4Block): boolean {
  return containedInAny(RFC1918_BLOCKS, block);
}

/** Azure keeps five addresses of every subnet for itself. */
export const AZURE_RESERVED_ADDRESSES_PER_SUBNET = 5;

/** Addresses left for workloads in a subnet of this block. */
export function usableSubnetAddresses(block: Ipv4Block): number {
  return Math.max(0, block.size - AZURE_RESERVED_ADDRESSES_PER_SUBNET);
}

/** A range with an owner, for overlap detection across many owners. */
export interface OwnedBlock<T> {
  readonly block: Ipv4Block;
  readonly owner: T;
}

/** Two owned blocks that share addresses. */
export interface Overlap<T> {
  readonly first: OwnedBlock<T>;
  readonly second: OwnedBlock<T>;
}

/**
 * Finds overlapping blocks with one sort and one sweep, O(n log n), never all pairs.
 *
 * Each block that overlaps anything seen before it is reported once, paired with the earlier block
 * that reaches furthest. That names every offending block without listing every pair, which is what
 * an error message needs. `sameGroup` can exempt pairs that are allowed to overlap (for example the
 * same range declared twice by one owner).
 */
export function findOverlaps<T>(
  blocks: readonly OwnedBlock<T>[],
  sameGroup?: (a: T, b: T) => boolean,
): Overlap<T>[] {
  const sorted = [...blocks].sort((a, b) => a.block.first - b.block.first || b.block.last - a.block.last);
  const result: Overlap<T>[] = [];
  let reach: OwnedBlock<T> | undefined;
  for (const current of sorted) {
    if (reach && current.block.first <= reach.block.last) {
      if (!sameGroup || !sameGroup(reach.owner, current.owner)) {
        result.push({ first: reach, second: current });
      }
    }
    if (!reach || current.block.last > reach.block.last) {
      reach = current;
    }
  }
  return result;
}

function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'object') return Array.isArray(v) ? 'an array' : 'an object';
  return `${typeof v} ${String(v)}`;
}

/** Dotted form of a numeric IPv4 address (as in `Ipv4Block.first` / `last`). */
export function addressToString(n: number): string {
  const bytes = [Math.floor(n / 16777216) % 256, Math.floor(n / 65536) % 256, Math.floor(n / 256) % 256, n % 256];
  return ipaddr.fromByteArray(bytes).toString();
}
