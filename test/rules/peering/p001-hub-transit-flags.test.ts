import { P001_HUB_TRANSIT_FLAGS as RULE } from '../../../lib/rules/peering/p001-hub-transit-flags';
import { inventoryOf, transitPeering, vnetModelOf } from '../../helpers/peering-models';

const hub = vnetModelOf('hub', ['10.0.0.0/16']);
const spoke = vnetModelOf('spoke', ['10.1.0.0/16']);
const run = (p: ReturnType<typeof transitPeering>) => RULE.check(p, inventoryOf({ peerings: [p] }));

describe('VNI-P001 Peering.HubTransitFlags', () => {
  test('Compliance: all three hub flags on', () => {
    expect(run(transitPeering('P', hub, spoke)).map((c) => c.kind)).toEqual(['pass']);
  });

  test('Noncompliance 1: gateway transit off on the hub', () => {
    const checks = run(transitPeering('P', hub, spoke, { transit: false }));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ kind: 'fail' });
    expect((checks[0] as any).message).toMatch(/hub side P\/Hub .* allow_gateway_transit set to false; accepted: allow_virtual_network_access, allow_forwarded_traffic, allow_gateway_transit all true/);
  });

  test('Noncompliance 2: roles inferred from flags when the model leaves them out', () => {
    const p = transitPeering('P', hub, spoke, { transit: true, forwarded: false, access: false }, {}, false);
    const checks = run(p);
    expect((checks[0] as any).message).toMatch(/allow_virtual_network_access, allow_forwarded_traffic set to false/);
  });

  test('a token flag is unverified, never a pass', () => {
    const checks = run(transitPeering('P', hub, spoke, { forwarded: 'token' }));
    expect(checks.map((c) => c.kind)).toEqual(['unverified']);
    expect((checks[0] as any).message).toMatch(/allow_forwarded_traffic is an unresolved token/);
  });

  test('plain peerings are not applicable', () => {
    expect(RULE.check({ path: 'P', purpose: 'plain', kind: 'plain', sides: [], gateway: undefined }, inventoryOf({}))).toEqual([{ kind: 'not-applicable', message: 'P is a plain peering, not a gateway-transit one', path: undefined }]);
  });
});
