/** VNI-G019 in synthesis (loads cdktf). Its unit tests on plain models are in g019-root-certificate-managed.test.ts, which the mutation check runs. */
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { PointToSiteGatewayReference } from '../../../lib/references/point-to-site-gateway-reference';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G019 Gateway.RootCertificateManaged', () => {
  test('synth: adopted gateway warns; own gateway passes', () => {
    const f = fixture();
    const adopted = PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'adopted', { gatewayId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworkGateways/a', virtualNetwork: f.vnet });
    new GatewayVnetIntegration(f.stack, 'a', { app: f.web, plan: f.plan, gateway: adopted });
    expect(findingsOf(f, 'VNI-G019').map((x) => x.outcome)).toEqual(['warning']);
    const g = fixture();
    new GatewayVnetIntegration(g.stack, 'a', { app: g.web, plan: g.plan, gateway: gatewayIn(g) });
    expect(findingsOf(g, 'VNI-G019').map((x) => x.outcome)).toEqual(['pass']);
  });
});
