import { G018_GATEWAY_SUBNET_RECOMMENDED_SIZE as rule } from '../../../lib/rules/gateway/g018-gateway-subnet-recommended-size';
import { gateway, inventory, kinds } from './models';
import { known } from '../../helpers/models';

describe('VNI-G018 Gateway.GatewaySubnetRecommendedSize', () => {
  test('Compliance: /27', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: /28', () => {
    const [c] = rule.check(gateway({ gatewaySubnetPrefixes: known('p', ['10.20.255.0/28']) }), inventory()) as any[];
    expect(c.message).toMatch(/smaller than the recommended \/27/);
  });
});
