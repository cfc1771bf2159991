import { dependable, ITerraformDependable, TerraformResource } from 'cdktf';

/**
 * Adds explicit depends_on entries (once each). Terraform destroys in reverse order, so a resource
 * that depends on the subnet leaves it before the subnet goes.
 */
export function dependsOnAll(resource: TerraformResource, targets: readonly ITerraformDependable[]): void {
  const current = resource.dependsOn ?? [];
  const add = targets.map((t) => dependable(t)).filter((d) => !current.includes(d));
  if (add.length > 0) resource.dependsOn = [...current, ...add];
}

/**
 * The bare address of a resource (`azapi_resource.Name_1A2B3C4D`), for lifecycle.replaceTriggeredBy.
 * cdktf renders a resource object given there as an interpolation ("${azapi_resource.Name}"), which
 * Terraform's JSON syntax rejects (hashicorp/terraform-cdk#3196); a plain string is written as is.
 */
export function resourceAddress(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}
