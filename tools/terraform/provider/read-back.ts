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
import { Dyn, inferType, isRecord, toPlain, Value } from './cty';

export interface ReadBackRule {
  /** Resource type, e.g. "azurerm_resource_group". */
  readonly type: string;
  /** Top-level attribute the rule rewrites. */
  readonly attribute: string;
  /**
   * lowercase / uppercase: the string as Azure returns it; default: a value Azure fills when it was
   * null; array-response: the GET answers an array holding the object (with its id, name and type),
   * and azapi keeps that array as the body (an azapi body attribute only).
   */
  readonly transform: 'lowercase' | 'uppercase' | 'default' | 'array-response';
  /**
   * Only states whose azapi `type` (without "@<api version>") is this ARM resource type,
   * case-insensitively.
   * @default - every state of the type
   */
  readonly armType?: string;
  /** For "default": the value Azure returns. */
  readonly value?: string | number | boolean;
  /** Where the behaviour was observed (a real apply, an issue, a doc page). */
  readonly source?: string;
}

/**
 * Taught behaviour. No real apply has been recorded yet (this harness has only run offline; see
 * tools/terraform/README.md, "--real"); what is here follows from the REST specification and the
 * provider's source.
 */
export const READ_BACK_RULES: readonly ReadBackRule[] = [
  {
    type: 'azapi_resource',
    armType: 'Microsoft.Web/serverfarms/virtualNetworkConnections/routes',
    attribute: 'body',
    transform: 'array-response',
    source:
      'Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/2024-11-01/AppServicePlans.json: ' +
      'AppServicePlans_GetRouteForVnet answers 200 with "type": "array" of VnetRoute; Azure/terraform-provider-azapi v2.5.0 ' +
      'internal/services/azapi_resource.go Read passes that response to utils.UpdateObject (utils/json.go), which returns the ' +
      'response itself when the configured body is an object and the response is not, so the array becomes the body',
  },
];

/** An operation the API does not have, refused by the mock as Azure refuses it. */
export interface RefusedDelete {
  /** Resource type, e.g. "azapi_resource". */
  readonly type: string;
  /** The azapi `type` without "@<api version>", compared case-insensitively. */
  readonly armType: string;
  /** Where the API is described. */
  readonly source: string;
}

/**
 * DELETEs the API does not offer: destroying such a state fails, as azapi's DELETE would. (Azure's
 * exact answer is not documented; the spec lists no DELETE, so the mock refuses it.)
 */
export const REFUSED_DELETES: readonly RefusedDelete[] = [
  {
    type: 'azapi_resource',
    armType: 'Microsoft.Web/sites/virtualNetworkConnections/gateways',
    source:
      'Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/2024-11-01/WebApps.json: ' +
      '/sites/{name}/virtualNetworkConnections/{vnetName}/gateways/{gatewayName} has get (WebApps_GetVnetConnectionGateway), ' +
      'put and patch, and no delete',
  },
];

function armTypeOf(state: Record<string, Value>): string | undefined {
  const t = state.type;
  return typeof t === 'string' ? t.split('@')[0] : undefined;
}

/** The refusal, when destroying this prior state would send a DELETE the API does not have. */
export function refusedDelete(type: string, prior: Value, refused: readonly RefusedDelete[] = REFUSED_DELETES): RefusedDelete | undefined {
  if (!isRecord(prior)) return undefined;
  const arm = armTypeOf(prior)?.toLowerCase();
  return refused.find((r) => r.type === type && r.armType.toLowerCase() === arm);
}

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
    if (r.armType !== undefined && armTypeOf(out)?.toLowerCase() !== r.armType.toLowerCase()) continue;
    const v = out[r.attribute];
    let next: Value = v;
    if (r.transform === 'lowercase' && typeof v === 'string') next = v.toLowerCase();
    else if (r.transform === 'uppercase' && typeof v === 'string') next = v.toUpperCase();
    else if (r.transform === 'default' && v === null && r.value !== undefined) next = r.value;
    else if (r.transform === 'array-response' && v !== null) next = arrayResponse(out, v);
    if (next !== v) out = { ...out, [r.attribute]: next };
  }
  return out;
}

/** What the GET answers for an object whose GET returns an array: that array, holding the object. */
function arrayResponse(state: Record<string, Value>, body: Value): Value {
  const sent = toPlain(body instanceof Dyn ? body.value : body);
  const item = {
    ...(isPlainObject(sent) ? sent : {}),
    id: typeof state.id === 'string' ? state.id : null,
    name: typeof state.name === 'string' ? state.name : null,
    type: armTypeOf(state) ?? null,
  };
  const arr = [toValue(item)];
  return new Dyn(inferType(arr), arr);
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function toValue(x: unknown): Value {
  if (x === null || x === undefined) return null;
  if (Array.isArray(x)) return x.map(toValue);
  if (typeof x === 'object') return Object.fromEntries(Object.entries(x as Record<string, unknown>).map(([k, y]) => [k, toValue(y)]));
  return x as Value;
}
