/**
 * Hand-written cdktf binding for the Azure/azapi provider (2.x). No prebuilt cdktf bindings are
 * published for azapi, and the library needs only a handful of arguments, so these small classes
 * stand in for generated ones. They synthesize exactly the JSON `cdktf get` would produce.
 */
import { TerraformMetaArguments, TerraformProvider, TerraformResourceConfig, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';

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
