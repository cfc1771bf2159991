/**
 * The shape of a rule. A rule is a small pure function over the plain model (see lib/model), plus
 * the facts that identify it: a stable ID, a readable name, a level, where the documents say so,
 * and how to fix a finding.
 */
import type { FactKind } from '../model/fact';
import { Inventory } from '../model/inventory';

/** Error: the documents forbid it; synthesis fails. Warning: risky or not recommended. */
export type RuleLevel = 'error' | 'warning';

/** Where a rule comes from. */
export interface RuleSource {
  /** Title of the Microsoft document. */
  readonly document: string;
  /** Section of that document. */
  readonly section: string;
  /** Public Microsoft Learn page. */
  readonly url: string;
  /** Which versions of the document disagree and which one the rule follows. */
  readonly versions?: string;
}

/** What a rule is judged on: one subject of a kind, or the whole inventory (cross-construct rules). */
export type RuleScope = 'regional-integration' | 'gateway-integration' | 'point-to-site-gateway' | 'peering' | 'inventory';

/**
 * The result of one check. Subject rules leave `path` out; the engine fills it in.
 * - pass: the rule judged the subject and it complies;
 * - fail: it does not (an error or a warning, by the rule's level);
 * - unverified: a fact the rule needs is a token or was not given, so it cannot judge;
 * - not-applicable: the subject has nothing this rule is about (a plain peering for a transit
 *   rule, no instance count for a capacity rule); the message says why. Never an error or warning.
 */
export type Check =
  | { readonly kind: 'pass'; readonly path?: string }
  | { readonly kind: 'fail'; readonly path?: string; readonly message: string }
  | { readonly kind: 'unverified'; readonly path?: string; readonly message: string }
  | { readonly kind: 'not-applicable'; readonly path?: string; readonly message: string };

/** Where a fact a rule reads sits: in a subject of a scope, or in a part of the tree scan. */
export type ReadScope = Exclude<RuleScope, 'inventory'> | 'tree-subnet' | 'inline-subnet' | 'autoscale-setting';

/**
 * One fact a rule reads. The catalog's declarations drive test/rules/fact-inputs.test.ts, which
 * runs the rule with the fact as a token, malformed, missing and (blocks) with an IPv6 block added.
 */
export interface FactRead {
  readonly scope: ReadScope;
  /** Dot path from the subject to the fact: "subnet.addressPrefixes", "sides.0.allowGatewayTransit". */
  readonly path: string;
  readonly kind: FactKind;
  /**
   * Blocks only: what an IPv6 block added beside the IPv4 ones does. 'ignored': nothing changes
   * (IPv4 rules leave IPv6 out; overlap compares within a family); 'fail': the rule fails naming it.
   */
  readonly ipv6?: 'ignored' | 'fail';
  /**
   * Lists only: the rule asks whether the list has elements, not what they are, so a list that
   * holds a token element is judged (it has one); a list token as a whole is still unverified.
   */
  readonly presenceOnly?: boolean;
  /**
   * The rest of the subject (or, for keys starting with "/", of the inventory) when the rule reads
   * this fact, if that differs from a compliant baseline: a fact read only while route-all is off
   * says `{ routeAllTraffic: ... }`. Values are what the path holds (facts, booleans, lists).
   */
  readonly when?: Readonly<Record<string, unknown>>;
}

export interface RuleInfo {
  readonly id: string;
  readonly name: string;
  readonly level: RuleLevel;
  /** Errors only: a newer platform release lifted the limit, so an override with a reason is allowed. */
  readonly overridable?: boolean;
  readonly source: RuleSource;
  /** One sentence: what the rule guards against. */
  readonly summary: string;
  /** What to change so the rule passes. */
  readonly fix: string;
  /** A paragraph for the rule's doc page: why the platform behaves this way. */
  readonly description?: string;
  /** A compliant cdktf TypeScript snippet for the rule's doc page. */
  readonly example?: string;
  /** The facts the rule reads (see FactRead). */
  readonly reads: readonly FactRead[];
  /** For a rule that reads no fact: why (it compares resource keys, or judges something the construct knows). */
  readonly readsNoFacts?: string;
}

export interface SubjectRule<S> extends RuleInfo {
  readonly scope: Exclude<RuleScope, 'inventory'>;
  check(subject: S, inventory: Inventory): Check[];
}

export interface InventoryRule extends RuleInfo {
  readonly scope: 'inventory';
  /** Every check must carry the construct path it is about. */
  check(inventory: Inventory): Check[];
}

export type Rule = SubjectRule<any> | InventoryRule;

export const pass = (path?: string): Check => ({ kind: 'pass', path });
export const fail = (message: string, path?: string): Check => ({ kind: 'fail', message, path });
export const unverified = (message: string, path?: string): Check => ({ kind: 'unverified', message, path });
export const notApplicable = (message: string, path?: string): Check => ({ kind: 'not-applicable', message, path });

/** Public Microsoft Learn pages the documents correspond to. */
export const DOCS = {
  overview: {
    document: 'Integrate your app with an Azure Virtual Network',
    url: 'https://learn.microsoft.com/azure/app-service/overview-vnet-integration',
  },
  gateway: {
    document: 'Configure gateway-required virtual network integration',
    url: 'https://learn.microsoft.com/azure/app-service/configure-gateway-required-vnet-integration',
  },
  features: {
    document: 'App Service networking features',
    url: 'https://learn.microsoft.com/azure/app-service/networking-features',
  },
  preview2015: {
    document: 'Integrate a web app with an Azure Virtual Network (2015 preview)',
    url: 'https://learn.microsoft.com/azure/app-service/overview-vnet-integration',
  },
} as const;
