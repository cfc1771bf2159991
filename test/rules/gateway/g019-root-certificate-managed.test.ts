import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { PointToSiteGatewayReference } from '../../../lib/references/point-to-site-gateway-reference';
import { G019_ROOT_CERTIFICATE_MANAGED as rule } from '../../../lib/rules/gateway/g019-root-certificate-managed';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { integration, inventory, kinds } from './models';

describe('VNI-G019 Gateway.RootCertificateManaged', () => {
  test('Compliance: the library manages the certificate', () => {
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: gateway managed elsewhere', () => {
    const [c] = rule.check(integration({ rootCertificateManaged: false }), inventory()) as any[];
    expect(c.message).toMatch(/add certificateData there/);
  });
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
