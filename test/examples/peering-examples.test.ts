import { App, TerraformStack, Testing } from 'cdktf';
import { ValidationHub } from '../../lib/inventory/validation-hub';
import { SCENARIOS } from '../../examples';
import { stableSynth } from '../helpers/snapshot';

function synthScenario(id: string): { app: App; stacks: TerraformStack[] } {
  const scenario = SCENARIOS.find((s) => s.id === id)!;
  const app = Testing.app();
  scenario.build(app, scenario.id);
  app.synth(); // runs every rule of every stack; throws on an error finding
  return { app, stacks: app.node.findAll().filter(TerraformStack.isStack) };
}

describe('peering examples', () => {
  test('hub and app stacks: synthesizes without errors, peering crosses the stacks, snapshot', () => {
    const { app, stacks } = synthScenario('peering-hub-and-app-stacks');
    expect(stacks.map((s) => s.node.id).sort()).toEqual(['peering-hub-and-app-stacks', 'peering-hub-and-app-stacks-hub']);
    const findings = ValidationHub.of(app).findings();
    expect(findings.filter((f) => f.outcome === 'error')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'VNI-P005').map((f) => f.outcome)).toEqual(['pass']);
    for (const stack of stacks) expect(stableSynth(stack)).toMatchSnapshot(stack.node.id);
    const appTf = JSON.parse(Testing.synth(stacks.find((s) => s.node.id === 'peering-hub-and-app-stacks')!, true));
    const toHub = (Object.values(appTf.resource.azurerm_virtual_network_peering) as any[]).find((p) => p.name === 'vnet-app-to-vnet-hub');
    expect(toHub.remote_virtual_network_id).toMatch(/terraform_remote_state/);
  });

  test('cross-region access: synthesizes without errors, snapshot', () => {
    const { app, stacks } = synthScenario('peering-cross-region-access');
    const findings = ValidationHub.of(app).findings();
    expect(findings.filter((f) => f.outcome === 'error')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'VNI-R010').map((f) => f.outcome)).toEqual(['pass']);
    expect(stacks).toHaveLength(1);
    const tf = JSON.parse(Testing.synth(stacks[0], true));
    expect(tf.resource.azurerm_network_security_group.RemoteDataNsg.security_rule[0].source_address_prefixes).toEqual(['10.10.0.0/26']);
    expect(stableSynth(stacks[0])).toMatchSnapshot();
  });
});
