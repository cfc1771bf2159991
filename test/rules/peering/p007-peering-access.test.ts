import { Testing } from 'cdktf';
import { VnetPeering } from '../../../lib/constructs/vnet-peering';
import { P007_PEERING_ACCESS as RULE } from '../../../lib/rules/peering/p007-peering-access';
import { findingsOf, inventoryOf, sideOf, stackIn, synthError, transitPeering, vnet, vnetModelOf } from '../../helpers/peering-fixtures';

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

  test('Compliance in synthesis: westeurope to northeurope', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'app');
    new VnetPeering(stack, 'Peering', { virtualNetwork: vnet(stack, 'We', ['10.1.0.0/16']), remoteVirtualNetwork: vnet(stack, 'Ne', ['10.2.0.0/16'], 'northeurope') });
    expect(synthError(app)).toBe('');
    expect(findingsOf(app, 'VNI-P007').map((f) => f.outcome)).toEqual(['pass']);
  });

  test('Noncompliance in synthesis: a warning annotation, synthesis continues', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'app');
    new VnetPeering(stack, 'Peering', {
      virtualNetwork: vnet(stack, 'We', ['10.1.0.0/16']), remoteVirtualNetwork: vnet(stack, 'Ne', ['10.2.0.0/16'], 'northeurope'), allowVirtualNetworkAccess: false,
    });
    expect(synthError(app)).toBe('');
    const warnings = findingsOf(app, 'VNI-P007').filter((f) => f.outcome === 'warning');
    expect(warnings).toHaveLength(2);
    expect(warnings[0].message).toMatch(/\[VNI-P007\] Peering\.RegionalReachAcrossPeering: app\/Peering\/Local .*allow_virtual_network_access set to false/);
    expect(warnings[0].path).toBe('app/Peering');
  });
});
