/**
 * The gateway-required constructs get the same treatment as the regional one: any value in any prop
 * ends in a clean synthesis or a clear error naming the construct and the prop (or a rule), never a
 * TypeError.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformStack, Testing } from 'cdktf';
import * as fc from 'fast-check';
import { GatewayTransitPeering, GatewayVnetIntegration, PointToSiteGateway } from '../../lib';
import { PropsError } from '../../lib/constructs/props-checks';
import { junk, runs } from './arbitraries';

function setup() {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const hub = new VirtualNetwork(stack, 'Hub', { name: 'vnet-hub', resourceGroupName: 'rg', location: 'westeurope', addressSpace: ['10.1.0.0/16'] });
  const spoke = new VirtualNetwork(stack, 'Spoke', { name: 'vnet-spoke', resourceGroupName: 'rg', location: 'westeurope', addressSpace: ['10.2.0.0/16'] });
  const plan = new ServicePlan(stack, 'Plan', { name: 'plan', resourceGroupName: 'rg', location: 'westeurope', osType: 'Windows', skuName: 'P1v3' });
  const web = new WindowsWebApp(stack, 'Web', { name: 'web', resourceGroupName: 'rg', location: 'westeurope', servicePlanId: plan.id, siteConfig: {} });
  const gatewayProps: Record<string, unknown> = { virtualNetwork: hub, gatewaySubnetAddressPrefix: '10.1.255.0/27', pointToSiteAddressPool: ['172.16.9.0/24'] };
  return { app, stack, hub, spoke, plan, web, gatewayProps };
}

type Outcome = 'synthesized' | 'props error' | 'validation error';

function run(build: () => void, synth: () => void, name: string): Outcome {
  try {
    build();
  } catch (e) {
    // The construct itself, or one it creates (an inline gateway from gatewayOptions), names the prop.
    if (e instanceof PropsError && new RegExp(`^stack/[\\w/]+: (${name}|PointToSiteGateway) (prop|needs)`).test(e.message)) return 'props error';
    throw e;
  }
  try {
    synth();
  } catch (e) {
    const m = (e as Error).message;
    if (!(e instanceof TypeError) && (/\[VNI-[RAGP]\d{3}\]/.test(m) || / prop "/.test(m))) return 'validation error';
    throw e;
  }
  return 'synthesized';
}

const GATEWAY_PROPS = ['virtualNetwork', 'pointToSiteAddressPool', 'gatewaySubnetAddressPrefix', 'gatewaySubnet', 'sku', 'generation', 'vpnType', 'vpnClientProtocols', 'customRoutes', 'name', 'location', 'resourceGroupName', 'timeout', 'tags'];
const INTEGRATION_PROPS = ['app', 'plan', 'gateway', 'gatewayOptions', 'routes', 'routeTable', 'serviceEndpoints', 'certificateName'];
const PEERING_PROPS = ['gateway', 'spokeVirtualNetwork', 'spokeAddressPrefixes', 'addPlanRoutes', 'hubToSpokeName', 'spokeToHubName'];

describe('property: gateway-required constructs never crash', () => {
  test('PointToSiteGateway', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...GATEWAY_PROPS), junk, { minKeys: 1, maxKeys: 3 }), (overrides) => {
        const s = setup();
        const outcome = run(() => new PointToSiteGateway(s.stack, 'Gateway', { ...s.gatewayProps, ...overrides } as any), () => s.app.synth(), 'PointToSiteGateway');
        expect(['synthesized', 'props error', 'validation error']).toContain(outcome);
      }),
      { numRuns: runs(60) },
    );
  });

  test('GatewayVnetIntegration', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...INTEGRATION_PROPS), junk, { minKeys: 1, maxKeys: 3 }), (overrides) => {
        const s = setup();
        const outcome = run(
          () => {
            const gateway = new PointToSiteGateway(s.stack, 'Gateway', s.gatewayProps as any);
            new GatewayVnetIntegration(s.stack, 'Integration', { app: s.web, plan: s.plan, gateway, ...overrides } as any);
          },
          () => s.app.synth(),
          'GatewayVnetIntegration',
        );
        expect(['synthesized', 'props error', 'validation error']).toContain(outcome);
      }),
      { numRuns: runs(60) },
    );
  });

  test('GatewayTransitPeering', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...PEERING_PROPS), junk, { minKeys: 1, maxKeys: 3 }), (overrides) => {
        const s = setup();
        const outcome = run(
          () => {
            const gateway = new PointToSiteGateway(s.stack, 'Gateway', s.gatewayProps as any);
            new GatewayTransitPeering(s.stack, 'Transit', { gateway, spokeVirtualNetwork: s.spoke, ...overrides } as any);
          },
          () => s.app.synth(),
          'GatewayTransitPeering',
        );
        expect(['synthesized', 'props error', 'validation error']).toContain(outcome);
      }),
      { numRuns: runs(60) },
    );
  });
});
