import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { onePlanTwoVnets } from '../../examples/gateway-plan-two-vnets';
import { twoAppsSharedGateway } from '../../examples/gateway-two-apps-shared-gateway';
import { windowsAppToRemoteVnet } from '../../examples/gateway-windows-app-remote-vnet';
import { ValidationHub } from '../../lib/glue/validation-hub';

const EXAMPLES: [string, (scope: Construct, id: string) => TerraformStack][] = [
  ['windowsAppToRemoteVnet', windowsAppToRemoteVnet],
  ['twoAppsSharedGateway', twoAppsSharedGateway],
  ['onePlanTwoVnets', onePlanTwoVnets],
];

describe.each(EXAMPLES)('example %s', (name, build) => {
  test('matches its snapshot', () => {
    const app = Testing.app();
    expect(Testing.synth(build(app, name))).toMatchSnapshot();
  });

  test('passes every rule (no errors, no unverified findings)', () => {
    const app = Testing.app();
    const stack = build(app, name);
    expect(() => app.synth()).not.toThrow();
    const bad = ValidationHub.of(stack).findings().filter((f) => f.outcome === 'error' || f.outcome === 'unverified');
    expect(bad.map((f) => f.message)).toEqual([]);
  });

  test('declares the azapi provider and never outputs the package URI', () => {
    const app = Testing.app();
    const out = JSON.parse(Testing.synth(build(app, name)));
    expect(out.terraform.required_providers.azapi.source).toBe('Azure/azapi');
    expect(JSON.stringify(out.output ?? {})).not.toMatch(/sensitive_output|azapi_resource_action/);
  });
});

test('two apps sharing a gateway: two root certificates, one plan route', () => {
  const app = Testing.app();
  const out = JSON.parse(Testing.synth(twoAppsSharedGateway(app, 'x')));
  const gw = Object.values(out.resource.azurerm_virtual_network_gateway)[0] as any;
  expect(gw.vpn_client_configuration.root_certificate).toHaveLength(2);
  expect(Object.keys(out.resource.azapi_resource).filter((k) => k.includes('Route'))).toHaveLength(1);
});

test('one plan, two networks: two gateways and two connections', () => {
  const app = Testing.app();
  const out = JSON.parse(Testing.synth(onePlanTwoVnets(app, 'x')));
  expect(Object.keys(out.resource.azurerm_virtual_network_gateway)).toHaveLength(2);
  expect(Object.keys(out.resource.azapi_resource).filter((k) => k.includes('_Connection_'))).toHaveLength(2);
});
