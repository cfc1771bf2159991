/** VNI-G020 in synthesis (loads cdktf). Its unit tests on plain models are in g020-sku-generation.test.ts, which the mutation check runs. */
import { PointToSiteGateway } from '../../../lib/constructs/point-to-site-gateway';
import { findingsOf, fixture, gatewayIn, synthJson } from '../../constructs/gateway-fixtures';

describe('VNI-G020 Gateway.SkuGeneration', () => {
  test('synth: the default gateway is VpnGw1AZ, Generation1, and passes', () => {
    const f = fixture();
    gatewayIn(f);
    expect(findingsOf(f, 'VNI-G020').map((x) => x.outcome)).toEqual(['pass']);
    const gw = Object.values(synthJson(f).resource.azurerm_virtual_network_gateway)[0] as any;
    expect([gw.sku, gw.generation]).toEqual(['VpnGw1AZ', 'Generation1']);
  });
  test('synth: a Basic gateway passes this rule', () => {
    const f = fixture();
    gatewayIn(f, { sku: 'Basic' });
    expect(findingsOf(f, 'VNI-G020').map((x) => x.outcome)).toEqual(['pass']);
  });
  test('synth: a new VpnGw2 gateway fails naming VpnGw2AZ and the construct', () => {
    const f = fixture();
    gatewayIn(f, { sku: 'VpnGw2' });
    const [x] = findingsOf(f, 'VNI-G020');
    expect([x.outcome, x.path]).toEqual(['error', 'stack/gw']);
    expect(x.message).toMatch(/accepted: "VpnGw2AZ"/);
  });
  test('synth: VpnGw4AZ with Generation1 fails', () => {
    const f = fixture();
    gatewayIn(f, { sku: 'VpnGw4AZ', generation: 'Generation1' });
    expect(findingsOf(f, 'VNI-G020').map((x) => x.outcome)).toEqual(['error']);
  });
  test('synth: an adopted VpnGw2 gateway passes this rule', () => {
    const f = fixture();
    PointToSiteGateway.fromGatewayAttributes(f.stack, 'adopted', {
      gatewayId: '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/vgw', virtualNetwork: f.vnet, sku: 'VpnGw2',
    });
    expect(findingsOf(f, 'VNI-G020').map((x) => x.outcome)).toEqual(['pass']);
  });
});
