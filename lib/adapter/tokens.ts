/**
 * Token detection for the rest of the adapter. A value the user configured may be a literal or an
 * unresolved cdktf token (another resource's attribute, a variable, a data source, a remote state
 * output, a function call, a cross-stack reference); only this folder looks inside tokens, so a
 * move to CDK Terrain touches one place.
 */
import { TerraformResource, Token } from 'cdktf';

/** True when the value (or anything inside it) is still a token. */
export function isUnresolved(value: unknown): boolean {
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

/** True when `x` is a Terraform resource of the given type (no instanceof across package copies). */
export function isResourceOfType(x: unknown, type: string): x is TerraformResource {
  return TerraformResource.isTerraformResource(x) && (x as TerraformResource).terraformResourceType === type;
}
