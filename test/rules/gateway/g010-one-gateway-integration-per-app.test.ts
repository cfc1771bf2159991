import { G010_ONE_GATEWAY_INTEGRATION_PER_APP as rule } from '../../../lib/rules/gateway/g010-one-gateway-integration-per-app';
import { app, integration, inventory, kinds } from './models';
import { k } from '../../helpers/keys';

describe('VNI-G010 Gateway.OneIntegrationPerApp', () => {
  test('Compliance: two apps, one integration each', () => {
    const inv = inventory({ gatewayIntegrations: [integration({ path: 'a' }), integration({ path: 'b', app: app({ key: k('other') }) })] });
    expect(kinds(rule.check(inv))).toEqual(['pass', 'pass']);
  });
  test('Noncompliance 1: one app twice', () => {
    const checks = rule.check(inventory({ gatewayIntegrations: [integration({ path: 'a' }), integration({ path: 'b' })] })) as any[];
    expect(kinds(checks)).toEqual(['pass', 'fail']);
    expect(checks[1].message).toMatch(/already has a gateway-required integration at a/);
  });
});
