/**
 * Hand-written cdktf binding for `azapi_resource_action` (azapi 2.x): one call of a resource
 * action (a POST such as generatevpnclientpackage), made on create and whenever an argument changes.
 */
import { TerraformMetaArguments, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { azapiResourceConfig } from './provider';
import { AzapiTimeouts } from './resource';

/** Arguments of azapi_resource_action. */
export interface AzapiResourceActionConfig extends TerraformMetaArguments {
  /**
   * `<resource type>@<api version>` of the resource the action runs on. Written as the `type`
   * argument; named `resourceType` here because `type` is reserved in Go.
   */
  readonly resourceType: string;
  /** ID of the resource the action runs on. */
  readonly resourceId: string;
  /**
   * Name of the action, for example "generatevpnclientpackage".
   * @default - none: the request goes to the resource ID itself
   */
  readonly action?: string;
  /**
   * HTTP method: POST, PATCH, PUT, DELETE (or GET).
   * @default "POST"
   */
  readonly method?: string;
  /**
   * Request body as an object.
   * @default - empty body
   */
  readonly body?: { [key: string]: any };
  /**
   * Paths of the response to export into `output`; ["*"] exports all of it.
   * @default - nothing exported
   */
  readonly responseExportValues?: string[];
  /**
   * Paths of the response to export into the sensitive `sensitive_output`; ["*"] exports all of it.
   * @default - nothing exported
   */
  readonly sensitiveResponseExportValues?: string[];
  /**
   * "apply" (on create and update) or "destroy".
   * @default "apply"
   */
  readonly when?: string;
  /**
   * IDs of resources to lock while the action runs.
   * @default - none
   */
  readonly locks?: string[];
  /**
   * Timeouts.
   * @default - provider defaults
   */
  readonly timeouts?: AzapiTimeouts;
}

/** An `azapi_resource_action`. */
export class AzapiResourceAction extends TerraformResource {
  public static readonly tfResourceType = 'azapi_resource_action';

  /** The configured arguments. */
  public readonly config: AzapiResourceActionConfig;

  constructor(scope: Construct, id: string, config: AzapiResourceActionConfig) {
    super(scope, id, azapiResourceConfig('azapi_resource_action', config));
    this.config = config;
  }

  /** The whole `output` object (what responseExportValues selected). */
  public get output(): string {
    return Token.asString(this.interpolationForAttribute('output'));
  }

  /**
   * The whole `sensitive_output` (what sensitiveResponseExportValues selected). Terraform marks it
   * sensitive: never put it in a plain output.
   */
  public get sensitiveOutput(): string {
    return Token.asString(this.interpolationForAttribute('sensitive_output'));
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      type: c.resourceType,
      resource_id: c.resourceId,
      action: c.action,
      method: c.method,
      body: c.body,
      response_export_values: c.responseExportValues,
      sensitive_response_export_values: c.sensitiveResponseExportValues,
      when: c.when,
      locks: c.locks,
      timeouts: c.timeouts ? { create: c.timeouts.create, read: c.timeouts.read, update: c.timeouts.update, delete: c.timeouts.destroy } : undefined,
    };
  }
}
