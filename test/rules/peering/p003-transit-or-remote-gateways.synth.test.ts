/** VNI-P003 in synthesis (loads cdktf). Its unit tests on plain models are in p003-transit-or-remote-gateways.test.ts, which the mutation check runs. */
import { Testing } from 'cdktf';
import { P003_TRANSIT_OR_REMOTE_GATEWAYS as RULE } from '../../../lib/rules/peering/p003-transit-or-remote-gateways';
import { FakeTransitPeering, findingsOf, stackIn, synthError, vnet } from '../../helpers/peering-fixtures';
import { inventoryOf, transitPeering, vnetModelOf } from '../../helpers/peering-models';
import { gateway as gatewayModel } from '../gateway/models';
import { k } from '../../helpers/keys';

describe('VNI-P003 Peering.TransitOrRemoteGateways', () => {

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
