import { P003_TRANSIT_OR_REMOTE_GATEWAYS as RULE } from '../../../lib/rules/peering/p003-transit-or-remote-gateways';
import { inventoryOf, transitPeering, vnetModelOf } from '../../helpers/peering-models';

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
