import { P003_TRANSIT_OR_REMOTE_GATEWAYS as RULE } from '../../../lib/rules/peering/p003-transit-or-remote-gateways';
import { inventoryOf, transitPeering, vnetModelOf } from '../../helpers/peering-models';
import { known } from '../../helpers/models';
import { k } from '../../helpers/keys';
import { gateway as gatewayModel } from '../gateway/models';
import { PeeringModel } from '../../../lib/model/peering';
import { VnetModel } from '../../../lib/model/inventory';
import { FLAG_LABELS } from '../../../lib/rules/shared/peering-roles';

const a = vnetModelOf('a', ['10.0.0.0/16']);
const b = vnetModelOf('b', ['10.1.0.0/16']);
const c = vnetModelOf('c', ['10.2.0.0/16']);

describe('VNI-P003 Peering.TransitOrRemoteGateways', () => {
  test('Compliance: hub offers, spokes use', () => {
    const inv = inventoryOf({ peerings: [transitPeering('P1', a, b), transitPeering('P2', a, c)] });
    expect(RULE.check(inv).map((x) => [x.kind, x.path])).toEqual([['pass', 'P1'], ['pass', 'P2']]);
  });

  test('Noncompliance 1: a spoke of one peering is the hub of another', () => {
    const inv = inventoryOf({ peerings: [transitPeering('P1', a, b), transitPeering('P2', b, c)] });
    const checks = RULE.check(inv);
    const failed = checks.filter((x) => x.kind === 'fail');
    expect(failed).toHaveLength(1);
    expect(failed[0].path).toBe('P1');
    expect((failed[0] as any).message).toMatch(/virtual network b allows gateway transit \(P2\/Hub, towards c\) and uses remote gateways \(P1\/Spoke, towards a\); accepted: one of the two per network/);
    expect(checks.find((x) => x.path === 'P2')?.kind).toBe('pass');
  });

  test('Noncompliance 2: one side with both flags on', () => {
    const inv = inventoryOf({ peerings: [transitPeering('P1', a, b, { remoteGateways: true })] });
    expect(RULE.check(inv).map((x) => x.kind)).toEqual(['fail']);
  });
});

/** A peering with one flag of one side replaced (a value that is not a boolean, for example). */
function withFlag(p: PeeringModel, side: 0 | 1, flag: 'allowGatewayTransit' | 'useRemoteGateways', value: unknown): PeeringModel {
  const sides = p.sides.map((s, i) => (i === side ? { ...s, [flag]: known<'boolean'>(FLAG_LABELS[flag], value as never) } : s));
  return { ...p, sides };
}

const d = vnetModelOf('d', ['10.3.0.0/16']);
const TOKEN_WHY = 'is an unresolved token, known only at apply (from var.peering_flag)';

describe('VNI-P003 flags that cannot be read', () => {
  test('Noncompliance: a flag that is not a boolean fails on its peering, naming the side and the value', () => {
    const inv = inventoryOf({ peerings: [withFlag(transitPeering('P1', a, b), 0, 'allowGatewayTransit', 'yes')] });
    expect(RULE.check(inv)).toEqual([{ kind: 'fail', path: 'P1', message: 'P1/Hub: allow_gateway_transit is malformed: got "yes"; accepted: true or false' }]);
  });

  test('Noncompliance: with two malformed flags on one peering, the first one read is reported', () => {
    const p = withFlag(withFlag(transitPeering('P1', a, b), 0, 'useRemoteGateways', 'no'), 1, 'useRemoteGateways', 'sure');
    expect(RULE.check(inventoryOf({ peerings: [p] }))).toEqual([{ kind: 'fail', path: 'P1', message: 'P1/Hub: use_remote_gateways is malformed: got "no"; accepted: true or false' }]);
  });

  test('a malformed flag is not overwritten by a conflict found later on the same peering', () => {
    // b uses remote gateways on P1 and offers transit on P2: a conflict on P1, which already fails for its malformed flag.
    const p1 = withFlag(transitPeering('P1', a, b), 0, 'useRemoteGateways', 'yes');
    const checks = RULE.check(inventoryOf({ peerings: [p1, transitPeering('P2', b, c)] }));
    expect(checks).toEqual([
      { kind: 'fail', path: 'P1', message: 'P1/Hub: use_remote_gateways is malformed: got "yes"; accepted: true or false' },
      { kind: 'pass', path: 'P2' },
    ]);
  });
});

describe('VNI-P003 flags that are tokens', () => {
  test('Noncompliance: a known offer is preferred to an earlier one that is a token', () => {
    // b offers transit on P2 (a token) and on P3 (known): the conflict with P1 is certain, through P3.
    const inv = inventoryOf({ peerings: [transitPeering('P1', a, b), transitPeering('P2', b, c, { transit: 'token' }), transitPeering('P3', b, d)] });
    expect(RULE.check(inv)).toEqual([
      { kind: 'fail', path: 'P1', message: 'virtual network b allows gateway transit (P3/Hub, towards d) and uses remote gateways (P1/Spoke, towards a); accepted: one of the two per network' },
      { kind: 'pass', path: 'P2' },
      { kind: 'pass', path: 'P3' },
    ]);
  });

  test('Unverified: use_remote_gateways is a token on a network that offers transit', () => {
    const inv = inventoryOf({ peerings: [transitPeering('P1', a, b, {}, { remoteGateways: 'token' }), transitPeering('P2', b, c)] });
    expect(RULE.check(inv)).toEqual([
      {
        kind: 'unverified', path: 'P1',
        message: `whether virtual network b both allows gateway transit (P2/Hub) and uses remote gateways (P1/Spoke) cannot be checked: use_remote_gateways ${TOKEN_WHY}. Accepted: one of the two per network`,
      },
      { kind: 'pass', path: 'P2' },
    ]);
  });

  test('Unverified: allow_gateway_transit is a token on a network that uses remote gateways', () => {
    const inv = inventoryOf({ peerings: [transitPeering('P1', a, b), transitPeering('P2', b, c, { transit: 'token' })] });
    expect(RULE.check(inv)).toEqual([
      {
        kind: 'unverified', path: 'P1',
        message: `whether virtual network b both allows gateway transit (P2/Hub) and uses remote gateways (P1/Spoke) cannot be checked: allow_gateway_transit ${TOKEN_WHY}. Accepted: one of the two per network`,
      },
      { kind: 'pass', path: 'P2' },
    ]);
  });
});

describe('VNI-P003 a network with a gateway of its own', () => {
  const gatewayIn = (vnet: VnetModel, path: string) => gatewayModel({ path, key: k(`gw-${path}`), vnet });

  test('Compliance: the hub has the gateway and does not use remote gateways', () => {
    const inv = inventoryOf({ peerings: [transitPeering('P1', a, b)], gateways: [gatewayIn(a, 'net/HubGateway')] });
    expect(RULE.check(inv)).toEqual([{ kind: 'pass', path: 'P1' }]);
  });

  test('Noncompliance 3: the spoke uses remote gateways and has a gateway of its own', () => {
    const inv = inventoryOf({ peerings: [transitPeering('P1', a, b)], gateways: [gatewayIn(a, 'net/HubGateway'), gatewayIn(b, 'net/SpokeGateway')] });
    expect(RULE.check(inv)).toEqual([
      { kind: 'fail', path: 'P1', message: 'P1/Spoke uses remote gateways, but its own network b has a gateway (net/SpokeGateway); accepted: use remote gateways only on a network without a gateway' },
    ]);
  });

  test('Unverified: use_remote_gateways is a token on a network with a gateway of its own', () => {
    const inv = inventoryOf({ peerings: [transitPeering('P1', a, b, {}, { remoteGateways: 'token' })], gateways: [gatewayIn(b, 'net/SpokeGateway')] });
    expect(RULE.check(inv)).toEqual([
      { kind: 'unverified', path: 'P1', message: `whether P1/Spoke uses remote gateways while its own network b has a gateway (net/SpokeGateway) cannot be checked: use_remote_gateways ${TOKEN_WHY}` },
    ]);
  });

  test('a peering that already fails keeps its first check', () => {
    const p1 = withFlag(transitPeering('P1', a, b), 0, 'allowGatewayTransit', 'yes');
    const inv = inventoryOf({ peerings: [p1], gateways: [gatewayIn(b, 'net/SpokeGateway')] });
    expect(RULE.check(inv)).toEqual([{ kind: 'fail', path: 'P1', message: 'P1/Hub: allow_gateway_transit is malformed: got "yes"; accepted: true or false' }]);
  });
});
