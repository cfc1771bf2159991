import { G029_ONE_PER_NETWORK as rule } from '../../../lib/rules/gateway/g029-one-per-network';
import { k } from '../../helpers/keys';
import { regional, tree } from '../../helpers/models';
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

describe('VNI-G029 counting per network', () => {
  const NAME = k('ref:stack:azurerm_virtual_network.vnet.name');
  const OTHER_NAME = k('ref:stack:azurerm_virtual_network.other.name');
  const other = () => vnet({ key: k('ref:stack:azurerm_virtual_network.other.id'), nameKeys: [OTHER_NAME], label: 'stack/other' });
  const placed = (path: string, name: string) => ({ path, key: k(`ref:stack:azurerm_virtual_network_gateway.${name}.id`) });
  const placement = (gws: [typeof NAME, ReturnType<typeof placed>[]][], subnets: [typeof NAME, ReturnType<typeof placed>[]][] = []) => ({
    vpnGatewaysByVnet: new Map(gws),
    gatewaySubnetsByVnet: new Map(subnets),
  });
  const pathsOf = (out: { kind: string; path?: string }[]) => out.map((c) => [c.kind, c.path]);

  test('Compliance: one gateway in each of two networks passes twice (networks are not merged)', () => {
    const out = rule.check(inventory({
      gateways: [gateway(), gateway({ path: 'stack/gw2', key: k('ref:stack:azurerm_virtual_network_gateway.gw2.id'), vnet: other() })],
      tree: tree({ gatewayPlacement: placement([[NAME, [placed('stack/gw/Gateway', 'gw')]], [OTHER_NAME, [placed('stack/gw2/Gateway', 'gw2')]]]) }),
    }));
    expect(pathsOf(out)).toEqual([['pass', 'stack/gw/Gateway'], ['pass', 'stack/gw2/Gateway']]);
  });
  test('Noncompliance: the message names the network the second gateway is in, not another one', () => {
    const out = rule.check(inventory({
      gateways: [gateway(), gateway({ path: 'stack/gw2', key: k('ref:stack:azurerm_virtual_network_gateway.gw2.id'), vnet: other() })],
      tree: tree({ gatewayPlacement: placement([[NAME, [placed('stack/gw/Gateway', 'gw')]], [OTHER_NAME, [placed('stack/gw2/Gateway', 'gw2'), placed('stack/hand', 'hand')]]]) }),
    })) as any[];
    expect(pathsOf(out)).toEqual([['pass', 'stack/gw/Gateway'], ['fail', 'stack/hand']]);
    expect(out[1].message).toMatch(/^network stack\/other would hold 2 VPN gateways \(stack\/gw2\/Gateway, stack\/hand\)/);
  });
  test('Noncompliance: the network is labelled by the first model that names it', () => {
    // A gateway and a regional integration on one network under two labels: the gateway's (added first) is shown.
    const out = rule.check(inventory({
      gateways: [gateway()],
      regional: [regional({ vnet: vnet({ label: 'stack/vnet-as-regional' }) })],
      tree: tree({ gatewayPlacement: placement([[NAME, [placed('stack/a', 'a'), placed('stack/b', 'b')]]]) }),
    })) as any[];
    expect(out[0].message).toMatch(/^network stack\/vnet would hold 2 VPN gateways/);
  });
  test('Noncompliance: a network no construct uses is named by its key', () => {
    const out = rule.check(inventory({
      gateways: [gateway()],
      tree: tree({ gatewayPlacement: placement([[k('ref:stack:azurerm_virtual_network.hand.name'), [placed('stack/a', 'a'), placed('stack/b', 'b')]]]) }),
    })) as any[];
    expect(pathsOf(out)).toEqual([['fail', 'stack/b']]);
    expect(out[0].message).toMatch(/^network azurerm_virtual_network\.hand\.name \(stack stack\) would hold 2 VPN gateways \(stack\/a, stack\/b\)/);
  });
  test('Compliance: an adopted gateway alone passes under its own path', () => {
    expect(pathsOf(rule.check(inventory({ gateways: [gateway({ path: 'stack/adopted', created: false })] })))).toEqual([['pass', 'stack/adopted']]);
  });
  test('Noncompliance: an adopted gateway beside a gateway in the tree counts as a second one', () => {
    const out = rule.check(inventory({
      gateways: [gateway({ path: 'stack/adopted', key: k('lit:/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw'), created: false })],
      tree: tree({ gatewayPlacement: placement([[NAME, [placed('stack/hand', 'hand')]]]) }),
    }));
    expect(pathsOf(out)).toEqual([['fail', 'stack/adopted']]);
  });
  test('Noncompliance: two subnets named GatewaySubnet in one network', () => {
    const out = rule.check(inventory({
      gateways: [gateway()],
      tree: tree({ gatewayPlacement: placement([], [[NAME, [placed('stack/first/GatewaySubnet', 's1'), placed('stack/second/GatewaySubnet', 's2')]]]) }),
    })) as any[];
    expect(pathsOf(out)).toEqual([['fail', 'stack/second/GatewaySubnet']]);
    expect(out[0].message).toBe(
      'network stack/vnet would hold 2 subnets named GatewaySubnet (stack/first/GatewaySubnet, stack/second/GatewaySubnet); accepted: one GatewaySubnet per network: pass stack/first/GatewaySubnet to PointToSiteGateway as gatewaySubnet',
    );
  });
});
