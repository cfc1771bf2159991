/** VNI-P007 in synthesis (loads cdktf). Its unit tests on plain models are in p007-peering-access.test.ts, which the mutation check runs. */
import { Testing } from 'cdktf';
import { VnetPeering } from '../../../lib/constructs/vnet-peering';
import { findingsOf, stackIn, synthError, vnet } from '../../helpers/peering-fixtures';

describe('VNI-P007 Peering.RegionalReachAcrossPeering', () => {

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
