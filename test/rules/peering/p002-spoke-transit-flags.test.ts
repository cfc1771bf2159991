import { P002_SPOKE_TRANSIT_FLAGS as RULE } from '../../../lib/rules/peering/p002-spoke-transit-flags';
import { inventoryOf, transitPeering, vnetModelOf } from '../../helpers/peering-models';

const hub = vnetModelOf('hub', ['10.0.0.0/16']);
const spoke = vnetModelOf('spoke', ['10.1.0.0/16']);
const run = (p: ReturnType<typeof transitPeering>) => RULE.check(p, inventoryOf({ peerings: [p] }));

describe('VNI-P002 Peering.SpokeTransitFlags', () => {
  test('Compliance: all three spoke flags on', () => {
    expect(run(transitPeering('P', hub, spoke)).map((c) => c.kind)).toEqual(['pass']);
  });

  test('Noncompliance 1: remote gateways off on the spoke', () => {
    const checks = run(transitPeering('P', hub, spoke, {}, { remoteGateways: false }));
    expect(checks.map((c) => c.kind)).toEqual(['fail']);
    expect((checks[0] as any).message).toMatch(/spoke side P\/Spoke .*use_remote_gateways set to false; accepted: allow_virtual_network_access, allow_forwarded_traffic, use_remote_gateways all true/);
  });

  test('Noncompliance 2: forwarded traffic off, roles inferred', () => {
    const checks = run(transitPeering('P', hub, spoke, {}, { forwarded: false }, false));
    expect((checks[0] as any).message).toMatch(/spoke side .*allow_forwarded_traffic set to false/);
  });

  test('a token flag is unverified', () => {
    expect(run(transitPeering('P', hub, spoke, {}, { remoteGateways: 'token' })).map((c) => c.kind)).toEqual(['unverified']);
  });
});
