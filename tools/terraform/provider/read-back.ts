/**
 * The read-back table: what Azure returns differently from what was sent, taught per resource
 * type, so the second plan of tf:verify proves the configuration converges (no perpetual diff)
 * against the platform's real behaviour, not against an echo. Each rule rewrites one top-level
 * attribute of the stored state when the mock reads it back.
 *
 * Add a rule when a real apply shows Azure normalising a value (case of a location or SKU, a default
 * filled in, a list returned in another shape) and cite where that was seen. More rules can be
 * given for a run with TF_MOCK_READ_BACK_FILE (a JSON array of rules), which the harness's own test
 * uses to prove a taught change makes the second plan show a diff.
 */
import { readFileSync } from 'fs';
import { isRecord, Value } from './cty';

export interface ReadBackRule {
  /** Resource type, e.g. "azurerm_resource_group". */
  readonly type: string;
  /** Top-level attribute the rule rewrites. */
  readonly attribute: string;
  /** lowercase / uppercase: the string as Azure returns it; default: a value Azure fills when it was null. */
  readonly transform: 'lowercase' | 'uppercase' | 'default';
  /** For "default": the value Azure returns. */
  readonly value?: string | number | boolean;
  /** Where the behaviour was observed (a real apply, an issue, a doc page). */
  readonly source?: string;
}

/**
 * Taught behaviour. Empty: no read-back difference has been recorded yet for what the library
 * synthesizes (this harness has only run offline; see tools/terraform/README.md, "--real").
 */
export const READ_BACK_RULES: readonly ReadBackRule[] = [];

/** The built-in rules plus those of TF_MOCK_READ_BACK_FILE, if set. */
export function loadReadBackRules(env: NodeJS.ProcessEnv = process.env): ReadBackRule[] {
  const extra = env.TF_MOCK_READ_BACK_FILE ? (JSON.parse(readFileSync(env.TF_MOCK_READ_BACK_FILE, 'utf8')) as ReadBackRule[]) : [];
  return [...READ_BACK_RULES, ...extra];
}

export function applyReadBack(type: string, state: Value, rules: readonly ReadBackRule[]): Value {
  if (!isRecord(state)) return state;
  let out = state;
  for (const r of rules) {
    if (r.type !== type || !(r.attribute in out)) continue;
    const v = out[r.attribute];
    let next: Value = v;
    if (r.transform === 'lowercase' && typeof v === 'string') next = v.toLowerCase();
    else if (r.transform === 'uppercase' && typeof v === 'string') next = v.toUpperCase();
    else if (r.transform === 'default' && v === null && r.value !== undefined) next = r.value;
    if (next !== v) out = { ...out, [r.attribute]: next };
  }
  return out;
}
