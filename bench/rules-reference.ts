/**
 * The reference the per-rule growth verdict compares each rule with: work that is linear by
 * construction and walks the same memory the rules walk.
 *
 * Why a reference: timed alone, rules that do a fixed amount of work per subject (VNI-R002 reads one
 * prefix) cost 0.35 µs per subject at N = 500 and 1.2 µs at N = 4000, from cold caches and with no
 * collection during the call. What grows is the price of each memory access, not the number of
 * them: the inventory lies scattered through the heap of the whole cdktf program (0.2 GB at
 * N = 500, 1.6 GB at N = 4000), and maps of thousands of keys outgrow the caches. A linear pass
 * over the same inventory, timed the same way in the same process, pays the same price, so a rule's
 * growth beyond the reference's is the growth of its own algorithm.
 *
 * The reference of a scope is a rule of that scope that, for every subject, reads every fact the
 * catalog's rules declare for the scope (FactRead paths) through the same readers, and passes. The
 * reference of the whole-deployment rules does that for every subject of every scope and also
 * indexes the subjects by path in a map, as those rules group subjects by key.
 */
import { Fact, FactKind } from '../lib/model/fact';
import { Inventory } from '../lib/model/inventory';
import { readBlocks } from '../lib/model/read-blocks';
import { readBoolean } from '../lib/model/read-boolean';
import { readNumber } from '../lib/model/read-number';
import { readSettings } from '../lib/model/read-settings';
import { readStrings } from '../lib/model/read-strings';
import { readLocation, readString } from '../lib/model/read-text';
import { ALL_RULES } from '../lib/rules/catalog';
import { Check, pass, Rule, RuleScope } from '../lib/rules/rule';
import { subjectsOf } from '../lib/validation/engine';

type SubjectScope = Exclude<RuleScope, 'inventory'>;

const SUBJECT_SCOPES: readonly SubjectScope[] = ['regional-integration', 'gateway-integration', 'point-to-site-gateway', 'peering'];

const READERS: Record<FactKind, (f: Fact) => unknown> = {
  blocks: (f) => readBlocks(f as Fact<'blocks'>),
  number: (f) => readNumber(f as Fact<'number'>),
  string: (f) => readString(f as Fact<'string'>),
  location: (f) => readLocation(f as Fact<'location'>),
  strings: (f) => readStrings(f as Fact<'strings'>),
  boolean: (f) => readBoolean(f as Fact<'boolean'>),
  settings: (f) => readSettings(f as Fact<'settings'>),
};

interface PathRead {
  readonly keys: readonly string[];
  readonly read: (f: Fact) => unknown;
}

/** Every fact the catalog declares for `scope`, once per path. */
function readsOf(scope: SubjectScope): PathRead[] {
  const byPath = new Map<string, PathRead>();
  for (const rule of ALL_RULES) {
    for (const r of rule.reads) if (r.scope === scope && !byPath.has(r.path)) byPath.set(r.path, { keys: r.path.split('.'), read: READERS[r.kind] });
  }
  return [...byPath.values()];
}

/** Reads every declared fact of `subject`; returns a value so the reads cannot be optimised away. */
function readAll(subject: unknown, reads: readonly PathRead[]): number {
  let seen = 0;
  for (const r of reads) {
    let v: unknown = subject;
    for (const k of r.keys) v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[k];
    if (v !== undefined && v !== null && typeof v === 'object' && 'state' in v) {
      r.read(v as Fact);
      seen++;
    }
  }
  return seen;
}

const INFO = {
  level: 'error',
  reads: [],
  source: { document: 'bench', section: 'reference', url: 'bench/rules-reference.ts' },
  summary: 'reference',
  fix: '-',
  description: 'reference',
  example: '',
} as const;

/** Facts read by the last run of a reference; kept so the reads have an observable effect. */
export let referenceReads = 0;

/** The reference rule of each scope, and of the whole-deployment rules ('inventory'). */
export function referenceRules(): Record<RuleScope, Rule> {
  const reads = Object.fromEntries(SUBJECT_SCOPES.map((s) => [s, readsOf(s)])) as Record<SubjectScope, PathRead[]>;
  const subjectRule = (scope: SubjectScope): Rule =>
    ({
      ...INFO,
      id: `reference ${scope}`,
      name: 'Reference',
      scope,
      check(subject: unknown): Check[] {
        referenceReads += readAll(subject, reads[scope]);
        return [pass()];
      },
    }) as unknown as Rule;
  const whole: Rule = {
    ...INFO,
    id: 'reference inventory',
    name: 'Reference',
    scope: 'inventory',
    check(inv: Inventory): Check[] {
      const byPath = new Map<string, { path: string }>();
      const out: Check[] = [];
      for (const scope of SUBJECT_SCOPES) {
        for (const s of subjectsOf(inv, scope)) {
          referenceReads += readAll(s, reads[scope]);
          byPath.set(s.path, s);
          out.push(pass(s.path));
        }
      }
      return out;
    },
  } as unknown as Rule;
  return {
    'regional-integration': subjectRule('regional-integration'),
    'gateway-integration': subjectRule('gateway-integration'),
    'point-to-site-gateway': subjectRule('point-to-site-gateway'),
    peering: subjectRule('peering'),
    inventory: whole,
  };
}
