import { P008_SPOKE_RANGE_ROUTED_FROM_PLAN as rule } from '../../../lib/rules/peering/p008-spoke-range-routed-from-plan';
import { GatewayIntegrationModel } from '../../../lib/model/gateway';
import { PeeringModel } from '../../../lib/model/peering';
import { Check } from '../../../lib/rules/rule';
import { k } from '../../helpers/keys';
import { known, token, tokenValue, unset } from '../../helpers/models';
import { transitPeering, vnetModelOf } from '../../helpers/peering-models';
import { gateway, integration, inventory, kinds, plan } from '../gateway/models';

const hub = vnetModelOf('ref:s:azurerm_virtual_network.Hub.id', ['10.20.0.0/16']);
const spoke = vnetModelOf('ref:s:azurerm_virtual_network.Spoke.id', ['10.1.0.0/16', '10.2.0.0/24']);
const onHub = (routes: string[]) => integration({ path: 'stack/int', gateway: gateway({ vnet: hub }), routes: known('plan routes (routes)', routes) });

describe('VNI-P008 Peering.SpokeRangeRoutedFromPlan (models)', () => {
  const peering = transitPeering('stack/Peering', hub, spoke, {}, {}, false);
  test('Compliance: the plan routes every spoke range (a wider route counts)', () => {
    expect(kinds(rule.check(peering, inventory({ gatewayIntegrations: [onHub(['10.0.0.0/8'])], peerings: [peering] })))).toEqual(['pass']);
  });
  test('Noncompliance: a spoke range without a plan route, with the fix', () => {
    const c = rule.check(peering, inventory({ gatewayIntegrations: [onHub(['10.1.0.0/16'])], peerings: [peering] }));
    expect(kinds(c)).toEqual(['fail']);
    expect((c[0] as { message: string }).message).toMatch(/plan of stack\/int has no route for 10\.2\.0\.0\/24 .*GatewayTransitPeering adds them; or routes \/ addRoute/);
  });
  test('no integration on the hub, or a plain peering: not applicable', () => {
    expect(kinds(rule.check(peering, inventory({ peerings: [peering] })))).toEqual(['not-applicable']);
    const plain = transitPeering('stack/Plain', hub, spoke, { transit: false }, { remoteGateways: false }, false);
    expect(kinds(rule.check(plain, inventory({ gatewayIntegrations: [onHub([])], peerings: [plain] })))).toEqual(['not-applicable']);
  });
});

describe('VNI-P008 Peering.SpokeRangeRoutedFromPlan: sides, networks and plans (models)', () => {
  const peering = transitPeering('stack/Peering', hub, spoke);
  const [hubSide, spokeSide] = peering.sides;
  const msg = (c: Check) => (c as { message: string }).message;
  const otherPlan = plan({ key: k('ref:stack:azurerm_service_plan.other.id'), label: 'stack/other' });
  const check = (p: PeeringModel, ...gatewayIntegrations: GatewayIntegrationModel[]) => rule.check(p, inventory({ gatewayIntegrations, peerings: [p] }));

  test('Noncompliance: the message names the peering, both networks, the missing ranges and the plan routes', () => {
    const c = check(peering, onHub(['10.1.0.0/16']));
    expect(kinds(c)).toEqual(['fail']);
    expect(msg(c[0])).toBe(
      'stack/Peering peers spoke ref:s:azurerm_virtual_network.Spoke.id with hub ref:s:azurerm_virtual_network.Hub.id through gateway transit, ' +
        'but the plan of stack/int has no route for 10.2.0.0/24 (its routes: 10.1.0.0/16), so the apps do not send spoke traffic into the hub. ' +
        'Accepted: a plan route covering each spoke range (GatewayTransitPeering adds them; or routes / addRoute on the integration)',
    );
  });
  test('Noncompliance: a plan without routes says "none"', () => {
    const c = check(peering, onHub([]));
    expect(kinds(c)).toEqual(['fail']);
    expect(msg(c[0])).toContain('has no route for 10.1.0.0/16, 10.2.0.0/24 (its routes: none), so the apps');
  });
  test('Noncompliance: routes left out (unset) are no routes, not an unverified value', () => {
    const c = check(peering, integration({ gateway: gateway({ vnet: hub }), routes: unset('plan routes (routes)') }));
    expect(kinds(c)).toEqual(['fail']);
    expect(msg(c[0])).toContain('(its routes: none)');
  });
  test('a route that is a token: unverified, naming the integration whose routes cannot be read', () => {
    const c = check(peering, integration({ gateway: gateway({ vnet: hub }), routes: token('plan routes (routes)', 'var.routes', 'list') }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(msg(c[0])).toContain('whether stack/int routes the range of spoke ref:s:azurerm_virtual_network.Spoke.id (plan routes of stack/int) cannot be checked: plan routes (routes)');
  });
  test('Compliance: known routes that cover every spoke range beside a token route pass (an extra route cannot unroute the spoke)', () => {
    expect(kinds(check(peering, onHub(['10.0.0.0/8', tokenValue('var.extra_route')] as unknown as string[])))).toEqual(['pass']);
  });
  test('Noncompliance: known routes that cover every spoke range beside a malformed route still fail naming it', () => {
    const c = check(peering, onHub(['10.0.0.0/8', '10.1.0.1/16']));
    expect(kinds(c)).toEqual(['fail']);
    expect(msg(c[0])).toContain('"10.1.0.1/16" has host bits');
  });
  test('a spoke address space that is a token: unverified, naming spoke and hub', () => {
    const tokenSpoke = { ...spoke, addressSpace: token<'blocks'>('virtual network address space', 'var.spoke_space', 'list') };
    const c = check(transitPeering('stack/Peering', hub, tokenSpoke), onHub(['10.0.0.0/8']));
    expect(kinds(c)).toEqual(['unverified']);
    expect(msg(c[0])).toBe(
      'whether the plans route the range of spoke ref:s:azurerm_virtual_network.Spoke.id into hub ref:s:azurerm_virtual_network.Hub.id cannot be checked: ' +
        'virtual network address space is an unresolved list token, known only at apply (from var.spoke_space)',
    );
  });
  test('not applicable: the message names the plain peering', () => {
    const plain: PeeringModel = { ...peering, purpose: 'plain' };
    const c = check(plain, onHub([]));
    expect(kinds(c)).toEqual(['not-applicable']);
    expect(msg(c[0])).toBe('stack/Peering is a plain peering, not a gateway-transit one');
  });
  test('not applicable: the message names the hub when no integration uses its gateway', () => {
    const c = check(peering);
    expect(kinds(c)).toEqual(['not-applicable']);
    expect(msg(c[0])).toBe('no gateway-required integration of this app uses a gateway in hub ref:s:azurerm_virtual_network.Hub.id');
  });
  test('not applicable: a gateway-transit peering whose sides are neither hub nor spoke', () => {
    const peers: PeeringModel = { ...peering, sides: peering.sides.map((s) => ({ ...s, role: 'peer' as const })) };
    const c = check(peers, onHub([]));
    expect(kinds(c)).toEqual(['not-applicable']);
    expect(msg(c[0])).toBe('stack/Peering has no hub or spoke side in this app');
  });
  test('Noncompliance: only the hub side in this app (the spoke side managed elsewhere): the spoke is its remote network', () => {
    const c = check({ ...peering, sides: [hubSide] }, onHub(['10.1.0.0/16']));
    expect(kinds(c)).toEqual(['fail']);
    expect(msg(c[0])).toContain('peers spoke ref:s:azurerm_virtual_network.Spoke.id with hub ref:s:azurerm_virtual_network.Hub.id');
  });
  test('Noncompliance: only the spoke side in this app: the hub is its remote network', () => {
    const c = check({ ...peering, sides: [spokeSide] }, onHub(['10.1.0.0/16']));
    expect(kinds(c)).toEqual(['fail']);
    expect(msg(c[0])).toContain('peers spoke ref:s:azurerm_virtual_network.Spoke.id with hub ref:s:azurerm_virtual_network.Hub.id');
  });
  test('Noncompliance: the spoke side listed first still counts as the spoke (roles, not order)', () => {
    expect(kinds(check({ ...peering, sides: [spokeSide, hubSide] }, onHub(['10.1.0.0/16'])))).toEqual(['fail']);
  });
  test('Compliance: the spoke side listed first, with the route', () => {
    expect(kinds(check({ ...peering, sides: [spokeSide, hubSide] }, onHub(['10.0.0.0/8'])))).toEqual(['pass']);
  });
  test('an integration on another network is not judged', () => {
    const elsewhere = integration({ path: 'stack/other-int', gateway: gateway({ vnet: vnetModelOf('ref:s:azurerm_virtual_network.Other.id', ['10.9.0.0/16']) }), routes: known('routes', []) });
    expect(kinds(check(peering, elsewhere))).toEqual(['not-applicable']);
    expect(kinds(check(peering, onHub(['10.0.0.0/8']), elsewhere))).toEqual(['pass']);
  });
  test('the hub found by its key alone (the gateway\'s network has other name keys)', () => {
    const sameKey = { ...hub, nameKeys: [k('ref:s:azurerm_virtual_network.HubCopy.name')] };
    expect(kinds(check(peering, integration({ gateway: gateway({ vnet: sameKey }), routes: known('routes', []) })))).toEqual(['fail']);
  });
  test('the hub found by one shared name key (the gateway names the network another way, e.g. a data source)', () => {
    const byName = { ...hub, key: k('ref:s:data.azurerm_virtual_network.Hub.id'), nameKeys: [k('ref:s:data.azurerm_virtual_network.Hub.name'), ...hub.nameKeys] };
    expect(kinds(check(peering, integration({ gateway: gateway({ vnet: byName }), routes: known('routes', []) })))).toEqual(['fail']);
  });
  test('one check per integration; routes of another integration of the same plan count, those of another plan do not', () => {
    const a = onHub(['10.0.0.0/8']);
    const sameP = integration({ path: 'stack/int2', gateway: gateway({ vnet: hub }), routes: known('routes', []) });
    expect(kinds(check(peering, a, sameP))).toEqual(['pass', 'pass']);
    const otherP = integration({ path: 'stack/int2', plan: otherPlan, gateway: gateway({ vnet: hub }), routes: known('routes', []) });
    const c = check(peering, a, otherP);
    expect(kinds(c)).toEqual(['pass', 'fail']);
    expect(msg(c[1])).toContain('the plan of stack/int2 has no route for 10.1.0.0/16, 10.2.0.0/24 (its routes: none)');
  });
  test('a token route of one integration makes each integration of the plan unverified, in its own words; routes left out of another add nothing', () => {
    const withToken = integration({ path: 'stack/int', gateway: gateway({ vnet: hub }), routes: token('plan routes (routes)', 'var.routes', 'list') });
    const without = integration({ path: 'stack/int2', gateway: gateway({ vnet: hub }), routes: unset('plan routes (routes)') });
    const c = check(peering, withToken, without);
    expect(kinds(c)).toEqual(['unverified', 'unverified']);
    expect(msg(c[0])).toContain('whether stack/int routes the range of spoke ref:s:azurerm_virtual_network.Spoke.id (plan routes of stack/int) cannot be checked');
    expect(msg(c[1])).toContain('whether stack/int2 routes the range of spoke ref:s:azurerm_virtual_network.Spoke.id (plan routes of stack/int) cannot be checked');
  });
  test('a spoke range missing and a token route: unverified, not a fail', () => {
    const c = check(peering, onHub(['10.1.0.0/16', tokenValue('var.extra_route')] as unknown as string[]));
    expect(kinds(c)).toEqual(['unverified']);
  });
});
