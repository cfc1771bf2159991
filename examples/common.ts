import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/** A stack with the azurerm provider and one resource group, the start of every scenario. */
export function scenarioStack(scope: Construct, id: string, location: string): { stack: TerraformStack; rg: ResourceGroup } {
  const stack = new TerraformStack(scope, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const rg = new ResourceGroup(stack, 'ResourceGroup', { name: `rg-${id}`, location });
  return { stack, rg };
}
