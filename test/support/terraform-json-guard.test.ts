import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { App, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { badReferences, checkStacks, stacksSeen, takeBadReferences } from './terraform-json-guard';

/** A stack whose second resource names the first in lifecycle.replaceTriggeredBy as cdktf users usually do. */
function brokenStack(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'broken');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const a = new ResourceGroup(stack, 'a', { name: 'rg-a', location: 'westeurope' });
  // The resource object renders as "${azurerm_resource_group.a}" (hashicorp/terraform-cdk#3196).
  new ResourceGroup(stack, 'b', { name: 'rg-b', location: 'westeurope', dependsOn: [a], lifecycle: { replaceTriggeredBy: [a] } });
  return stack;
}

// Validations off on purpose: these tests prove the guard sees plain Testing.synth(stack) too, on stacks with no library construct.
describe('stack guard (setupFilesAfterEnv)', () => {
  test('sees every way of synthesizing a stack: Testing.synth, Testing.fullSynth, app.synth()', () => {
    const before = stacksSeen();
    const app = Testing.app();
    const stack = new TerraformStack(app, 's');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    Testing.synth(stack);
    expect(stacksSeen()).toBe(before + 1);
    Testing.fullSynth(stack);
    expect(stacksSeen()).toBe(before + 2);
    app.synth();
    expect(stacksSeen()).toBe(before + 3);
  });

  test('catches the interpolated replace_triggered_by cdktf writes for a resource object, and the check fails', () => {
    Testing.synth(brokenStack(Testing.app()));
    expect(() => checkStacks()).toThrow(/bare addresses.*\n.*broken: resource\.azurerm_resource_group\.b\.lifecycle\.replace_triggered_by\[0\] = "\$\{azurerm_resource_group\.a\}"/);
    // The check took what it found, so this test's own afterEach passes.
    expect(takeBadReferences()).toEqual([]);
  });

  test('passes bare addresses, and the same stack written with them', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'fixed');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const a = new ResourceGroup(stack, 'a', { name: 'rg-a', location: 'westeurope' });
    new ResourceGroup(stack, 'b', { name: 'rg-b', location: 'westeurope', dependsOn: [a], lifecycle: { replaceTriggeredBy: ['azurerm_resource_group.a'] } });
    Testing.synth(stack);
    expect(takeBadReferences()).toEqual([]);
  });

  test.each([
    ['an interpolation', '${azapi_resource.x}'],
    ['an attribute path (a remote-state output)', 'data.terraform_remote_state.net.outputs.gw'],
    ['an attribute of a resource', 'azurerm_subnet.s.id'],
  ])('rejects %s in depends_on of resources, data sources and outputs', (_what, value) => {
    for (const section of ['resource', 'data']) {
      expect(badReferences('s', { [section]: { t: { n: { depends_on: ['t.ok', value] } } } })).toEqual([{ stack: 's', path: `${section}.t.n.depends_on[1]`, value }]);
    }
    expect(badReferences('s', { output: { o: { value: 1, depends_on: [value] } } })).toHaveLength(1);
  });

  test('accepts resource, data source and module addresses', () => {
    expect(badReferences('s', { resource: { t: { n: { depends_on: ['azurerm_subnet.s', 'data.azurerm_client_config.c', 'module.m'], lifecycle: { replace_triggered_by: ['azapi_resource.Integration_Connection_F93AB1FF'] } } } } })).toEqual([]);
  });

  test('an output with depends_on on a resource is caught (cdktf renders it as an interpolation)', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'o');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const a = new ResourceGroup(stack, 'a', { name: 'rg-a', location: 'westeurope' });
    new TerraformOutput(stack, 'out', { value: a.name, dependsOn: [a] });
    Testing.synth(stack);
    const found = takeBadReferences();
    expect(found.map((f) => f.path)).toEqual(['output.out.depends_on[0]']);
  });
});
