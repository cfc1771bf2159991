import { P004_REMOTE_GATEWAY_EXISTS as RULE } from '../../../lib/rules/peering/p004-remote-gateway-exists';
import { inventoryOf, transitPeering, vnetModelOf } from '../../helpers/peering-models';
import { k } from '../../helpers/keys';
import { gateway } from '../gateway/models';

describe('VNI-P004 Peering.RemoteGatewayExists', () => {
  const hubKey = 'ref:hub:azurerm_virtual_network.Hub.id';
  const hub = { ...vnetModelOf(hubKey, ['10.0.0.0/16']), nameKeys: [k('ref:hub:azurerm_virtual_network.Hub.name')] };
  const spoke = vnetModelOf('ref:app:azurerm_virtual_network.Spoke.id', ['10.1.0.0/16']);

  test('Noncompliance 1: hub declared in the app without any gateway', () => {
    const p = transitPeering('P', hub, spoke);
    const checks = RULE.check(p, inventoryOf({ peerings: [p] }));
    expect(checks.map((c) => c.kind)).toEqual(['fail']);
    expect((checks[0] as any).message).toMatch(/P\/Spoke uses remote gateways, but remote network .* has no virtual network gateway in this app; accepted: a remote network with a gateway, or use_remote_gateways false/);
  });

  test('unverified when the remote network is imported', () => {
    const imported = vnetModelOf('lit:/subscriptions/0/resourcegroups/rg/providers/microsoft.network/virtualnetworks/hub', ['10.0.0.0/16']);
    const p = transitPeering('P', imported, spoke);
    const checks = RULE.check(p, inventoryOf({ peerings: [p] }));
    expect(checks.map((c) => c.kind)).toEqual(['unverified']);
    expect((checks[0] as any).message).toMatch(/managed outside this app/);
  });

  test('unverified when a gateway of the tree cannot be placed', () => {
    const p = transitPeering('P', hub, spoke);
    const inv = inventoryOf({ peerings: [p] });
    const withUnplaced = { ...inv, tree: { ...inv.tree, unplacedGateways: [{ path: 'x/Gw', type: 'azurerm_virtual_network_gateway' }] } };
    expect((RULE.check(p, withUnplaced)[0] as any).message).toMatch(/the network of gateway x\/Gw cannot be told/);
  });
});

describe('VNI-P004 gateways found, tokens, and peerings that use none', () => {
  const hub = vnetModelOf('hub', ['10.0.0.0/16']);
  const spoke = vnetModelOf('spoke', ['10.1.0.0/16']);

  test('Compliance: the remote network has a gateway construct', () => {
    const p = transitPeering('P', hub, spoke);
    const inv = inventoryOf({ peerings: [p], gateways: [gateway({ path: 'net/HubGateway', vnet: hub })] });
    expect(RULE.check(p, inv)).toEqual([{ kind: 'pass' }]);
  });

  test('Unverified: use_remote_gateways is a token and the remote network has no gateway', () => {
    const p = transitPeering('P', hub, spoke, {}, { remoteGateways: 'token' });
    expect(RULE.check(p, inventoryOf({ peerings: [p] }))).toEqual([
      {
        kind: 'unverified',
        message: 'whether P/Spoke uses remote gateways, which hub would need cannot be checked: use_remote_gateways is an unresolved token, known only at apply (from var.peering_flag). Accepted: use_remote_gateways true only towards a network with a gateway',
      },
    ]);
  });

  test('not applicable: no side uses remote gateways', () => {
    const p = transitPeering('P', hub, spoke, {}, { remoteGateways: false });
    expect(RULE.check(p, inventoryOf({ peerings: [p] }))).toEqual([{ kind: 'not-applicable', message: 'no side of P uses remote gateways' }]);
  });
});
