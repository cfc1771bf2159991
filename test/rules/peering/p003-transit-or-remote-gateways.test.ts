import { Testing } from 'cdktf';
import { P003_TRANSIT_OR_REMOTE_GATEWAYS as RULE } from '../../../lib/rules/peering/p003-transit-or-remote-gateways';
import { FakeTransitPeering, findingsOf, inventoryOf, stackIn, synthError, transitPeering, vnet, vnetModelOf } from '../../helpers/peering-fixtures';
import { gateway as gatewayModel } from '../gateway/models';
import { k } from '../../helpers/keys';

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

  test('Noncompliance across two stacks (cross-stack references)', () => {
    const app = Testing.app();
    const hubStack = stackIn(app, 'hub');
    const appStack = stackIn(app, 'app');
    const hubVnet = vnet(hubStack, 'Hub', ['10.0.0.0/16']);
    const mid = vnet(appStack, 'Mid', ['10.1.0.0/16']);
    const leaf = vnet(appStack, 'Leaf', ['10.2.0.0/16']);
    new FakeTransitPeering(hubStack, 'HubMid', hubVnet, mid);
    new FakeTransitPeering(appStack, 'MidLeaf', mid, leaf);
    expect(synthError(app)).toMatch(/\[VNI-P003\][^\n]*virtual network app\/Mid allows gateway transit/);
    expect(findingsOf(app, 'VNI-P003').map((f) => [f.path, f.outcome])).toEqual([['hub/HubMid', 'error'], ['app/MidLeaf', 'pass']]);
  });
});

describe('VNI-P003 with gateways', () => {
  test('Noncompliance 3: the spoke has a gateway of its own', () => {
    const hub = vnetModelOf('hub', ['10.0.0.0/16']);
    const spoke = vnetModelOf('spoke', ['10.1.0.0/16']);
    const inv = inventoryOf({
      peerings: [transitPeering('P1', hub, spoke)],
      gateways: [gatewayModel({ path: 'net/SpokeGateway', key: k('g'), vnet: spoke, pointToSitePool: { state: 'missing', label: 'pool' } })],
    });
    const checks = RULE.check(inv);
    expect(checks.map((x) => x.kind)).toEqual(['fail']);
    expect((checks[0] as any).message).toMatch(/P1\/Spoke uses remote gateways, but its own network spoke has a gateway \(net\/SpokeGateway\)/);
  });
});
