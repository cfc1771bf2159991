import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { hubSpokeWithTransitPeering } from '../../examples/gateway-hub-spoke-transit';
import { onePlanTwoVnets } from '../../examples/gateway-plan-two-vnets';
import { twoAppsSharedGateway } from '../../examples/gateway-two-apps-shared-gateway';
import { windowsAppToRemoteVnet } from '../../examples/gateway-windows-app-remote-vnet';
import { ValidationHub } from '../../lib/inventory/validation-hub';

const EXAMPLES: [string, (scope: Construct, id: string) => TerraformStack][] = [
  ['windowsAppToRemoteVnet', windowsAppToRemoteVnet],
  ['twoAppsSharedGateway', twoAppsSharedGateway],
  ['onePlanTwoVnets', onePlanTwoVnets],
  ['hubSpokeWithTransitPeering', hubSpokeWithTransitPeering],
];

describe.each(EXAMPLES)('example %s', (name, build) => {
  test('passes every rule (no errors, no unverified findings)', () => {
    const app = Testing.app();
    const stack = build(app, name);
    expect(() => app.synth()).not.toThrow();
    const bad = ValidationHub.of(stack).findings().filter((f) => f.outcome === 'error' || f.outcome === 'unverified');
    expect(bad.map((f) => f.message)).toEqual([]);
  });

  test('declares the azapi provider and never outputs the package URI', () => {
    const app = Testing.app();
    const out = JSON.parse(Testing.synth(build(app, name), true));
    expect(out.terraform.required_providers.azapi.source).toBe('Azure/azapi');
    expect(JSON.stringify(out.output ?? {})).not.toMatch(/sensitive_output|azapi_resource_action/);
  });
});

test('two apps sharing a gateway: two root certificates, one plan route', () => {
  const app = Testing.app();
  const out = JSON.parse(Testing.synth(twoAppsSharedGateway(app, 'x'), true));
  const gw = Object.values(out.resource.azurerm_virtual_network_gateway)[0] as any;
  expect(gw.vpn_client_configuration.root_certificate).toHaveLength(2);
  expect(Object.values<any>(out.resource.azapi_resource_action).filter((r) => String(r.type).includes('/routes@') && r.method === 'PUT')).toHaveLength(1);
});

test('one plan, two networks: two gateways and two connections', () => {
  const app = Testing.app();
  const out = JSON.parse(Testing.synth(onePlanTwoVnets(app, 'x'), true));
  expect(Object.keys(out.resource.azurerm_virtual_network_gateway)).toHaveLength(2);
  expect(Object.keys(out.resource.azapi_resource).filter((k) => k.includes('_Connection_'))).toHaveLength(2);
});

test('hub and spoke: transit flags, and the spoke range as a plan route of the later integration', () => {
  const app = Testing.app();
  const out = JSON.parse(Testing.synth(hubSpokeWithTransitPeering(app, 'x'), true));
  const peerings = Object.values(out.resource.azurerm_virtual_network_peering) as any[];
  expect(peerings.map((p) => [p.allow_gateway_transit, p.use_remote_gateways])).toEqual([
    [true, false],
    [false, true],
  ]);
  const routes = Object.values(out.resource.azapi_resource_action).filter((r: any) => r.type.includes('/routes@') && r.method === 'PUT') as any[];
  expect(routes.map((r) => r.body.properties)).toEqual([{ startAddress: '10.101.0.0', endAddress: '10.101.255.255', routeType: 'STATIC' }]);
});
