import { G016_GATEWAY_SUBNET_NAME as rule } from '../../../lib/rules/gateway/g016-gateway-subnet-name';
import { gateway, inventory, kinds } from './models';
import { known, token } from '../../helpers/models';

describe('VNI-G016 Gateway.GatewaySubnetName', () => {
  test('Compliance: GatewaySubnet', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['pass']);
  });
  test.each(['gatewaysubnet', 'snet-gateway'])('Noncompliance: %s', (name) => {
    const [c] = rule.check(gateway({ gatewaySubnetName: known('n', name) }), inventory()) as any[];
    expect(c.message).toContain(`"${name}"`);
  });
  test('a gateway subnet name that is a token is unverified, naming what is accepted', () => {
    const [c] = rule.check(gateway({ gatewaySubnetName: token('gateway subnet name', 'var.name') }), inventory()) as any[];
    expect(c.kind).toBe('unverified');
    expect(c.message).toBe('gateway subnet name cannot be checked: gateway subnet name is an unresolved token, known only at apply (from var.name). Accepted: "GatewaySubnet"');
  });
});
