/** VNI-P001 in synthesis (loads cdktf). Its unit tests on plain models are in p001-hub-transit-flags.test.ts, which the mutation check runs. */
import { Testing } from 'cdktf';
import { FakeTransitPeering, findingsOf, stackIn, synthError, vnet } from '../../helpers/peering-fixtures';

describe('VNI-P001 Peering.HubTransitFlags', () => {

  test('Noncompliance in synthesis: error with the rule ID and the construct path', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'hub');
    new FakeTransitPeering(stack, 'HubSpoke', vnet(stack, 'Hub', ['10.0.0.0/16']), vnet(stack, 'Spoke', ['10.1.0.0/16']), { forwarded: false });
    const err = synthError(app);
    expect(err).toMatch(/\[VNI-P001\] Peering\.HubTransitFlags: hub side .*allow_forwarded_traffic set to false/);
    expect(err).toMatch(/Construct: hub\/HubSpoke/);
  });

  test('Compliance in synthesis', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'hub');
    new FakeTransitPeering(stack, 'HubSpoke', vnet(stack, 'Hub', ['10.0.0.0/16']), vnet(stack, 'Spoke', ['10.1.0.0/16']));
    synthError(app);
    expect(findingsOf(app, 'VNI-P001').map((f) => f.outcome)).toEqual(['pass']);
  });
});
