import { PeeringModel } from '../../../lib/model/peering';
import { R019_NON_PRIVATE_RANGE_NEEDS_ROUTE_ALL as R019 } from '../../../lib/rules/regional/r019-non-private-range-needs-route-all';
import { inventory, known, regional, token, vnet } from '../../helpers/models';
import { checkSubject, kinds, messages } from '../../helpers/rule-harness';
import { k } from '../../helpers/keys';

const withSpace = (space: string[], routeAll: boolean) => regional({ vnet: vnet({ addressSpace: known('space', space) }), routeAllTraffic: known('routeAllTraffic', routeAll) });

function plainPeering(local: ReturnType<typeof vnet>, remote: ReturnType<typeof vnet>): PeeringModel {
  const on = known<'boolean'>('flag', true);
  const off = known<'boolean'>('flag', false);
  return {
    path: 'Stack/Peering',
    purpose: 'plain',
    kind: 'plain',
    gateway: undefined,
    sides: [
      { path: 'Stack/Peering/Local', local, remote, allowVirtualNetworkAccess: on, allowForwardedTraffic: off, allowGatewayTransit: off, useRemoteGateways: off, role: 'peer' },
      { path: 'Stack/Peering/Remote', local: remote, remote: local, allowVirtualNetworkAccess: on, allowForwardedTraffic: off, allowGatewayTransit: off, useRemoteGateways: off, role: 'peer' },
    ],
  };
}

describe('VNI-R019 Regional.NonPrivateRangeNeedsRouteAll (plain models)', () => {
  test('Compliance 1: route-all on reaches any range', () => {
    expect(kinds(checkSubject(R019, withSpace(['10.0.0.0/16', '100.64.0.0/24'], true)))).toEqual(['pass']);
  });
  test('Compliance 2: route-all off with RFC 1918 space only', () => {
    expect(kinds(checkSubject(R019, withSpace(['10.0.0.0/16', '172.16.0.0/20', '192.168.1.0/24'], false)))).toEqual(['pass']);
  });
  test('Noncompliance 1: route-all off with a non-RFC 1918 block in the integrated network', () => {
    const c = checkSubject(R019, withSpace(['10.0.0.0/16', '100.64.0.0/24'], false));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/routeAllTraffic is false/);
    expect(messages(c)).toContain('100.64.0.0/24');
    expect(messages(c)).not.toContain('10.0.0.0/16 ');
    expect(messages(c)).toMatch(/accepted: routeAllTraffic true/);
  });
  test('Noncompliance 2: a block that only partly lies in RFC 1918 (10.0.0.0/7) is outside it', () => {
    expect(messages(checkSubject(R019, withSpace(['10.0.0.0/7'], false)))).toContain('10.0.0.0/7');
  });
  test('Noncompliance 3: a peered network with a non-RFC 1918 block', () => {
    const local = vnet();
    const remote = vnet({ key: k('vnet-2'), nameKeys: [k('vnet-2-name')], label: 'Stack/Remote', addressSpace: known('space', ['203.0.113.0/24']) });
    const s = regional({ vnet: local, routeAllTraffic: known('routeAllTraffic', false) });
    const c = checkSubject(R019, s, inventory({ regional: [s], peerings: [plainPeering(local, remote)] }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/Stack\/Remote \(peered through Stack\/Peering\) has 203\.0\.113\.0\/24/);
  });
  test('an unknown address space is unverified, not a pass', () => {
    const c = checkSubject(R019, regional({ vnet: vnet({ addressSpace: token('space') }), routeAllTraffic: known('routeAllTraffic', false) }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/unresolved token/);
  });
});
