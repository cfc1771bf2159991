/**
 * A fact is what the user configured for one attribute, in a pure form the rules can read without
 * cdktf: literal values stay as they are; every token becomes an explicit TokenMark that carries
 * where the value comes from when cdktf can tell (`var.subnet_prefix`,
 * `data.azurerm_virtual_network.hub.address_space`, `data.terraform_remote_state.net.outputs.x`,
 * a function call); a string with interpolations keeps its literal parts beside its token parts.
 * The adapter (lib/adapter/values.ts) builds facts; the readers (read-*.ts beside this file) are
 * the only way rules look inside them.
 *
 * A fact is:
 * - given: the attribute has a configured value (literal, token, or a mix);
 * - missing: nothing says what it is (an imported reference did not state it, or a required
 *   attribute is absent): unknown, so rules report "unverified";
 * - unset: a generated resource leaves an optional attribute out, so the known default applies
 *   (no app_service_environment_id: the plan is not in an App Service Environment).
 */

/** The kinds of fact the readers know, one reader each. */
export type FactKind = 'blocks' | 'number' | 'string' | 'location' | 'strings' | 'boolean' | 'settings';

const TOKEN = Symbol.for('cdktf-appservice-vnet-integration.token');
const INTERPOLATION = Symbol.for('cdktf-appservice-vnet-integration.interpolation');
const OPAQUE = Symbol.for('cdktf-appservice-vnet-integration.opaque');

/** What a token stands for. */
export type TokenShape = 'string' | 'number' | 'list' | 'map' | 'value';

/** A value known only at apply. */
export interface TokenMark {
  readonly [TOKEN]: true;
  /** Where it comes from, as Terraform writes it; undefined when cdktf cannot tell. */
  readonly origin: string | undefined;
  readonly shape: TokenShape;
}

/** A string made of literal text and tokens, in order. */
export interface Interpolation {
  readonly [INTERPOLATION]: true;
  readonly parts: readonly (string | TokenMark)[];
}

/** A value that is none of the others (a function, a symbol, a construct): only ever shown. */
export interface Opaque {
  readonly [OPAQUE]: true;
  /** What it is, in words (for "got ..."). */
  readonly description: string;
}

/** A configured value in pure form. */
export type Configured =
  | string
  | number
  | boolean
  | null
  | TokenMark
  | Interpolation
  | Opaque
  | readonly Configured[]
  | { readonly [key: string]: Configured };

export type FactState = 'given' | 'missing' | 'unset';

/** One attribute as the user configured it. `K` says which reader reads it. */
export interface Fact<K extends FactKind = FactKind> {
  /** The attribute, in words the user recognises: "integration subnet prefix (subnetAddressPrefix)". */
  readonly label: string;
  readonly state: FactState;
  /** The configured value; given facts only. */
  readonly value?: Configured;
  /** Type-level only: the kind of reader this fact is for. Never set. */
  readonly kind?: K;
}

export function tokenMark(origin: string | undefined, shape: TokenShape = 'string'): TokenMark {
  return { [TOKEN]: true, origin, shape };
}

export function interpolation(parts: readonly (string | TokenMark)[]): Interpolation {
  return { [INTERPOLATION]: true, parts };
}

export function opaque(description: string): Opaque {
  return { [OPAQUE]: true, description };
}

export function isTokenMark(v: unknown): v is TokenMark {
  return typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[TOKEN] === true;
}

export function isInterpolation(v: unknown): v is Interpolation {
  return typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[INTERPOLATION] === true;
}

export function isOpaque(v: unknown): v is Opaque {
  return typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[OPAQUE] === true;
}

/** A fact with a configured value. */
export function given<K extends FactKind>(label: string, value: Configured): Fact<K> {
  return { label, state: 'given', value };
}

/** A fact nothing states. */
export function missing<K extends FactKind>(label: string): Fact<K> {
  return { label, state: 'missing' };
}

/** An optional attribute a generated resource leaves out (its default applies). */
export function unset<K extends FactKind>(label: string): Fact<K> {
  return { label, state: 'unset' };
}

/** The same fact under another label (a construct naming the attribute its own way). */
export function relabel<K extends FactKind>(f: Fact<K>, label: string): Fact<K> {
  return { ...f, label };
}
