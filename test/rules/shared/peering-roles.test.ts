import { flagOf, flagsState } from '../../../lib/rules/shared/peering-roles';
import { sideOf, vnetModelOf } from '../../helpers/peering-models';

const a = vnetModelOf('a', ['10.0.0.0/16']);
const b = vnetModelOf('b', ['10.1.0.0/16']);

describe('flagOf', () => {
  test('on, off, or unknown for a token', () => {
    const s = sideOf('P/L', a, b, { transit: true, remoteGateways: 'token' });
    expect([flagOf(s, 'allowGatewayTransit'), flagOf(s, 'allowForwardedTraffic'), flagOf(s, 'useRemoteGateways')]).toEqual(['on', 'off', 'unknown']);
  });
});

describe('flagsState', () => {
  test('names the flags that are off, and keeps the readings that are not known', () => {
    const s = sideOf('P/L', a, b, { access: true, forwarded: false, remoteGateways: 'token' });
    const r = flagsState(s, ['allowVirtualNetworkAccess', 'allowForwardedTraffic', 'allowGatewayTransit', 'useRemoteGateways']);
    expect(r.off).toEqual(['allow_forwarded_traffic', 'allow_gateway_transit']);
    expect(r.unknown.map((u) => u.state)).toEqual(['unresolved']);
  });
});
