import { App, TerraformStack, Testing } from 'cdktf';
import { ValidationHub } from '../../lib/inventory/validation-hub';
import { SCENARIOS } from '../../examples';
import { APP_SUBSCRIPTION, CONNECTIVITY_SUBSCRIPTION } from '../../examples/landing-zone-two-subscriptions';
import { stableSynth } from '../helpers/snapshot';

function synthScenario(id: string): { app: App; stack: TerraformStack } {
  const scenario = SCENARIOS.find((s) => s.id === id)!;
  const app = Testing.app();
  const stack = scenario.build(app, scenario.id);
  app.synth(); // runs every rule; throws on an error finding
  return { app, stack };
}

/** The provider every resource of the example must carry: the subscription it belongs in. */
const EXPECTED: Record<string, string> = {
  'azurerm_resource_group.HubGroup': 'azurerm.connectivity',
  'azurerm_virtual_network.Hub': 'azurerm.connectivity',
  'azurerm_subnet.HubGateway_GatewaySubnet_B2B997B9': 'azurerm.connectivity',
  'azurerm_public_ip.HubGateway_PublicIp_4EAA631A': 'azurerm.connectivity',
  'azurerm_virtual_network_gateway.HubGateway_AB5237EF': 'azurerm.connectivity',
  'azurerm_virtual_network_peering.HubToSpoke_26FB8F92': 'azurerm.connectivity',
  'azurerm_resource_group.AppGroup': 'azurerm.app',
  'azurerm_virtual_network.Spoke': 'azurerm.app',
  'azurerm_service_plan.Plan': 'azurerm.app',
  'azurerm_windows_web_app.Web': 'azurerm.app',
  'azurerm_subnet.Integration_Subnet_00941EF1': 'azurerm.app',
  'azurerm_virtual_network_peering.HubToSpoke_SpokeToHub_500AEA87': 'azurerm.app',
};

describe('landing zone with two subscriptions', () => {
  test('every resource carries the provider of its subscription; no default provider is used', () => {
    const { stack } = synthScenario('landing-zone-two-subscriptions');
    const tf = JSON.parse(Testing.synth(stack));
    const actual: Record<string, string | undefined> = {};
    for (const [type, byName] of Object.entries(tf.resource)) for (const [name, r] of Object.entries(byName as object)) actual[`${type}.${name}`] = (r as any).provider;
    expect(actual).toEqual(EXPECTED);
    expect(tf.provider.azurerm).toEqual([
      expect.objectContaining({ alias: 'connectivity', subscription_id: CONNECTIVITY_SUBSCRIPTION }),
      expect.objectContaining({ alias: 'app', subscription_id: APP_SUBSCRIPTION }),
    ]);
  });

  test('synthesizes without errors; VNI-R024 passes for every resource the constructs create; snapshot', () => {
    const { app, stack } = synthScenario('landing-zone-two-subscriptions');
    const findings = ValidationHub.of(app).findings();
    expect(findings.filter((f) => f.outcome === 'error')).toEqual([]);
    // GatewaySubnet, public IP, gateway; integration subnet; both peering sides.
    expect(findings.filter((f) => f.ruleId === 'VNI-R024').map((f) => f.outcome)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    expect(stableSynth(stack)).toMatchSnapshot();
  });
});
