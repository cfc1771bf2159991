import { G008_NO_EXPRESS_ROUTE as rule } from '../../../lib/rules/gateway/g008-no-express-route';
import { gateway, inventory, kinds, vnet } from './models';
import { known } from '../../helpers/models';
import { k } from '../../helpers/keys';

describe('VNI-G008 Gateway.NoExpressRoute', () => {
  test('Compliance: no ExpressRoute gateway in the network', () => {
    expect(kinds(rule.check(gateway(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: the tree has an ExpressRoute gateway in the network', () => {
    const inv = inventory();
    (inv.tree.expressRouteGatewaysByVnet as Map<unknown, any>).set(k('ref:stack:azurerm_virtual_network.vnet.name'), [{ path: 'stack/er', type: 'azurerm_virtual_network_gateway' }]);
    const [c] = rule.check(gateway(), inv) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/ExpressRoute gateway \(stack\/er\)/);
  });
  test('Noncompliance 2: adopted gateway states an ExpressRoute gateway', () => {
    expect(kinds(rule.check(gateway({ created: false, hasExpressRouteGateway: known('er', true) }), inventory()))).toEqual(['fail']);
  });
  test('an imported network without the fact is unverified', () => {
    expect(kinds(rule.check(gateway({ created: false, vnet: vnet({ key: k('lit:/subscriptions/s/x') }) }), inventory()))).toEqual(['unverified']);
  });
});
