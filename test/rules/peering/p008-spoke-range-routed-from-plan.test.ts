import { P008_SPOKE_RANGE_ROUTED_FROM_PLAN as rule } from '../../../lib/rules/peering/p008-spoke-range-routed-from-plan';
import { known } from '../../helpers/models';
import { transitPeering, vnetModelOf } from '../../helpers/peering-models';
import { gateway, integration, inventory, kinds } from '../gateway/models';

const hub = vnetModelOf('ref:s:azurerm_virtual_network.Hub.id', ['10.20.0.0/16']);
const spoke = vnetModelOf('ref:s:azurerm_virtual_network.Spoke.id', ['10.1.0.0/16', '10.2.0.0/24']);
const onHub = (routes: string[]) => integration({ path: 'stack/int', gateway: gateway({ vnet: hub }), routes: known('plan routes (routes)', routes) });

describe('VNI-P008 Peering.SpokeRangeRoutedFromPlan (models)', () => {
  const peering = transitPeering('stack/Peering', hub, spoke, {}, {}, false);
  test('Compliance: the plan routes every spoke range (a wider route counts)', () => {
    expect(kinds(rule.check(peering, inventory({ gatewayIntegrations: [onHub(['10.0.0.0/8'])], peerings: [peering] })))).toEqual(['pass']);
  });
  test('Noncompliance: a spoke range without a plan route, with the fix', () => {
    const c = rule.check(peering, inventory({ gatewayIntegrations: [onHub(['10.1.0.0/16'])], peerings: [peering] }));
    expect(kinds(c)).toEqual(['fail']);
    expect((c[0] as { message: string }).message).toMatch(/plan of stack\/int has no route for 10\.2\.0\.0\/24 .*GatewayTransitPeering adds them; or routes \/ addRoute/);
  });
  test('no integration on the hub, or a plain peering: not applicable', () => {
    expect(kinds(rule.check(peering, inventory({ peerings: [peering] })))).toEqual(['not-applicable']);
    const plain = transitPeering('stack/Plain', hub, spoke, { transit: false }, { remoteGateways: false }, false);
    expect(kinds(rule.check(plain, inventory({ gatewayIntegrations: [onHub([])], peerings: [plain] })))).toEqual(['not-applicable']);
  });
});
