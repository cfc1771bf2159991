import type { Fact } from '../../../lib/model/fact';
import { G008_NO_EXPRESS_ROUTE as rule } from '../../../lib/rules/gateway/g008-no-express-route';
import { gateway, inventory, kinds, vnet } from './models';
import { known, missing, token } from '../../helpers/models';
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

describe('VNI-G008 messages and readings', () => {
  const imported = vnet({ key: k('lit:/subscriptions/s/x') });

  test('Noncompliance: every ExpressRoute gateway of the network is named once', () => {
    const inv = inventory();
    const byVnet = inv.tree.expressRouteGatewaysByVnet as Map<unknown, any>;
    byVnet.set(k('ref:stack:azurerm_virtual_network.vnet.id'), [{ path: 'stack/er1', type: 'azurerm_virtual_network_gateway' }]);
    byVnet.set(k('ref:stack:azurerm_virtual_network.vnet.name'), [{ path: 'stack/er2', type: 'azurerm_virtual_network_gateway' }, { path: 'stack/er1', type: 'azurerm_virtual_network_gateway' }]);
    expect(rule.check(gateway(), inv)).toEqual([
      { kind: 'fail', message: 'the network stack/vnet also has an ExpressRoute gateway (stack/er1, stack/er2); accepted: a network without ExpressRoute gateways' },
    ]);
  });

  test('Noncompliance: hasExpressRouteGateway true fails with its message', () => {
    expect(rule.check(gateway({ created: false, hasExpressRouteGateway: known('er', true) }), inventory())).toEqual([
      { kind: 'fail', message: 'the network stack/vnet has an ExpressRoute gateway (hasExpressRouteGateway is true); accepted: none' },
    ]);
  });

  test('a declared network: a malformed statement fails, a token is unverified, nothing stated passes', () => {
    const declared = (hasExpressRouteGateway: Fact<'boolean'>) => gateway({ created: false, hasExpressRouteGateway });
    expect(rule.check(declared(known('hasExpressRouteGateway', 'yes')), inventory())).toEqual([
      { kind: 'fail', message: 'ExpressRoute gateways in the network stack/vnet: hasExpressRouteGateway is malformed: got "yes"; accepted: true or false' },
    ]);
    expect(rule.check(declared(token('hasExpressRouteGateway', 'var.er')), inventory())).toEqual([
      {
        kind: 'unverified',
        message: 'ExpressRoute gateways in the network stack/vnet cannot be checked: hasExpressRouteGateway is an unresolved token, known only at apply (from var.er). Accepted: a network without ExpressRoute gateways',
      },
    ]);
    expect(kinds(rule.check(gateway({ created: false, hasExpressRouteGateway: missing('er') }), inventory()))).toEqual(['pass']);
  });

  test('Unverified: an imported network that states nothing is named as managed outside this app', () => {
    expect(rule.check(gateway({ created: false, vnet: imported }), inventory())).toEqual([
      {
        kind: 'unverified',
        message: 'ExpressRoute gateways in the network stack/vnet cannot be checked: whether the network stack/vnet, which is managed outside this app, has an ExpressRoute gateway was not given. Accepted: a network without ExpressRoute gateways',
      },
    ]);
  });

  test('Unverified: an imported network whose statement is missing keeps the reading of the fact', () => {
    expect(rule.check(gateway({ created: false, vnet: imported, hasExpressRouteGateway: missing('hasExpressRouteGateway') }), inventory())).toEqual([
      { kind: 'unverified', message: 'ExpressRoute gateways in the network stack/vnet cannot be checked: hasExpressRouteGateway was not given. Accepted: a network without ExpressRoute gateways' },
    ]);
  });
});
