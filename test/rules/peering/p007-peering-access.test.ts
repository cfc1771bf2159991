import { P007_PEERING_ACCESS as RULE } from '../../../lib/rules/peering/p007-peering-access';
import { inventoryOf, sideOf, transitPeering, vnetModelOf } from '../../helpers/peering-models';
import { messages } from '../../helpers/rule-harness';

describe('VNI-P007 Peering.RegionalReachAcrossPeering', () => {
  const we = vnetModelOf('we', ['10.1.0.0/16'], 'westeurope');
  const ne = vnetModelOf('ne', ['10.2.0.0/16'], 'northeurope');

  test('Compliance: a global (cross-region) peering with access on both sides', () => {
    const p = { path: 'P', purpose: 'plain' as const, kind: 'plain', gateway: undefined, sides: [sideOf('P/L', we, ne, { access: true }), sideOf('P/R', ne, we, { access: true })] };
    expect(RULE.check(p, inventoryOf({ peerings: [p] })).map((c) => c.kind)).toEqual(['pass']);
  });

  test('Noncompliance 1: access off on one side', () => {
    const p = { path: 'P', purpose: 'plain' as const, kind: 'plain', gateway: undefined, sides: [sideOf('P/L', we, ne, { access: true }), sideOf('P/R', ne, we, { access: false })] };
    const checks = RULE.check(p, inventoryOf({ peerings: [p] }));
    expect(checks.map((c) => c.kind)).toEqual(['fail']);
    expect((checks[0] as any).message).toMatch(/P\/R \(on ne\) has allow_virtual_network_access set to false, so apps integrated on one side cannot reach we; accepted: true/);
  });

  test('a token is unverified; gateway-transit peerings are left to VNI-P001/P002', () => {
    const p = { path: 'P', purpose: 'plain' as const, kind: 'plain', gateway: undefined, sides: [sideOf('P/L', we, ne, { access: 'token' })] };
    expect(RULE.check(p, inventoryOf({})).map((c) => c.kind)).toEqual(['unverified']);
    expect(RULE.check(transitPeering('T', we, ne, { access: false }), inventoryOf({})).map((c) => c.kind)).toEqual(['not-applicable']);
  });

  test('the unverified and not-applicable results explain themselves', () => {
    const p = { path: 'P', purpose: 'plain' as const, kind: 'plain', gateway: undefined, sides: [sideOf('P/L', we, ne, { access: 'token' })] };
    expect(messages(RULE.check(p, inventoryOf({})))).toMatch(/^virtual network access of P\/L cannot be checked: .*var\.peering_flag.*\. Accepted: true$/);
    expect(messages(RULE.check(transitPeering('T', we, ne), inventoryOf({})))).toBe('T is a gateway-transit peering (VNI-P001 and VNI-P002 judge it)');
  });

  test('a peering with no side in this app is not applicable', () => {
    const p = { path: 'P', purpose: 'plain' as const, kind: 'plain', gateway: undefined, sides: [] };
    const checks = RULE.check(p, inventoryOf({}));
    expect(checks.map((c) => c.kind)).toEqual(['not-applicable']);
    expect(messages(checks)).toBe('P has no side in this app');
  });
});
