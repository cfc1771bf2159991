import { given, tokenMark } from '../../lib/model/fact';
import { inferPeering, UnplacedSide } from '../../lib/model/peering';
import { vnetModelOf } from '../helpers/peering-fixtures';

const a = vnetModelOf('a', ['10.0.0.0/16']);
const b = vnetModelOf('b', ['10.1.0.0/16']);
const side = (path: string, transit: unknown, remote: unknown): UnplacedSide => ({
  path, local: a, remote: b,
  allowVirtualNetworkAccess: given('access', true), allowForwardedTraffic: given('forwarded', true),
  allowGatewayTransit: given('transit', transit as never), useRemoteGateways: given('remote', remote as never),
});

describe('inferPeering: purpose and roles read from the flags of a hand-written peering', () => {
  test('a side that offers transit is the hub, one that uses remote gateways the spoke', () => {
    const { purpose, sides } = inferPeering([side('h', true, false), side('s', false, true)]);
    expect(purpose).toBe('gateway-transit');
    expect(sides.map((s) => s.role)).toEqual(['hub', 'spoke']);
  });
  test('in a transit peering, a side with neither flag plays the opposite of the other side', () => {
    expect(inferPeering([side('h', true, false), side('x', false, false)]).sides.map((s) => s.role)).toEqual(['hub', 'spoke']);
  });
  test('no transit flag: a plain peering of peers; a token flag does not make a role', () => {
    expect(inferPeering([side('l', false, false), side('r', false, false)])).toMatchObject({ purpose: 'plain', sides: [{ role: 'peer' }, { role: 'peer' }] });
    expect(inferPeering([side('l', tokenMark('var.t'), false)]).purpose).toBe('plain');
  });
});
