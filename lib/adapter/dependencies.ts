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
