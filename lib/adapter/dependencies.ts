import { dependable, ITerraformDependable, TerraformResource, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';

/**
 * Adds explicit depends_on entries (once each). Terraform destroys in reverse order, so a resource
 * that depends on the subnet leaves it before the subnet goes. Targets in another stack are left
 * out (see inStackOf): there the order comes from the stack dependency.
 */
export function dependsOnAll(resource: TerraformResource, targets: readonly ITerraformDependable[]): void {
  const current = resource.dependsOn ?? [];
  const local = targets.filter((t) => !Construct.isConstruct(t) || TerraformStack.of(t) === TerraformStack.of(resource));
  const add = local.map((t) => dependable(t)).filter((d) => !current.includes(d));
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

/**
 * `resource` when it is in the stack of `scope`, else undefined. depends_on and replace_triggered_by
 * can name only objects of their own configuration: cdktf renders a resource of another stack as a
 * remote-state output path, which Terraform refuses there. Across stacks the order comes from the
 * stack dependency that the cross-stack reference itself creates.
 */
export function inStackOf<T extends TerraformResource>(scope: IConstruct, resource: T | undefined): T | undefined {
  return resource !== undefined && TerraformStack.of(resource) === TerraformStack.of(scope) ? resource : undefined;
}
