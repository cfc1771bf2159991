/**
 * CIDR arithmetic for the rules and constructs: IPv4 and IPv6.
 *
 * Parsing is delegated to `ipaddr.js`: it is small, has no dependencies, is maintained and is the
 * parser Express relies on, and it rejects out-of-range octets, groups and prefix lengths. This
 * module adds only what Azure needs on top: a strict textual form for IPv4 (Azure rejects
 * octal-looking or padded addresses, ipaddr.js would read them as octal), host-bit detection, and
 * range comparisons done on plain numbers (IPv4) or BigInts (IPv6) so that sorting thousands of
 * ranges stays cheap. Blocks of different families never contain or overlap each other: a
 * dual-stack network's IPv6 space is compared with IPv6 blocks only.
 */
import * as ipaddr from 'ipaddr.js';
import { quote, truncate } from '../text/describe-value';

/** A parsed IPv4 block. `first` and `last` are the numeric first and last addresses. */
export interface Ipv4Block {
  readonly family: 'ipv4';
  readonly cidr: string;
  readonly prefixLength: number;
  readonly first: number;
  readonly last: number;
  /** Number of addresses in the block, 2^(32 - prefixLength). */
  readonly size: number;
}

/** A parsed IPv6 block; `first`, `last` and `size` are BigInts (128-bit addresses). */
export interface Ipv6Block {
  readonly family: 'ipv6';
  readonly cidr: string;
  readonly prefixLength: number;
  readonly first: bigint;
  readonly last: bigint;
  readonly size: bigint;
}

/** A block of either family. */
export type IpBlock = Ipv4Block | Ipv6Block;

export type CidrParseResult =
  | { readonly ok: true; readonly block: Ipv4Block }
  | { readonly ok: false; readonly reason: string };

export type AnyCidrParseResult =
  | { readonly ok: true; readonly block: IpBlock }
  | { readonly ok: false; readonly reason: string };

const STRICT_FORM = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

function toNumber(address: ipaddr.IPv4): number {
  const [a, b, c, d] = address.toByteArray();
  // Multiplication keeps the value positive; bit shifts would overflow into negative int32.
  return ((a * 256 + b) * 256 + c) * 256 + d;
}

/**
 * Results by text: the rules read the same prefixes many times in one synthesis (size, capacity,
 * containment, overlap). Results are immutable. Cleared when full, so memory stays bounded.
 */
const PARSED = new Map<string, CidrParseResult>();
const PARSED_LIMIT = 100_000;

/** Parses `text` as an IPv4 CIDR block the way Azure expects it written. */
export function parseIpv4Cidr(text: unknown): CidrParseResult {
  if (typeof text !== 'string') return parseUncached(text);
  let r = PARSED.get(text);
  if (r === undefined) {
    r = parseUncached(text);
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    PARSED.set(text, r);
  }
  return r;
}

function parseUncached(text: unknown): CidrParseResult {
  if (typeof text !== 'string') {
    return { ok: false, reason: `expected a CIDR string such as "10.0.0.0/24", got ${describe(text)}` };
  }
  if (text.trim() !== text || text.length === 0) {
    return { ok: false, reason: `${quote(text)} has leading or trailing whitespace or is empty` };
  }
  if (text.includes(':')) {
    return { ok: false, reason: `${quote(text)} is IPv6; only IPv4 blocks are supported here` };
  }
  const m = STRICT_FORM.exec(text);
  if (!m) {
    return { ok: false, reason: `${quote(text)} is not written as a.b.c.d/n` };
  }
  if (m.slice(1, 6).some((part) => part.length > 1 && part.startsWith('0'))) {
    return { ok: false, reason: `${quote(text)} has a leading zero in an octet or prefix length` };
  }
  let parsed: [ipaddr.IPv4, number];
  try {
    parsed = ipaddr.IPv4.parseCIDR(text);
  } catch (e) {
    return { ok: false, reason: `${quote(text)} is not a valid IPv4 block (${(e as Error).message.replace(/^ipaddr: /, '')})` };
  }
  const [address, prefixLength] = parsed;
  const network = ipaddr.IPv4.networkAddressFromCIDR(text);
  if (network.toString() !== address.toString()) {
    return {
      ok: false,
      reason: `${quote(text)} has host bits set; the block starts at ${network.toString()}/${prefixLength}`,
    };
  }
  const first = toNumber(network);
  const size = 2 ** (32 - prefixLength);
  return { ok: true, block: Object.freeze({ family: 'ipv4', cidr: text, prefixLength, first, last: first + size - 1, size }) };
}

const IPV6_FORM = /^[0-9A-Fa-f:.]+\/\d{1,3}$/;

/** Parses `text` as an IPv6 CIDR block (no zone index, no host bits). */
export function parseIpv6Cidr(text: unknown): { readonly ok: true; readonly block: Ipv6Block } | { readonly ok: false; readonly reason: string } {
  if (typeof text !== 'string') return { ok: false, reason: `expected an IPv6 CIDR string such as "fd00:db8::/64", got ${describe(text)}` };
  if (!IPV6_FORM.test(text) || !text.includes(':')) return { ok: false, reason: `${quote(text)} is not written as an IPv6 block such as "fd00:db8::/64"` };
  let parsed: [ipaddr.IPv6, number];
  try {
    parsed = ipaddr.IPv6.parseCIDR(text);
  } catch (e) {
    return { ok: false, reason: `${quote(text)} is not a valid IPv6 block (${(e as Error).message.replace(/^ipaddr: /, '')})` };
  }
  const [address, prefixLength] = parsed;
  const network = ipaddr.IPv6.networkAddressFromCIDR(text);
  if (network.toNormalizedString() !== address.toNormalizedString()) {
    return { ok: false, reason: `${quote(text)} has host bits set; the block starts at ${network.toString()}/${prefixLength}` };
  }
  let first = 0n;
  for (const byte of network.toByteArray()) first = first * 256n + BigInt(byte);
  const size = 1n << BigInt(128 - prefixLength);
  return { ok: true, block: Object.freeze({ family: 'ipv6', cidr: text, prefixLength, first, last: first + size - 1n, size }) };
}

/** Parses `text` as a block of either family: IPv6 when it holds a ":", else IPv4 written strictly. */
export function parseCidr(text: unknown): AnyCidrParseResult {
  return typeof text === 'string' && text.includes(':') && text.trim() === text ? parseIpv6Cidr(text) : parseIpv4Cidr(text);
}

/**
 * The block of `prefixLength` that starts at the numeric address `first`, written as "a.b.c.d/n".
 * Throws when `first` is not a whole IPv4 address or is not aligned to the prefix length.
 */
export function formatIpv4Block(first: number, prefixLength: number): string {
  if (!Number.isInteger(first) || first < 0 || first > 0xffffffff) throw new Error(`${first} is not an IPv4 address`);
  if (!Number.isInteger(prefixLength) || prefixLength < 0 || prefixLength > 32) throw new Error(`${prefixLength} is not a prefix length`);
  if (first % 2 ** (32 - prefixLength) !== 0) throw new Error(`${first} is not aligned to /${prefixLength}`);
  const octets = [first / 16777216, first / 65536, first / 256, first].map((x) => Math.floor(x) % 256);
  return `${octets.join('.')}/${prefixLength}`;
}

/** Parses or throws an Error carrying the reason. */
export function mustParseIpv4Cidr(text: string): Ipv4Block {
  const r = parseIpv4Cidr(text);
  if (!r.ok) {
    throw new Error(r.reason);
  }
  return r.block;
}

/** True when `inner` lies entirely inside `outer` (never across families). */
export function contains(outer: IpBlock, inner: IpBlock): boolean {
  if (outer.family !== inner.family) return false;
  return inner.first >= outer.first && inner.last <= outer.last;
}

/** True when the two blocks share at least one address (never across families). */
export function overlaps(a: IpBlock, b: IpBlock): boolean {
  if (a.family !== b.family) return false;
  return a.first <= b.last && b.first <= a.last;
}

/** True when `inner` lies entirely inside one of `outers`. */
export function containedInAny(outers: readonly IpBlock[], inner: IpBlock): boolean {
  return outers.some((o) => contains(o, inner));
}

/** The IPv4 blocks of a list. */
export function ipv4Only(blocks: readonly IpBlock[]): Ipv4Block[] {
  return blocks.filter((b): b is Ipv4Block => b.family === 'ipv4');
}

/** The private (RFC 1918) blocks. */
export const RFC1918_BLOCKS: readonly Ipv4Block[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(mustParseIpv4Cidr);

/** True when the whole block lies inside one RFC 1918 block. */
export function isRfc1918(block: IpBlock): boolean {
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
  readonly block: IpBlock;
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
  // Each family on its own: an IPv6 block never overlaps an IPv4 one.
  return [...sweep(blocks.filter((b) => b.block.family === 'ipv4'), sameGroup), ...sweep(blocks.filter((b) => b.block.family === 'ipv6'), sameGroup)];
}

function sweep<T>(blocks: readonly OwnedBlock<T>[], sameGroup?: (a: T, b: T) => boolean): Overlap<T>[] {
  const cmp = (x: number | bigint, y: number | bigint) => (x < y ? -1 : x > y ? 1 : 0);
  const sorted = [...blocks].sort((a, b) => cmp(a.block.first, b.block.first) || cmp(b.block.last, a.block.last));
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
  if (typeof v === 'symbol' || typeof v === 'function') return typeof v;
  return `${typeof v} ${truncate(String(v))}`;
}

/** Dotted form of a numeric IPv4 address (as in `Ipv4Block.first` / `last`). */
export function addressToString(n: number): string {
  const bytes = [Math.floor(n / 16777216) % 256, Math.floor(n / 65536) % 256, Math.floor(n / 256) % 256, n % 256];
  return ipaddr.fromByteArray(bytes).toString();
}
