import { G016_GATEWAY_SUBNET_NAME as rule } from '../../../lib/rules/gateway/g016-gateway-subnet-name';
import { gateway, inventory, kinds } from './models';
import { known } from '../../helpers/models';

describe('VNI-G016 Gateway.GatewaySubnetName', () => {
  test('Compliance: GatewaySubnet', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['pass']);
  });
  test.each(['gatewaysubnet', 'snet-gateway'])('Noncompliance: %s', (name) => {
    const [c] = rule.check(gateway({ gatewaySubnetName: known('n', name) }), inventory()) as any[];
    expect(c.message).toContain(`"${name}"`);
  });
});
