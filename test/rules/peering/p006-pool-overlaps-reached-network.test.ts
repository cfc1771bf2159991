/** VNI-P006 on plain models (no cdktf): the synthesis tests are in p006-pool-overlaps-reached-network.synth.test.ts. */
import { Configured, Fact } from '../../../lib/model/fact';
import { PointToSiteGatewayModel } from '../../../lib/model/gateway';
import { VnetModel } from '../../../lib/model/inventory';
import { P006_POOL_OVERLAPS_REACHED_NETWORK as rule } from '../../../lib/rules/peering/p006-pool-overlaps-reached-network';
import { k } from '../../helpers/keys';
import { known, missing, token, tokenValue } from '../../helpers/models';
import { inventoryOf, transitPeering, vnetModelOf } from '../../helpers/peering-models';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { gateway as gatewayModel } from '../gateway/models';

const POOL = 'point-to-site pool (vpn_client_configuration.address_space)';
const ACCEPTED = '; accepted: a pool that shares no address with the gateway network or its peers';

/** A gateway in `vnet` with the pool `pool` (a list, or a fact as given). */
const gateway = (vnet: VnetModel, pool: Configured[] | Fact<'blocks'>, path = 'hub/Gateway'): PointToSiteGatewayModel => gatewayModel({
  path, key: k(`${path}#key`), vnet,
  pointToSitePool: Array.isArray(pool) ? known(POOL, pool) : (pool as Fact<'blocks'>),
});
const failMessage = (pool: string, net: string, label: string, via: string) => `point-to-site pool ${pool} overlaps ${net} of virtual network ${label} (${via})${ACCEPTED}`;

describe('VNI-P006 Peering.PointToSitePoolOverlap', () => {
  const hub = vnetModelOf('hub', ['10.0.0.0/16']);
  const spoke = vnetModelOf('spoke', ['10.1.0.0/16']);
  const check = (gateways: PointToSiteGatewayModel[], peerings = [transitPeering('P', hub, spoke)]) => checkInventory(rule, inventoryOf({ gateways, peerings }));

  test('Compliance: pool outside the hub and its spokes', () => {
    expect(check([gateway(hub, ['172.16.0.0/24', '172.16.1.0/24'])])).toEqual([{ kind: 'pass', path: 'hub/Gateway' }]);
    expect(check([gateway(hub, ['172.16.0.0/24'])], [])).toEqual([{ kind: 'pass', path: 'hub/Gateway' }]);
  });

  test('Compliance: no gateway, nothing to judge', () => {
    expect(check([])).toEqual([]);
  });

  test('Compliance: a pool right next to the network (no shared address)', () => {
    expect(kinds(check([gateway(hub, ['10.2.0.0/24', '9.255.255.0/24'])]))).toEqual(['pass']);
  });

  test('Noncompliance 1: pool inside the gateway network', () => {
    const c = check([gateway(hub, ['10.0.200.0/24'])]);
    expect(c.map((x) => [x.kind, x.path])).toEqual([['fail', 'hub/Gateway']]);
    expect(messages(c)).toBe(failMessage('10.0.200.0/24', '10.0.0.0/16', 'hub', 'its own network'));
  });

  test('Noncompliance 2: pool inside a peered spoke, named with the peering', () => {
    const c = check([gateway(hub, ['10.1.8.0/24'])]);
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toBe(failMessage('10.1.8.0/24', '10.1.0.0/16', 'spoke', 'peered through P'));
  });

  test('Noncompliance 3: a pool that contains the networks is still named as the pool', () => {
    const c = check([gateway(hub, ['10.0.0.0/8'])]);
    expect(kinds(c)).toEqual(['fail', 'fail']);
    expect(messages(c)).toBe([
      failMessage('10.0.0.0/8', '10.0.0.0/16', 'hub', 'its own network'),
      failMessage('10.0.0.0/8', '10.1.0.0/16', 'spoke', 'peered through P'),
    ].join('\n'));
  });

  test('Noncompliance 4: a gateway in the spoke reaches the hub it is peered with', () => {
    const c = check([gateway(spoke, ['10.0.1.0/24'], 'spoke/Gateway')]);
    expect(c.map((x) => [x.kind, x.path])).toEqual([['fail', 'spoke/Gateway']]);
    expect(messages(c)).toBe(failMessage('10.0.1.0/24', '10.0.0.0/16', 'hub', 'peered through P'));
  });

  test('Compliance: pool blocks overlapping each other, and networks overlapping each other, are judged elsewhere', () => {
    expect(kinds(check([gateway(hub, ['172.16.0.0/24', '172.16.0.0/25'])]))).toEqual(['pass']);
    const twin = vnetModelOf('twin', ['10.0.5.0/24']);
    expect(kinds(check([gateway(hub, ['172.16.0.0/24'])], [transitPeering('P', hub, twin)]))).toEqual(['pass']);
  });

  test('Compliance: a network not peered with the gateway network is not reached, not even through a spoke', () => {
    const far = vnetModelOf('far', ['172.16.0.0/16']);
    const other = vnetModelOf('other', ['172.16.0.0/16']);
    const peerings = [transitPeering('P', hub, spoke), transitPeering('Q', spoke, far), transitPeering('R', other, vnetModelOf('x', ['10.9.0.0/16']))];
    expect(kinds(check([gateway(hub, ['172.16.1.0/24'])], peerings))).toEqual(['pass']);
  });

  test('a spoke peered twice with the hub is reached once', () => {
    const c = check([gateway(hub, ['10.1.8.0/24'])], [transitPeering('P', hub, spoke), transitPeering('P2', hub, spoke)]);
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toContain('(peered through P)');
  });

  test('each gateway is judged with its own network and peers', () => {
    const c = check([gateway(hub, ['172.16.0.0/24']), gateway(spoke, ['10.1.8.0/24'], 'spoke/Gateway')], []);
    expect(c.map((x) => [x.kind, x.path])).toEqual([['pass', 'hub/Gateway'], ['fail', 'spoke/Gateway']]);
    expect(messages(c)).toBe(failMessage('10.1.8.0/24', '10.1.0.0/16', 'spoke', 'its own network'));
  });

  test('IPv6 blocks compare with IPv6 only', () => {
    expect(kinds(check([gateway(hub, ['172.16.0.0/24', 'fd00:db8::/64'])]))).toEqual(['pass']);
    const dual = vnetModelOf('dual', ['10.0.0.0/16', 'fd00:db8::/48']);
    const c = check([gateway(dual, ['172.16.0.0/24', 'fd00:db8:0:1::/64'])], []);
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toBe(failMessage('fd00:db8:0:1::/64', 'fd00:db8::/48', 'dual', 'its own network'));
  });

  test('a pool that is a token is unverified naming the origin', () => {
    const c = check([gateway(hub, token(POOL, 'var.pool', 'list'))]);
    expect(c.map((x) => [x.kind, x.path])).toEqual([['unverified', 'hub/Gateway']]);
    expect(messages(c)).toBe(`overlap of the point-to-site pool with the networks it reaches cannot be checked: ${POOL} is an unresolved list token, known only at apply (from var.pool)`);
  });

  test('a pool with a token element: the known elements are still judged, the token is unverified', () => {
    const ok = check([gateway(hub, ['172.16.0.0/24', tokenValue('var.extra_pool')])]);
    expect(kinds(ok)).toEqual(['unverified']);
    expect(messages(ok)).toContain(`${POOL}, element 2, is an unresolved token, known only at apply (from var.extra_pool)`);
    const c = check([gateway(hub, ['10.0.200.0/24', tokenValue('var.extra_pool')])]);
    expect(kinds(c)).toEqual(['fail', 'unverified']);
    expect(messages(c)).toMatch(/^point-to-site pool 10\.0\.200\.0\/24 overlaps 10\.0\.0\.0\/16 .*\n.*var\.extra_pool/);
  });

  test('a malformed pool element fails naming the value', () => {
    const c = check([gateway(hub, ['172.16.0.0/24', '10.0.0.1/24'])]);
    expect(c.map((x) => [x.kind, x.path])).toEqual([['fail', 'hub/Gateway']]);
    expect(messages(c)).toMatch(/^overlap of the point-to-site pool with the networks it reaches: point-to-site pool \(vpn_client_configuration\.address_space\), element 2, is malformed: "10\.0\.0\.1\/24" has host bits/);
  });

  test('an unknown address space of a reached network is unverified naming the network and how it is reached', () => {
    const unknown = vnetModelOf('u', undefined);
    const c = check([gateway(hub, ['172.16.0.0/24'])], [transitPeering('P', hub, unknown)]);
    expect(c.map((x) => [x.kind, x.path])).toEqual([['unverified', 'hub/Gateway']]);
    expect(messages(c)).toBe('overlap of the point-to-site pool with u (peered through P) cannot be checked: virtual network address space was not given');
    const own = check([gateway({ ...hub, addressSpace: token('virtual network address space', 'var.hub_space', 'list') }, ['172.16.0.0/24'])], []);
    expect(kinds(own)).toEqual(['unverified']);
    expect(messages(own)).toMatch(/^overlap of the point-to-site pool with hub \(its own network\) cannot be checked: .*from var\.hub_space/);
  });

  test('problems with the pool and with the networks are each reported, after the overlaps', () => {
    const unknown = vnetModelOf('u', undefined);
    const c = check([gateway(hub, ['10.1.8.0/24', tokenValue('var.extra_pool')])], [transitPeering('P', hub, spoke), transitPeering('Q', hub, unknown)]);
    expect(c.map((x) => [x.kind, x.path])).toEqual([['fail', 'hub/Gateway'], ['unverified', 'hub/Gateway'], ['unverified', 'hub/Gateway']]);
    expect(messages(c).split('\n')[1]).toMatch(/^overlap of the point-to-site pool with the networks it reaches cannot be checked/);
    expect(messages(c).split('\n')[2]).toMatch(/^overlap of the point-to-site pool with u \(peered through Q\) cannot be checked/);
    expect(kinds(check([gateway(hub, missing(POOL))]))).toEqual(['unverified']);
  });

  test('Noncompliance: the engine gives an error that starts with the rule ID and names the gateway', () => {
    const f = evaluateRule(rule, inventoryOf({ gateways: [gateway(hub, ['10.0.200.0/24'])] }));
    expect(f.map((x) => x.outcome)).toEqual(['error']);
    expect(f[0].message).toMatch(/^\[VNI-P006\] Peering\.PointToSitePoolOverlap: point-to-site pool 10\.0\.200\.0\/24 overlaps 10\.0\.0\.0\/16 of virtual network hub \(its own network\); accepted:/);
    expect(f[0].message).toContain('Construct: hub/Gateway.');
  });
});
