/**
 * Provider configurations: which one a resource uses, and which one a resource the library creates
 * for it must use so that both land in the same subscription (a subnet in its network's
 * subscription, a peering side with its own network, a swift connection with its app).
 *
 * Terraform picks the subscription from the provider configuration, not from the IDs a resource
 * references, so a subnet created with the default provider in a network of another subscription
 * fails at apply. The rule: use the owner's own configuration when it is in this stack; else a
 * configuration of this stack that names the same subscription; else the stack's default, recorded
 * so that VNI-R024 can say what it could not tell.
 */
import { TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { parseResourceId } from '../facts/resource-id';
import { PlacementHow, PlacementModel } from '../model/placement';
import { isUnresolved } from './tokens';

/** The provider a resource was given (`provider:`), or the one given in a reference's attributes. */
export function providerOf(x: unknown): TerraformProvider | undefined {
  if (TerraformResource.isTerraformResource(x)) return (x as TerraformResource).provider;
  const attrs = x !== null && typeof x === 'object' ? (x as { attributes?: { provider?: unknown } }).attributes : undefined;
  return attrs && TerraformProvider.isTerraformProvider(attrs.provider) ? (attrs.provider as TerraformProvider) : undefined;
}

/**
 * Finds the provider configurations of a type declared in a stack. During construction the tree
 * still grows, so the live lookup (configurationsOf) checks the stack again on every call; while
 * the hub builds one inventory the tree is complete, and the evaluation looks each stack up once
 * (see EvaluationContext). Scanning a stack costs time in its number of children, and a stack
 * with thousands of resources was scanned once per resource: quadratic.
 */
export type ConfigurationLookup = (stack: TerraformStack, type: string) => readonly TerraformProvider[];

/** The provider configurations directly under `stack` (where cdktf programs declare them), by type, in one scan. */
export function scanConfigurations(stack: TerraformStack): ReadonlyMap<string, readonly TerraformProvider[]> {
  const byType = new Map<string, TerraformProvider[]>();
  for (const c of stack.node.children) {
    if (!TerraformProvider.isTerraformProvider(c)) continue;
    const p = c as TerraformProvider;
    const list = byType.get(p.terraformResourceType);
    if (list) list.push(p);
    else byType.set(p.terraformResourceType, [p]);
  }
  return byType;
}

/** Per stack, its configurations by type, with the child count they were taken at (children only grow). */
const CONFIGURATIONS = new WeakMap<TerraformStack, { count: number; byType: ReadonlyMap<string, readonly TerraformProvider[]> }>();

/**
 * Configurations of a provider type declared in a stack, directly under it (where cdktf programs
 * declare providers), checked against the tree as it is now. Counting the children costs time in
 * their number too, so constructs that ask once per resource use the remembered answers below.
 */
export function configurationsOf(stack: TerraformStack, type: string): readonly TerraformProvider[] {
  const count = stack.node.children.length;
  let cached = CONFIGURATIONS.get(stack);
  if (!cached || cached.count !== count) CONFIGURATIONS.set(stack, (cached = { count, byType: scanConfigurations(stack) }));
  return cached.byType.get(type) ?? [];
}

/** Configurations found once and still in their stack, by stack and a key of the question asked. */
const REMEMBERED = new WeakMap<TerraformStack, Map<string, TerraformProvider>>();

/**
 * A configuration remembered under `key` for `stack` while it is still a child of the stack and
 * still answers the question (`holds`; both O(1)); else `find()`, remembered when it finds one.
 * Only for answers that a later provider cannot change, such as the stack's default configuration
 * of a type (a second one would be a duplicate provider configuration, which Terraform refuses).
 */
export function rememberedConfiguration(stack: TerraformStack, key: string, holds: (p: TerraformProvider) => boolean, find: () => TerraformProvider | undefined): TerraformProvider | undefined {
  let byKey = REMEMBERED.get(stack);
  if (!byKey) REMEMBERED.set(stack, (byKey = new Map()));
  const known = byKey.get(key);
  if (known && stack.node.tryFindChild(known.node.id) === known && holds(known)) return known;
  const found = find();
  if (found) byKey.set(key, found);
  else byKey.delete(key);
  return found;
}

/**
 * The stack's configuration of `type` without alias, if it declares one: from `lookup` (an
 * evaluation's), else from the live tree, remembered once found.
 */
export function defaultConfiguration(stack: TerraformStack, type: string, lookup?: ConfigurationLookup): TerraformProvider | undefined {
  if (lookup) return lookup(stack, type).find((p) => !p.alias);
  const isDefault = (p: TerraformProvider) => !p.alias;
  return rememberedConfiguration(stack, `default ${type}`, isDefault, () => configurationsOf(stack, type).find(isDefault));
}

/**
 * What a configuration says about its subscription: the literal subscription_id (lower case),
 * 'environment' when it sets none (ARM_SUBSCRIPTION_ID or the Azure CLI decide), or undefined when
 * it is a token (known only at plan).
 */
export function subscriptionSetting(p: TerraformProvider | undefined): string | undefined {
  const sub = p ? (p as unknown as { subscriptionIdInput?: unknown }).subscriptionIdInput : undefined;
  if (sub === undefined || sub === null || sub === '') return 'environment';
  return typeof sub === 'string' && !isUnresolved(sub) ? sub.toLowerCase() : undefined;
}

/** The literal subscription_id of a configuration, lower case. */
export function literalSubscription(p: TerraformProvider | undefined): string | undefined {
  const s = subscriptionSetting(p);
  return s === 'environment' ? undefined : s;
}

/** How Terraform names a configuration: "azurerm.connectivity", or "azurerm (default)". */
export function providerLabel(p: TerraformProvider | undefined, type: string): string {
  return p?.alias ? `${type}.${p.alias}` : `${type} (default)`;
}

/** The subscription of a literal resource ID, lower case. */
export function subscriptionOfId(id: unknown): string | undefined {
  if (typeof id !== 'string' || isUnresolved(id)) return undefined;
  return parseResourceId(id)?.subscriptionId.toLowerCase();
}

/** The resource ID of an imported reference (fromXxxAttributes). */
function referenceId(x: unknown): unknown {
  if (x === null || typeof x !== 'object') return undefined;
  const r = x as Record<string, unknown>;
  for (const k of ['virtualNetworkId', 'webAppId', 'servicePlanId', 'subnetId', 'gatewayId']) if (r[k] !== undefined) return r[k];
  return undefined;
}

/** The azurerm configuration that serves a resource (or reference), and its subscription as far as it can be read. */
export interface OwnerConfiguration {
  /** The stack whose configuration serves it; undefined for a reference without a provider. */
  readonly stack: TerraformStack | undefined;
  /** That configuration; undefined when the stack declares none or for a reference without a provider. */
  readonly config: TerraformProvider | undefined;
  /** True when the owner names its configuration itself (a provider, or the reference's provider attribute). */
  readonly explicit: boolean;
  /** Subscription, lower case: from a reference's literal ID, else from the configuration's literal subscription_id. */
  readonly subscription: string | undefined;
  /** Where `subscription` comes from, or why it is unknown. */
  readonly source: string;
}

export function ownerConfiguration(owner: unknown, lookup?: ConfigurationLookup): OwnerConfiguration {
  const explicit = providerOf(owner);
  const isResource = TerraformResource.isTerraformResource(owner);
  const id = isResource ? undefined : referenceId(owner);
  const idSub = subscriptionOfId(id);
  if (!isResource && !explicit) {
    return {
      stack: undefined,
      config: undefined,
      explicit: false,
      subscription: idSub,
      source: idSub ? 'read from its resource ID' : 'its resource ID is not literal and it names no provider',
    };
  }
  const stack = explicit ? TerraformStack.of(explicit) : TerraformStack.of(owner as IConstruct);
  const config = explicit ?? defaultConfiguration(stack, 'azurerm', lookup);
  const sub = literalSubscription(config);
  const label = providerLabel(config, 'azurerm');
  return {
    stack,
    config,
    explicit: explicit !== undefined,
    subscription: idSub ?? sub,
    source: idSub ? 'read from its resource ID' : sub ? `subscription_id of ${label}` : `${label} sets no literal subscription_id`,
  };
}

/** The configuration chosen for a resource the library creates, and why. */
export interface ProviderChoice {
  /** The configuration to set on the resource; undefined: the stack's default (nothing is written). */
  readonly provider: TerraformProvider | undefined;
  readonly type: string;
  readonly how: PlacementHow;
  /**
   * The owner as given (a resource, or a reference to one). Its configuration is read again when the
   * inventory is built, from the complete tree: a provider declared after the construct still counts.
   */
  readonly owner: unknown;
}

/**
 * The azurerm configuration a resource created in `scope` must use to land with `owner` (a
 * virtual network, an app, or a reference to one); `override` is one the user chose.
 */
export function chooseProvider(scope: IConstruct, owner: unknown, override?: TerraformProvider): ProviderChoice {
  const stack = TerraformStack.of(scope);
  const choice = (provider: TerraformProvider | undefined, how: PlacementHow): ProviderChoice => ({ provider: provider?.alias ? provider : undefined, type: 'azurerm', how, owner });
  if (override) return { provider: override, type: 'azurerm', how: 'override', owner };
  // An owner in this stack: its own configuration, and no need to look the stack's up (a stack of
  // thousands of resources made that lookup, once per created resource, quadratic).
  const explicit = providerOf(owner);
  const ownerStack = explicit ? TerraformStack.of(explicit) : TerraformResource.isTerraformResource(owner) ? TerraformStack.of(owner as IConstruct) : undefined;
  if (ownerStack === stack) return choice(explicit, 'owner-provider');
  const oc = ownerConfiguration(owner);
  const mine = configurationsOf(stack, 'azurerm');
  if (oc.stack !== undefined) {
    // The owner is served by a configuration of another stack: use the one of this stack that names
    // the same subscription (or, when neither names one, that reads it from the same environment).
    const wanted = subscriptionSetting(oc.config);
    const same = mine.filter((p) => wanted !== undefined && subscriptionSetting(p) === wanted);
    const match = same.find((p) => (p.alias ?? '') === (oc.config?.alias ?? '')) ?? same.find((p) => !p.alias) ?? same[0];
    if (match) return choice(match, 'equivalent');
  } else if (oc.subscription !== undefined) {
    const same = mine.filter((p) => literalSubscription(p) === oc.subscription);
    const match = same.find((p) => !p.alias) ?? same[0];
    if (match) return choice(match, 'subscription-match');
  }
  return choice(undefined, mine.length === 0 || (mine.length === 1 && !mine[0].alias) ? 'only-configuration' : 'default');
}

/** The configuration a resource of the stack actually uses: its own, else the stack's default of its provider type. */
function configurationUsed(r: TerraformResource, type: string, lookup: ConfigurationLookup): TerraformProvider | undefined {
  return r.provider ?? defaultConfiguration(TerraformStack.of(r), type, lookup);
}

/** The provider type of a resource: the prefix of its Terraform type (azurerm_subnet, azapi_resource). */
function providerTypeOf(r: TerraformResource): string {
  return r.terraformResourceType.split('_')[0];
}

/**
 * Records where the resources a construct creates or adopts land, and sets the provider of the ones
 * it creates. The construct adds `models()` to the inventory (InventoryParts.placements).
 */
export class PlacementRecorder {
  private readonly entries: Array<(lookup: ConfigurationLookup) => PlacementModel> = [];

  constructor(private readonly scope: IConstruct) {}

  /**
   * Gives `resource` (created by the construct) the configuration of `owner`, or `override`.
   * `what` and `ownerWhat` name them in messages ("integration subnet", "virtual network").
   */
  public place<T extends TerraformResource>(resource: T, owner: unknown, what: string, ownerWhat: string, override?: TerraformProvider): T {
    return this.placeWith(resource, chooseProvider(this.scope, owner, override), what, `${ownerWhat} ${labelOf(owner)}`);
  }

  /** Applies a choice made elsewhere (the azapi configuration of an app). */
  public placeWith<T extends TerraformResource>(resource: T, choice: ProviderChoice, what: string, ownerLabel: string): T {
    if (choice.provider) resource.provider = choice.provider;
    this.entries.push((lookup) => {
      const used = choice.provider ?? defaultConfiguration(TerraformStack.of(resource), choice.type, lookup);
      return model(this.scope.node.path, `${what} ${resource.node.path}`, ownerLabel, providerLabel(used, choice.type), choice.how, ownerConfiguration(choice.owner, lookup), literalSubscription(used));
    });
    return resource;
  }

  /**
   * Records a resource the user created and handed in (an adopted subnet, a network security group)
   * that must sit in the subscription of `owner`.
   */
  public given(resource: unknown, owner: unknown, what: string, ownerWhat: string): void {
    if (!TerraformResource.isTerraformResource(resource)) return;
    const r = resource as TerraformResource;
    this.entries.push((lookup) => {
      const oc = ownerConfiguration(owner, lookup);
      const type = providerTypeOf(r);
      const used = configurationUsed(r, type, lookup);
      const stack = TerraformStack.of(r);
      const sameConfig = oc.stack === stack && (oc.config ?? undefined) === used;
      const bothEnvironment = oc.stack !== undefined && subscriptionSetting(oc.config) === 'environment' && subscriptionSetting(used) === 'environment';
      const mine = lookup(stack, type);
      // An imported owner and a stack with one configuration: the user had no other to choose either.
      const only = oc.stack === undefined && (mine.length === 0 || (mine.length === 1 && !mine[0].alias));
      const how: PlacementHow = sameConfig ? 'owner-provider' : bothEnvironment && !oc.config?.alias && !used?.alias ? 'equivalent' : only ? 'only-configuration' : 'given';
      return model(this.scope.node.path, `${what} ${r.node.path}`, `${ownerWhat} ${labelOf(owner)}`, providerLabel(used, type), how, oc, literalSubscription(used));
    });
  }

  /** The placements, read with `lookup` (the evaluation's: the tree is complete by then). */
  public models(lookup: ConfigurationLookup): PlacementModel[] {
    return this.entries.map((e) => e(lookup));
  }
}

/** "app web/Web", "virtual network web/Hub (/subscriptions/...)": an owner as messages name it. */
export function ownerLabel(what: string, owner: unknown): string {
  return `${what} ${labelOf(owner)}`;
}

function labelOf(x: unknown): string {
  const path = x !== null && typeof x === 'object' && 'node' in x ? (x as IConstruct).node.path : undefined;
  const id = referenceId(x);
  return typeof id === 'string' && !isUnresolved(id) ? `${path} (${id})` : path ?? String(x);
}

function model(path: string, resource: string, owner: string, provider: string, how: PlacementHow, oc: OwnerConfiguration, subscription: string | undefined): PlacementModel {
  return { path, resource, owner, provider, how, ownerSubscription: oc.subscription, ownerSubscriptionSource: oc.source, subscription };
}
