/**
 * Hand-written cdktf binding for `azapi_resource` (azapi 2.x). Only the arguments the library uses
 * are typed; `body` and `sensitiveBody` are HCL objects (azapi 2.x), not JSON strings.
 */
import { IResolvable, TerraformMetaArguments, TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { azapiResourceConfig } from './provider';

/** Timeouts of an azapi resource, as Go durations ("30m", "2h"). */
export interface AzapiTimeouts {
  /**
   * @default - provider default (30m)
   */
  readonly create?: string;
  /**
   * @default - provider default (5m)
   */
  readonly read?: string;
  /**
   * @default - provider default (30m)
   */
  readonly update?: string;
  /**
   * Timeout of the delete operation, written as `delete` in the timeouts block. Named `destroy` here
   * because `delete` is a reserved word in Go and other jsii target languages.
   * @default - provider default (30m)
   */
  readonly destroy?: string;
}

/** Arguments of azapi_resource. */
export interface AzapiResourceConfig extends TerraformMetaArguments {
  /**
   * `<resource type>@<api version>`, for example "Microsoft.Web/sites/virtualNetworkConnections@2024-11-01".
   * Written as the `type` argument; named `resourceType` here because `type` is reserved in Go.
   */
  readonly resourceType: string;
  /** Name of the resource (the last segment of its ID). */
  readonly name: string;
  /** ID of the parent resource (a site, a plan, a resource group). */
  readonly parentId: string;
  /**
   * Location, for tracked top-level resources only.
   * @default - none (child resources inherit it)
   */
  readonly location?: string;
  /**
   * Request body as an object, for example `{ properties: { ... } }`.
   * @default - empty body
   */
  readonly body?: { [key: string]: any };
  /**
   * Write-only part of the body (Terraform 1.11+): merged into the request, never stored in state.
   * @default - none
   */
  readonly sensitiveBody?: { [key: string]: any };
  /**
   * Versions of the write-only properties: a property of sensitiveBody is sent when its version
   * changes (and on create), else left out of the request. Keys are paths such as "properties.x".
   * @default - none
   */
  readonly sensitiveBodyVersion?: { [key: string]: string };
  /**
   * Paths of the response body to export into `output`.
   * @default - nothing exported
   */
  readonly responseExportValues?: string[];
  /**
   * Ignore body properties the API does not return (write-only ones), so they cause no diff.
   * @default true (provider default)
   */
  readonly ignoreMissingProperty?: boolean | IResolvable;
  /**
   * Validate type and body against the provider's embedded schema.
   * @default true (provider default)
   */
  readonly schemaValidationEnabled?: boolean | IResolvable;
  /**
   * IDs of resources to lock while this one is written, to serialise writes to a shared parent.
   * @default - none
   */
  readonly locks?: string[];
  /**
   * Values that replace the resource when they change.
   * @default - none
   */
  readonly replaceTriggersExternalValues?: any;
  /**
   * Timeouts.
   * @default - provider defaults
   */
  readonly timeouts?: AzapiTimeouts;
}

/** Terraform release that first accepts write-only arguments such as sensitive_body. */
const WRITE_ONLY_TERRAFORM_VERSION = '>= 1.11';

const WRITE_ONLY_STACKS = new WeakSet<TerraformStack>();

/**
 * Declares terraform.required_version once per stack that uses a write-only argument, so an older
 * Terraform stops with a version error instead of a confusing "Unsupported argument".
 */
export function requireWriteOnlyTerraform(stack: TerraformStack): void {
  if (WRITE_ONLY_STACKS.has(stack)) return;
  WRITE_ONLY_STACKS.add(stack);
  stack.addOverride('terraform.required_version', WRITE_ONLY_TERRAFORM_VERSION);
}

/** An `azapi_resource`: any ARM resource by type, parent and body. */
export class AzapiResource extends TerraformResource {
  public static readonly tfResourceType = 'azapi_resource';

  /** The configured arguments (read by the library's rules and tests). */
  public readonly config: AzapiResourceConfig;

  constructor(scope: Construct, id: string, config: AzapiResourceConfig) {
    super(scope, id, azapiResourceConfig('azapi_resource', config));
    this.config = config;
    if (config.sensitiveBody !== undefined) requireWriteOnlyTerraform(TerraformStack.of(this));
  }

  /** Resource ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /**
   * A value exported through responseExportValues, by its path in the response body, for example
   * "properties.certBlob". Resolves to `azapi_resource.<name>.output.<path>`.
   */
  public outputValue(path: string): string {
    return Token.asString(this.interpolationForAttribute(`output.${path}`));
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      type: c.resourceType,
      name: c.name,
      parent_id: c.parentId,
      location: c.location,
      body: c.body,
      sensitive_body: c.sensitiveBody,
      sensitive_body_version: c.sensitiveBodyVersion,
      response_export_values: c.responseExportValues,
      ignore_missing_property: c.ignoreMissingProperty,
      schema_validation_enabled: c.schemaValidationEnabled,
      locks: c.locks,
      replace_triggers_external_values: c.replaceTriggersExternalValues,
      timeouts: c.timeouts ? { create: c.timeouts.create, read: c.timeouts.read, update: c.timeouts.update, delete: c.timeouts.destroy } : undefined,
    };
  }
}
