import { checkTransitFlags } from '../../../lib/rules/peering/transit-flags';
import { transitPeering, vnetModelOf } from '../../helpers/peering-models';
import { kinds, messages } from '../../helpers/rule-harness';

const hub = vnetModelOf('hub', ['10.0.0.0/16']);
const spoke = vnetModelOf('spoke', ['10.1.0.0/16']);
const HUB_FLAGS = ['allowVirtualNetworkAccess', 'allowForwardedTraffic', 'allowGatewayTransit'] as const;

describe('checkTransitFlags', () => {
  test('a flag that is a token is unverified, naming the side and the flags wanted', () => {
    const c = checkTransitFlags(transitPeering('P', hub, spoke, { forwarded: 'token' }), 'hub', HUB_FLAGS);
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/^hub side P\/Hub \(on hub, peered with spoke\) cannot be checked: .*\. Accepted: allow_virtual_network_access, allow_forwarded_traffic, allow_gateway_transit all true$/);
  });

  test('a peering without a side of the role in this app is not applicable (the other side is managed elsewhere)', () => {
    const full = transitPeering('P', hub, spoke);
    const spokeOnly = { ...full, sides: full.sides.filter((s) => s.role === 'spoke') };
    const c = checkTransitFlags(spokeOnly, 'hub', HUB_FLAGS);
    expect(kinds(c)).toEqual(['not-applicable']);
    expect(messages(c)).toBe('P has no hub side in this app (it is managed elsewhere)');
  });
});
