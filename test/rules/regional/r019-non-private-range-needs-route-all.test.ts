import { PeeringModel } from '../../../lib/model/peering';
import { R019_NON_PRIVATE_RANGE_NEEDS_ROUTE_ALL as R019 } from '../../../lib/rules/regional/r019-non-private-range-needs-route-all';
import { app, inventory, known, regional, token, vnet } from '../../helpers/models';
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

describe('VNI-R019 messages and mixed route-all settings (plain models)', () => {
  const PRIVATE = '10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16';
  const imported = (routeAllEnabled?: ReturnType<typeof known<'boolean'>>) =>
    app({ key: k('app-2'), label: 'Stack/Imported', kind: 'imported', routeAllEnabled });
  const remote = () => vnet({ key: k('vnet-2'), nameKeys: [k('vnet-2-name')], label: 'Stack/Remote', addressSpace: known('space', ['203.0.113.0/24']) });

  test('Noncompliance: the message names the integrated network and the RFC 1918 blocks', () => {
    const c = checkSubject(R019, withSpace(['10.0.0.0/16', '100.64.0.0/24'], false));
    expect(messages(c)).toBe(
      `routeAllTraffic is false, so only RFC 1918 destinations (${PRIVATE}) and service endpoints go through the virtual network, but Stack/Vnet (the integrated network) has 100.64.0.0/24; accepted: routeAllTraffic true, or address spaces inside RFC 1918`,
    );
  });
  test('Noncompliance: ranges outside RFC 1918 in the integrated and a peered network are listed, separated by "; "', () => {
    const local = vnet({ addressSpace: known('space', ['100.64.0.0/24']) });
    const s = regional({ vnet: local, routeAllTraffic: known('routeAllTraffic', false) });
    const c = checkSubject(R019, s, inventory({ regional: [s], peerings: [plainPeering(local, remote())] }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toContain('but Stack/Vnet (the integrated network) has 100.64.0.0/24; Stack/Remote (peered through Stack/Peering) has 203.0.113.0/24; accepted:');
  });
  test('Noncompliance: an imported app with route-all stated off gets its own message', () => {
    const s = regional({ vnet: vnet({ addressSpace: known('space', ['100.64.0.0/24']) }), apps: [imported(known('routeAllEnabled', false))] });
    const c = checkSubject(R019, s);
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toBe(
      `route-all is off for imported app Stack/Imported (routeAllEnabled false), so only its RFC 1918 destinations (${PRIVATE}) and service endpoints go through the virtual network, but Stack/Vnet (the integrated network) has 100.64.0.0/24; accepted: route-all on where the app is managed, stated with routeAllEnabled: true on WebAppReference.fromWebAppAttributes, or address spaces inside RFC 1918`,
    );
  });
  test('Noncompliance: route-all on for the generated apps does not cover an imported app with it off', () => {
    // Every setting must be on to pass; the one that is on is skipped, the one that is off fails alone.
    const s = regional({ vnet: vnet({ addressSpace: known('space', ['100.64.0.0/24']) }), apps: [app(), imported(known('routeAllEnabled', false))], routeAllTraffic: known('routeAllTraffic', true) });
    const c = checkSubject(R019, s);
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/^route-all is off for imported app Stack\/Imported /);
  });
  test('Compliance: route-all on for the generated apps and the imported app', () => {
    const s = regional({ vnet: vnet({ addressSpace: known('space', ['100.64.0.0/24']) }), apps: [app(), imported(known('routeAllEnabled', true))] });
    expect(kinds(checkSubject(R019, s))).toEqual(['pass']);
  });
  test('a routeAllTraffic token is unverified naming what it reaches', () => {
    const s = regional({ vnet: vnet({ addressSpace: known('space', ['100.64.0.0/24']) }), routeAllTraffic: token('routeAllTraffic') });
    const c = checkSubject(R019, s);
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toBe(
      'whether the apps reach Stack/Vnet (the integrated network) has 100.64.0.0/24 cannot be checked: routeAllTraffic is an unresolved token, known only at apply (from var.test_input). Accepted: routeAllTraffic true',
    );
  });
  test('a routeAllTraffic token with two networks outside RFC 1918 lists both, separated by "; "', () => {
    const local = vnet({ addressSpace: known('space', ['100.64.0.0/24']) });
    const s = regional({ vnet: local, routeAllTraffic: token('routeAllTraffic') });
    const c = checkSubject(R019, s, inventory({ regional: [s], peerings: [plainPeering(local, remote())] }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/^whether the apps reach Stack\/Vnet \(the integrated network\) has 100\.64\.0\.0\/24; Stack\/Remote \(peered through Stack\/Peering\) has 203\.0\.113\.0\/24 cannot be checked/);
  });
  test('an imported app whose route-all is not stated is unverified naming the app', () => {
    const s = regional({ vnet: vnet({ addressSpace: known('space', ['100.64.0.0/24']) }), apps: [imported()] });
    const c = checkSubject(R019, s);
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toBe(
      'whether imported app Stack/Imported reaches Stack/Vnet (the integrated network) has 100.64.0.0/24 cannot be checked: route-all of imported app Stack/Imported (routeAllEnabled) was not given. Accepted: route-all on where the app is managed, stated with routeAllEnabled: true on WebAppReference.fromWebAppAttributes',
    );
  });
  test('an unknown address space with route-all unknown too: both unverified, the route-all one about every range', () => {
    const s = regional({ vnet: vnet({ addressSpace: token('space') }), routeAllTraffic: token('routeAllTraffic') });
    const c = checkSubject(R019, s);
    expect(kinds(c)).toEqual(['unverified', 'unverified']);
    expect(messages(c)).toBe([
      'ranges outside RFC 1918 in Stack/Vnet (the integrated network) cannot be checked: space is an unresolved token, known only at apply (from var.test_input)',
      'whether the apps reach every range of the networks cannot be checked: routeAllTraffic is an unresolved token, known only at apply (from var.test_input). Accepted: routeAllTraffic true',
    ].join('\n'));
  });
  test('an unknown address space with route-all off: only the address space is unverified', () => {
    const c = checkSubject(R019, regional({ vnet: vnet({ addressSpace: token('space') }), routeAllTraffic: known('routeAllTraffic', false) }));
    expect(messages(c)).toBe('ranges outside RFC 1918 in Stack/Vnet (the integrated network) cannot be checked: space is an unresolved token, known only at apply (from var.test_input)');
  });
});
