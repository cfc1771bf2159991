/**
 * Hand-written cdktf binding for the Azure/azapi provider (2.x). No prebuilt cdktf bindings are
 * published for azapi, and the library needs only a handful of arguments, so these small classes
 * stand in for generated ones. They synthesize exactly the JSON `cdktf get` would produce.
 */
import { TerraformMetaArguments, TerraformProvider, TerraformResourceConfig, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { configurationsOf, defaultConfiguration, literalSubscription, ownerConfiguration, ProviderChoice, rememberedConfiguration, subscriptionSetting } from '../adapter/providers';

/** The Terraform registry source of the provider. */
export const AZAPI_SOURCE = 'Azure/azapi';
/**
 * Version constraint written into required_providers. 2.5 is the first release with
 * `sensitive_body` plus `sensitive_body_version` on azapi_resource and `sensitive_response_export_values`
 * on azapi_resource_action, which the gateway chain relies on.
 */
export const AZAPI_VERSION_CONSTRAINT = '~> 2.5';

/** Settings of the azapi provider block. All optional: the provider reads the same environment as azurerm. */
export interface AzapiProviderConfig {
  /**
   * Alias of this provider configuration.
   * @default - the default configuration
   */
  readonly alias?: string;
  /**
   * Subscription to work in.
   * @default - ARM_SUBSCRIPTION_ID or the Azure CLI's subscription
   */
  readonly subscriptionId?: string;
  /**
   * Tenant to authenticate in.
   * @default - ARM_TENANT_ID or the Azure CLI's tenant
   */
  readonly tenantId?: string;
  /**
   * Use the Azure CLI for authentication.
   * @default - provider default (true)
   */
  readonly useCli?: boolean;
  /**
   * Use OIDC (workload identity federation) for authentication.
   * @default - provider default (false)
   */
  readonly useOidc?: boolean;
  /**
   * Use a managed identity for authentication.
   * @default - provider default (false)
   */
  readonly useMsi?: boolean;
  /**
   * Client (application) ID of the identity to authenticate as.
   * @default - ARM_CLIENT_ID
   */
  readonly clientId?: string;
  /**
   * Cloud environment: "public", "usgovernment" or "china".
   * @default "public"
   */
  readonly environment?: string;
}

/** The default (unaliased) azapi provider of each stack, once found or created by ensure(). */
const ENSURED = new WeakMap<TerraformStack, TerraformProvider>();

/** The `azapi` provider (source Azure/azapi). */
export class AzapiProvider extends TerraformProvider {
  /**
   * The azapi provider of the stack that holds `scope`, created with default settings when the
   * stack has none yet. The integration constructs call this so users need not declare it.
   */
  public static ensure(scope: IConstruct): TerraformProvider {
    const stack = TerraformStack.of(scope);
    // Remembered per stack: searching the whole tree for every integration is quadratic in the
    // number of integrations (it dominated synthesis at a thousand apps).
    const known = ENSURED.get(stack);
    if (known && !known.alias) return known;
    const existing = stack.node
      .findAll()
      .find((c) => TerraformProvider.isTerraformProvider(c) && (c as TerraformProvider).terraformResourceType === 'azapi' && !(c as TerraformProvider).alias);
    const provider = (existing as TerraformProvider | undefined) ?? new AzapiProvider(stack, 'azapi', {});
    ENSURED.set(stack, provider);
    return provider;
  }

  private readonly config: AzapiProviderConfig;
  private _alias?: string;

  constructor(scope: Construct, id: string, config: AzapiProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'azapi',
      terraformGeneratorMetadata: { providerName: 'azapi', providerVersionConstraint: AZAPI_VERSION_CONSTRAINT },
      terraformProviderSource: AZAPI_SOURCE,
    });
    this.config = { ...config };
    this._alias = config.alias;
  }

  public get alias(): string | undefined {
    return this._alias;
  }

  /** The subscription_id this configuration was given, if any. */
  public get subscriptionIdInput(): string | undefined {
    return this.config.subscriptionId;
  }

  public set alias(value: string | undefined) {
    this._alias = value;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      alias: this._alias,
      subscription_id: c.subscriptionId,
      tenant_id: c.tenantId,
      use_cli: c.useCli,
      use_oidc: c.useOidc,
      use_msi: c.useMsi,
      client_id: c.clientId,
      environment: c.environment,
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const out: Record<string, any> = {};
    for (const [k, v] of Object.entries(this.synthesizeAttributes())) {
      if (v !== undefined) out[k] = { value: v, isBlock: false, type: 'simple', storageClassType: typeof v === 'boolean' ? 'boolean' : 'string' };
    }
    return out;
  }
}

/** The meta-arguments every azapi resource passes to TerraformResource, in one place. */
export function azapiResourceConfig(terraformResourceType: string, config: TerraformMetaArguments): TerraformResourceConfig {
  return {
    terraformResourceType,
    terraformGeneratorMetadata: { providerName: 'azapi', providerVersionConstraint: AZAPI_VERSION_CONSTRAINT },
    provider: config.provider,
    dependsOn: config.dependsOn,
    count: config.count,
    lifecycle: config.lifecycle,
    provisioners: config.provisioners,
    connection: config.connection,
    forEach: config.forEach,
  };
}

/** Settings of an azurerm configuration that azapi reads the same way (no secrets: both read them from the environment). */
function mirroredSettings(azurerm: TerraformProvider | undefined): AzapiProviderConfig {
  if (!azurerm) return {};
  const a = azurerm as unknown as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const flag = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
  return {
    tenantId: text(a.tenantIdInput),
    clientId: text(a.clientIdInput),
    useCli: flag(a.useCliInput),
    useOidc: flag(a.useOidcInput),
    useMsi: flag(a.useMsiInput),
    environment: text(a.environmentInput),
  };
}

/**
 * The azapi configuration for resources that belong to `owner` (an app, or a reference to one):
 * one whose subscription_id is the owner's subscription. Found among the stack's azapi
 * configurations, else created once per stack and subscription (default when the owner uses the
 * default azurerm configuration and the stack has no azapi one yet; else aliased like the owner's
 * azurerm configuration), mirroring its tenant, client and authentication switches. When the
 * owner's subscription cannot be read, the stack's default azapi configuration (VNI-R024 reports
 * it unless both read the subscription from the environment).
 */
export function azapiProviderFor(scope: IConstruct, owner: unknown): ProviderChoice {
  const stack = TerraformStack.of(scope);
  const oc = ownerConfiguration(owner);
  const sub = oc.subscription;
  const choice = (p: TerraformProvider | undefined, how: ProviderChoice['how']): ProviderChoice => ({ provider: p?.alias ? p : undefined, type: 'azapi', how, owner });
  if (sub === undefined) {
    const azapi = AzapiProvider.ensure(scope);
    const azurerm = oc.config ?? (oc.stack === undefined && configurationsOf(stack, 'azurerm').length <= 1 ? defaultConfiguration(stack, 'azurerm') : undefined);
    // Neither names a subscription: both read ARM_SUBSCRIPTION_ID or the Azure CLI's.
    const same = subscriptionSetting(azapi) === 'environment' && (azurerm === undefined || (!azurerm.alias && subscriptionSetting(azurerm) === 'environment'));
    return choice(azapi, same ? 'equivalent' : 'default');
  }
  // Remembered per subscription: every app of a stack asks, and a configuration that names the
  // subscription keeps naming it.
  const found = rememberedConfiguration(stack, `azapi ${sub} ${oc.config?.alias ?? ''}`, (p) => literalSubscription(p) === sub, () => {
    const existing = configurationsOf(stack, 'azapi').filter((p) => literalSubscription(p) === sub);
    return existing.find((p) => !p.alias) ?? existing.find((p) => p.alias === oc.config?.alias) ?? existing[0];
  });
  if (found) return choice(found, 'subscription-match');
  const settings = { ...mirroredSettings(oc.config), subscriptionId: sub };
  const azapiDefault = defaultConfiguration(stack, 'azapi');
  if (!azapiDefault && !oc.config?.alias) {
    const created = new AzapiProvider(stack, 'azapi', settings);
    ENSURED.set(stack, created);
    return choice(created, 'subscription-match');
  }
  const base = oc.config?.alias ?? `subscription-${sub.substring(0, 8)}`;
  let alias = base;
  for (let n = 2; configurationsOf(stack, 'azapi').some((p) => p.alias === alias) || stack.node.tryFindChild(`azapi-${alias}`); n++) alias = `${base}-${n}`;
  return choice(new AzapiProvider(stack, `azapi-${alias}`, { ...settings, alias }), 'subscription-match');
}
