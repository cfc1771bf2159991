/** VNI-P002 in synthesis (loads cdktf). Its unit tests on plain models are in p002-spoke-transit-flags.test.ts, which the mutation check runs. */
import { Testing } from 'cdktf';
import { FakeTransitPeering, stackIn, synthError, vnet } from '../../helpers/peering-fixtures';

describe('VNI-P002 Peering.SpokeTransitFlags', () => {

  test('Noncompliance in synthesis', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'hub');
    new FakeTransitPeering(stack, 'HubSpoke', vnet(stack, 'Hub', ['10.0.0.0/16']), vnet(stack, 'Spoke', ['10.1.0.0/16']), {}, { access: false });
    expect(synthError(app)).toMatch(/\[VNI-P002\] Peering\.SpokeTransitFlags: spoke side .*allow_virtual_network_access set to false/);
  });
});
