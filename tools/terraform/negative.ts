/**
 * Programs Terraform must refuse. tf:verify runs them after the real stacks and fails unless each
 * is refused with Terraform's own message: the proof that the harness would catch these mistakes in
 * the library's output (a secret in a plain output, the interpolated replace_triggered_by cdktf
 * writes for a resource object, an argument the azapi schema does not have, an azurerm 3.x argument
 * that 4.0 removed: proof that the vendored azurerm schemas are 4.x ones). The two local and
 * literal-interpolation cases record what Terraform catches of a sensitive value on its way to a
 * plain output; what it does not catch (a value passed through nonsensitive(), a sensitive value
 * in app_settings, which azurerm does not mark sensitive) is left to VNI-G023 and VNI-G030.
 */
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { RouteTable } from '@cdktf/provider-azurerm/lib/route-table';
import { App, TerraformLocal, TerraformOutput } from 'cdktf';
import { AzapiProvider, AzapiResource, AzapiResourceAction } from '../../lib';
import { azStack, group } from './corpus/common';
import type { NegativeCase } from './stacks';

/** A stack with an azapi_resource_action whose sensitive_output holds a secret. */
function sensitiveAction(app: App, id: string): { s: ReturnType<typeof azStack>; action: AzapiResourceAction } {
  const s = azStack(app, id);
  AzapiProvider.ensure(s);
  const rg = group(s, `rg-${id}`);
  const action = new AzapiResourceAction(s, 'ListKeys', {
    resourceType: 'Microsoft.Storage/storageAccounts@2023-05-01',
    resourceId: `${rg.id}/providers/Microsoft.Storage/storageAccounts/st${id}`,
    action: 'listKeys',
    sensitiveResponseExportValues: ['*'],
  });
  return { s, action };
}

export const NEGATIVE_CASES: NegativeCase[] = [
  {
    name: 'negative-plain-output-of-sensitive-value',
    description: 'A plain output of an azapi_resource_action sensitive_output (sensitive in the real azapi schema)',
    expect: /Output refers to sensitive values/,
    build: (app: App) => {
      const s = azStack(app, 'leak');
      AzapiProvider.ensure(s);
      const rg = group(s, 'rg-leak');
      const action = new AzapiResourceAction(s, 'ListKeys', {
        resourceType: 'Microsoft.Storage/storageAccounts@2023-05-01',
        resourceId: `${rg.id}/providers/Microsoft.Storage/storageAccounts/stleak`,
        action: 'listKeys',
        sensitiveResponseExportValues: ['*'],
      });
      new TerraformOutput(s, 'keys', { value: action.sensitiveOutput });
    },
  },
  {
    name: 'negative-plain-output-of-local-holding-sensitive-value',
    description: 'A local holding an azapi_resource_action sensitive_output, then a plain output of the local (sensitivity follows locals)',
    expect: /Output refers to sensitive values/,
    build: (app: App) => {
      const { s, action } = sensitiveAction(app, 'leaklocal');
      const local = new TerraformLocal(s, 'listed', action.sensitiveOutput);
      new TerraformOutput(s, 'keys', { value: local.expression });
    },
  },
  {
    name: 'negative-plain-output-of-literal-interpolation',
    description: 'A plain output whose value is the literal string "${azapi_resource_action.<name>.sensitive_output}" (Terraform reads it as a reference)',
    expect: /Output refers to sensitive values/,
    build: (app: App) => {
      const { s, action } = sensitiveAction(app, 'leakraw');
      // cdktf writes a literal string as it is (inside a function call it would escape "${" instead).
      new TerraformOutput(s, 'keys', { value: `\${azapi_resource_action.${action.friendlyUniqueId}.sensitive_output}` });
    },
  },
  {
    name: 'negative-interpolated-replace-triggered-by',
    description: 'lifecycle.replace_triggered_by given a resource object, which cdktf renders as "${...}"',
    expect: /Invalid expression|Invalid character/,
    build: (app: App) => {
      const s = azStack(app, 'lifecycle');
      const a = group(s, 'rg-trigger-a');
      new ResourceGroup(s, 'b', { name: 'rg-trigger-b', location: 'westeurope', lifecycle: { replaceTriggeredBy: [a] } });
    },
  },
  {
    name: 'negative-unknown-azapi-argument',
    description: 'An azapi_resource with an argument its schema does not have',
    // Terraform's JSON syntax words it "Extraneous JSON object property" (native syntax: "Unsupported argument").
    expect: /Extraneous JSON object property|Unsupported argument/,
    build: (app: App) => {
      const s = azStack(app, 'shape');
      const rg = group(s, 'rg-shape');
      AzapiProvider.ensure(s);
      const r = new AzapiResource(s, 'Thing', { resourceType: 'Microsoft.Network/networkWatchers@2024-05-01', name: 'nw', parentId: rg.id, location: 'westeurope', body: {} });
      r.addOverride('properties_typo', { enabled: true });
    },
  },
  {
    name: 'negative-azurerm-3x-argument',
    description: 'An azurerm_route_table with disable_bgp_route_propagation, a 3.x argument azurerm 4.0 replaced by bgp_route_propagation_enabled',
    expect: /Extraneous JSON object property|Unsupported argument/,
    build: (app: App) => {
      const s = azStack(app, 'removed');
      const rg = group(s, 'rg-removed');
      const rt = new RouteTable(s, 'Routes', { name: 'rt-removed', location: rg.location, resourceGroupName: rg.name });
      rt.addOverride('disable_bgp_route_propagation', true);
    },
  },
];
