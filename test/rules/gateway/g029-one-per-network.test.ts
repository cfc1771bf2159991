import { G029_ONE_PER_NETWORK as rule } from '../../../lib/rules/gateway/g029-one-per-network';
import { k } from '../../helpers/keys';
import { tree } from '../../helpers/models';
import { gateway, inventory, kinds, vnet } from './models';

describe('VNI-G029 Gateway.OnePerNetwork', () => {
  test('Compliance: one gateway and one GatewaySubnet per network (unit)', () => {
    const placement = {
      vpnGatewaysByVnet: new Map([[k('ref:stack:azurerm_virtual_network.vnet.name'), [{ path: 'stack/gw/Gateway', key: k('ref:stack:azurerm_virtual_network_gateway.gw.id') }]]]),
      gatewaySubnetsByVnet: new Map([[k('ref:stack:azurerm_virtual_network.vnet.name'), [{ path: 'stack/gw/GatewaySubnet', key: k('ref:stack:azurerm_subnet.gs.id') }]]]),
    };
    expect(kinds(rule.check(inventory({ gateways: [gateway()], tree: tree({ gatewayPlacement: placement }) })))).toEqual(['pass', 'pass']);
  });
  test('Noncompliance: two gateways under two keys of one network count once per resource (unit)', () => {
    const v = vnet({ nameKeys: [k('ref:stack:azurerm_virtual_network.vnet.name'), k('name:rg-net/vnet-remote')] });
    const placement = {
      vpnGatewaysByVnet: new Map([
        [k('ref:stack:azurerm_virtual_network.vnet.name'), [{ path: 'stack/a', key: k('ref:stack:azurerm_virtual_network_gateway.a.id') }]],
        [k('name:rg-net/vnet-remote'), [{ path: 'stack/b', key: k('ref:stack:azurerm_virtual_network_gateway.b.id') }, { path: 'stack/a', key: k('ref:stack:azurerm_virtual_network_gateway.a.id') }]],
      ]),
      gatewaySubnetsByVnet: new Map(),
    };
    const out = rule.check(inventory({ gateways: [gateway({ vnet: v })], tree: tree({ gatewayPlacement: placement }) })) as any[];
    expect(out.map((c) => [c.kind, c.path])).toEqual([['fail', 'stack/b']]);
    expect(out[0].message).toBe('network stack/vnet would hold 2 VPN gateways (stack/a, stack/b); accepted: one VPN gateway per network: share stack/a between the apps, or adopt an existing gateway with PointToSiteGateway.fromGatewayAttributes');
  });
});
