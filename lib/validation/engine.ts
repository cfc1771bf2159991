/**
 * Runs rules over an inventory and turns their checks into findings. Pure: no cdktf here, so the
 * whole engine is testable with plain objects.
 */
import { Inventory } from '../model/inventory';
import { Check, Rule, RuleLevel, RuleScope } from '../rules/rule';

/**
 * How one rule came out on one construct. 'not-applicable' (the construct has nothing the rule is
 * about) is reported with its reason but never warns, fails or needs acknowledging.
 */
export type Outcome = 'pass' | 'warning' | 'error' | 'acknowledged' | 'overridden' | 'unverified' | 'not-applicable';

export interface Finding {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly level: RuleLevel;
  readonly outcome: Outcome;
  /** Construct path the finding is about. */
  readonly path: string;
  /** Full message: rule ID, what is wrong, what is accepted, the fix and the source. */
  readonly message: string;
  /** Reason given when the finding was acknowledged or overridden. */
  readonly reason?: string;
  /** Rule page in this package and the Microsoft Learn page. */
  readonly docLink: string;
}

/** A user's decision about a rule on a construct subtree. */
export interface Suppression {
  readonly ruleId: string;
  readonly reason: string;
  readonly kind: 'acknowledge' | 'override';
}

/** The subjects a scoped rule runs over. Later capabilities add their scopes here. */
export function subjectsOf(inv: Inventory, scope: RuleScope): { path: string }[] {
  switch (scope) {
    case 'regional-integration':
      return [...inv.regional];
    case 'gateway-integration':
      return [...inv.gatewayIntegrations];
    case 'point-to-site-gateway':
      return [...inv.gateways];
    case 'peering':
      return [...inv.peerings];
    case 'inventory':
      return [];
  }
}

export function ruleDocPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** Runs every rule; `suppressionsFor` returns what applies to a path (its own and inherited). */
export function evaluate(
  inv: Inventory,
  rules: readonly Rule[],
  suppressionsFor: (path: string) => readonly Suppression[],
): Finding[] {
  const findings: Finding[] = [];
  // Every rule asks about the same few thousand paths; look each one up once. Passes never need it.
  const byPath = new Map<string, readonly Suppression[]>();
  const suppressions = (c: Check, path: string): readonly Suppression[] => {
    if (c.kind === 'pass' || c.kind === 'not-applicable') return NONE;
    let s = byPath.get(path);
    if (s === undefined) {
      s = suppressionsFor(path);
      byPath.set(path, s);
    }
    return s;
  };
  for (const rule of rules) {
    if (rule.scope === 'inventory') {
      for (const c of rule.check(inv)) {
        if (!c.path) throw new Error(`rule ${rule.id} returned a check without a construct path`);
        findings.push(toFinding(rule, c, c.path, suppressions(c, c.path)));
      }
    } else {
      for (const subject of subjectsOf(inv, rule.scope)) {
        const checks = rule.check(subject, inv);
        // Silence is never an outcome: a rule says pass, fail, unverified or not applicable.
        if (checks.length === 0) throw new Error(`rule ${rule.id} returned no check for ${subject.path}`);
        for (const c of checks) {
          const path = c.path ?? subject.path;
          findings.push(toFinding(rule, c, path, suppressions(c, path)));
        }
      }
    }
  }
  return findings;
}

const NONE: readonly Suppression[] = [];

/** Strings all findings of one rule share, built once per rule rather than once per subject. */
const SHARED = new WeakMap<Rule, { readonly docLink: string; readonly passMessage: string }>();

function sharedOf(rule: Rule): { readonly docLink: string; readonly passMessage: string } {
  let s = SHARED.get(rule);
  if (!s) {
    s = { docLink: `${ruleDocPath(rule.id)} | ${rule.source.url}`, passMessage: `[${rule.id}] ${rule.name}: passed` };
    SHARED.set(rule, s);
  }
  return s;
}

function toFinding(rule: Rule, c: Check, path: string, suppressions: readonly Suppression[]): Finding {
  const shared = sharedOf(rule);
  const docLink = shared.docLink;
  if (c.kind === 'pass') {
    return { ruleId: rule.id, ruleName: rule.name, level: rule.level, path, docLink, outcome: 'pass', message: shared.passMessage };
  }
  const base = { ruleId: rule.id, ruleName: rule.name, level: rule.level, path, docLink };
  if (c.kind === 'not-applicable') return { ...base, outcome: 'not-applicable', message: `[${rule.id}] ${rule.name} (not applicable): ${c.message}. Construct: ${path}.` };
  const ack = suppressions.find((s) => s.ruleId === rule.id && s.kind === 'acknowledge');
  const message = formatMessage(rule, c, path);
  if (c.kind === 'unverified') {
    return ack ? { ...base, outcome: 'acknowledged', message, reason: ack.reason } : { ...base, outcome: 'unverified', message };
  }
  if (rule.level === 'warning') {
    return ack ? { ...base, outcome: 'acknowledged', message, reason: ack.reason } : { ...base, outcome: 'warning', message };
  }
  const override = rule.overridable ? suppressions.find((s) => s.ruleId === rule.id && s.kind === 'override') : undefined;
  return override ? { ...base, outcome: 'overridden', message, reason: override.reason } : { ...base, outcome: 'error', message };
}

/** `[ID] Name (unverified): what. Fix: how. Construct: path. Source: document, section (url).` */
export function formatMessage(rule: Rule, c: Exclude<Check, { kind: 'pass' | 'not-applicable' }>, path: string): string {
  const tag = c.kind === 'unverified' ? ' (unverified)' : '';
  return `[${rule.id}] ${rule.name}${tag}: ${c.message}. Fix: ${rule.fix} Construct: ${path}. Source: "${rule.source.document}", ${rule.source.section} (${rule.source.url}); see ${ruleDocPath(rule.id)}.`;
}
