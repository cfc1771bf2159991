/**
 * How things the constructs accept (imported references, gateways) hand their model to the
 * inventory without the inventory knowing their classes: each installs a ModelSource under a
 * Symbol.for key. The inventory reads generated azurerm resources itself (resource-models.ts) and
 * asks everything else for its source.
 */
import { TerraformResource, TerraformStack } from 'cdktf';
import { ConfigurationLookup, scanConfigurations } from '../adapter/providers';
import type { ResourceKey } from '../model/resource-key';

const MODEL_SOURCE = Symbol.for('cdktf-appservice-vnet-integration.model-source');

/** What an evaluation gives every model builder. */
export interface ModelContext {
  /** Every Terraform resource of the app by address (adapter/keys.ts addressOf), to follow references. */
  readonly resources: ReadonlyMap<string, TerraformResource>;
  /**
   * Builds `owner`'s model once per evaluation: a plan shared by many apps, or a gateway shared by
   * many integrations, is modelled once instead of once per user, which keeps memory flat.
   */
  memo<T>(owner: object, key: string, build: () => T): T;
  /** Provider configurations of a stack by type, each stack scanned once per evaluation. */
  readonly configurations: ConfigurationLookup;
}

/** A thing that knows its own key and model. */
export interface ModelSource<M> {
  /** The key other values use to name it (cheap: no model is built). */
  key(): ResourceKey;
  /** Its model, as the rules see it. */
  model(ctx: ModelContext): M;
}

/** Installs `source` on `owner`. */
export function provideModel<M>(owner: object, source: ModelSource<M>): void {
  Object.defineProperty(owner, MODEL_SOURCE, { value: source, enumerable: false });
}

/** The source installed on `x`, if any. */
export function modelSourceOf<M>(x: unknown): ModelSource<M> | undefined {
  if (x === null || typeof x !== 'object' || !(MODEL_SOURCE in x)) return undefined;
  return (x as Record<symbol, ModelSource<M>>)[MODEL_SOURCE];
}

/** The model of `x` through its source, once per evaluation; undefined when it has none. */
export function sourcedModel<M>(x: unknown, ctx: ModelContext): M | undefined {
  const source = modelSourceOf<M>(x);
  return source ? ctx.memo(x as object, 'model', () => source.model(ctx)) : undefined;
}

/** One evaluation's context. Built by the hub for each evaluation; never shared between them. */
export class EvaluationContext implements ModelContext {
  private readonly memos = new Map<object, Map<string, unknown>>();

  constructor(public readonly resources: ReadonlyMap<string, TerraformResource> = new Map()) {}

  public readonly configurations: ConfigurationLookup = (stack: TerraformStack, type: string) =>
    this.memo(stack, 'providerConfigurations', () => scanConfigurations(stack)).get(type) ?? NO_CONFIGURATIONS;

  public memo<T>(owner: object, key: string, build: () => T): T {
    let byKey = this.memos.get(owner);
    if (!byKey) this.memos.set(owner, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key) as T;
    const value = build();
    byKey.set(key, value);
    return value;
  }
}

const NO_CONFIGURATIONS: readonly never[] = [];
