/**
 * Hand-written cdktf binding for `azapi_update_resource` (azapi 2.x): writes properties of an ARM
 * object that already exists. Create and update GET the object, merge the body and PUT it; read
 * GETs it; destroy only forgets it (no DELETE is sent). That fits an object that exists as long as
 * its parent does and has no DELETE operation of its own, such as an app's gateway link
 * (sites/virtualNetworkConnections/gateways/primary). Only the arguments the library uses are typed.
 */
import { IResolvable, TerraformMetaArguments, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { azapiResourceConfig } from './provider';
import { AzapiTimeouts, requireWriteOnlyTerraform } from './resource';

/** Arguments of azapi_update_resource. */
export interface AzapiUpdateResourceConfig extends TerraformMetaArguments {
  /**
   * `<resource type>@<api version>`. Written as the `type` argument; named `resourceType` here
   * because `type` is reserved in Go.
   */
  readonly resourceType: string;
  /** Name of the object (the last segment of its ID). */
  readonly name: string;
  /** ID of its parent. */
  readonly parentId: string;
  /**
   * Properties to write, as an object such as `{ properties: { ... } }`.
   * @default - none: the object is written back as read
   */
  readonly body?: { [key: string]: any };
  /**
   * Write-only part of the body (Terraform 1.11+): merged into the request, never stored in state.
   * @default - none
   */
  readonly sensitiveBody?: { [key: string]: any };
  /**
   * Versions of the write-only properties: a property of sensitiveBody is sent when its version
   * changes (and on create). Keys are paths such as "properties.x".
   * @default - none
   */
  readonly sensitiveBodyVersion?: { [key: string]: string };
  /**
   * Ignore body properties the API does not return, so they cause no diff.
   * @default true (provider default)
   */
  readonly ignoreMissingProperty?: boolean | IResolvable;
  /**
   * IDs of resources to lock while this one is written.
   * @default - none
   */
  readonly locks?: string[];
  /**
   * Timeouts.
   * @default - provider defaults
   */
  readonly timeouts?: AzapiTimeouts;
}

/** An `azapi_update_resource`: properties of an existing ARM object, never deleted by Terraform. */
export class AzapiUpdateResource extends TerraformResource {
  public static readonly tfResourceType = 'azapi_update_resource';

  /** The configured arguments (read by the library's rules and tests). */
  public readonly config: AzapiUpdateResourceConfig;

  constructor(scope: Construct, id: string, config: AzapiUpdateResourceConfig) {
    super(scope, id, azapiResourceConfig('azapi_update_resource', config));
    this.config = config;
    if (config.sensitiveBody !== undefined) requireWriteOnlyTerraform(TerraformStack.of(this));
  }

  /** Resource ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      type: c.resourceType,
      name: c.name,
      parent_id: c.parentId,
      body: c.body,
      sensitive_body: c.sensitiveBody,
      sensitive_body_version: c.sensitiveBodyVersion,
      ignore_missing_property: c.ignoreMissingProperty,
      locks: c.locks,
      timeouts: c.timeouts ? { create: c.timeouts.create, read: c.timeouts.read, update: c.timeouts.update, delete: c.timeouts.destroy } : undefined,
    };
  }
}
