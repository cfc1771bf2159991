/** VNI-P006 in synthesis (loads cdktf). Its unit tests on plain models are in p006-pool-overlaps-reached-network.test.ts, which the mutation check runs. */
import { Testing } from 'cdktf';
import { VnetPeering } from '../../../lib/constructs/vnet-peering';
import { PointToSiteGatewayModel } from '../../../lib/model/gateway';
import { VnetModel } from '../../../lib/model/inventory';
import { P006_POOL_OVERLAPS_REACHED_NETWORK as RULE } from '../../../lib/rules/peering/p006-pool-overlaps-reached-network';
import { FakeGateway, findingsOf, stackIn, synthError, vnet } from '../../helpers/peering-fixtures';
import { inventoryOf, transitPeering, vnetModelOf } from '../../helpers/peering-models';
import { gateway as gatewayModel } from '../gateway/models';
import { k } from '../../helpers/keys';
import { known, token } from '../../helpers/models';

const gateway = (vnet: VnetModel, pool: string[] | 'token'): PointToSiteGatewayModel => (gatewayModel({
  path: 'hub/Gateway', key: k('g'), vnet,
  pointToSitePool: pool === 'token' ? token('point-to-site pool') : known('point-to-site pool', pool),
}));

describe('VNI-P006 Peering.PointToSitePoolOverlap', () => {
  const hub = vnetModelOf('hub', ['10.0.0.0/16']);
  const spoke = vnetModelOf('spoke', ['10.1.0.0/16']);

  test('Compliance: pool outside the hub and its spokes', () => {
    const inv = inventoryOf({ gateways: [gateway(hub, ['172.16.0.0/24'])], peerings: [transitPeering('P', hub, spoke)] });
    expect(RULE.check(inv).map((c) => [c.kind, c.path])).toEqual([['pass', 'hub/Gateway']]);
  });

  test('Noncompliance 1: pool inside the gateway network', () => {
    const checks = RULE.check(inventoryOf({ gateways: [gateway(hub, ['10.0.200.0/24'])] }));
    expect(checks.map((c) => c.kind)).toEqual(['fail']);
    expect((checks[0] as any).message).toMatch(/point-to-site pool 10\.0\.200\.0\/24 overlaps 10\.0\.0\.0\/16 of virtual network hub \(its own network\); accepted:/);
  });

  test('Noncompliance 2: pool inside a peered spoke', () => {
    const inv = inventoryOf({ gateways: [gateway(hub, ['10.1.8.0/24'])], peerings: [transitPeering('P', hub, spoke)] });
    const checks = RULE.check(inv);
    expect(checks.map((c) => c.kind)).toEqual(['fail']);
    expect((checks[0] as any).message).toMatch(/overlaps 10\.1\.0\.0\/16 of virtual network spoke \(peered through P\)/);
  });

  test('a token pool or unknown spoke space is unverified', () => {
    expect(RULE.check(inventoryOf({ gateways: [gateway(hub, 'token')] })).map((c) => c.kind)).toEqual(['unverified']);
    const unknown = vnetModelOf('u', undefined);
    const inv = inventoryOf({ gateways: [gateway(hub, ['172.16.0.0/24'])], peerings: [transitPeering('P', hub, unknown)] });
    expect(RULE.check(inv).map((c) => c.kind)).toEqual(['unverified']);
  });

  test('Noncompliance across two stacks: gateway in the hub stack, peered spoke in the app stack', () => {
    const app = Testing.app();
    const hubStack = stackIn(app, 'hub');
    const appStack = stackIn(app, 'app');
    const hubVnet = vnet(hubStack, 'Hub', ['10.0.0.0/16']);
    new FakeGateway(hubStack, 'Gateway', hubVnet, ['10.1.250.0/24']);
    new VnetPeering(appStack, 'Peering', { virtualNetwork: vnet(appStack, 'Spoke', ['10.1.0.0/16']), remoteVirtualNetwork: hubVnet });
    const err = synthError(app);
    expect(err).toMatch(/\[VNI-P006\] Peering\.PointToSitePoolOverlap: point-to-site pool 10\.1\.250\.0\/24 overlaps 10\.1\.0\.0\/16 of virtual network app\/Spoke \(peered through app\/Peering\)/);
    expect(err).toMatch(/Construct: hub\/Gateway/);
  });

  test('Compliance across two stacks', () => {
    const app = Testing.app();
    const hubStack = stackIn(app, 'hub');
    const appStack = stackIn(app, 'app');
    const hubVnet = vnet(hubStack, 'Hub', ['10.0.0.0/16']);
    new FakeGateway(hubStack, 'Gateway', hubVnet, ['172.16.10.0/24']);
    new VnetPeering(appStack, 'Peering', { virtualNetwork: vnet(appStack, 'Spoke', ['10.1.0.0/16']), remoteVirtualNetwork: hubVnet });
    expect(synthError(app)).toBe('');
    expect(findingsOf(app, 'VNI-P006').map((f) => [f.path, f.outcome])).toEqual([['hub/Gateway', 'pass']]);
  });
});
