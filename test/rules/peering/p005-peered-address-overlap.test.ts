import { Testing } from 'cdktf';
import { VnetPeering } from '../../../lib/constructs/vnet-peering';
import { VirtualNetworkReference } from '../../../lib/references/virtual-network-reference';
import { P005_PEERED_ADDRESS_OVERLAP as RULE } from '../../../lib/rules/peering/p005-peered-address-overlap';
import { findingsOf, inventoryOf, sideOf, stackIn, synthError, vnet, vnetModelOf } from '../../helpers/peering-fixtures';
import { PeeringModel } from '../../../lib/model/peering';
import { VnetModel } from '../../../lib/model/inventory';

function plain(path: string, a: VnetModel, b: VnetModel): PeeringModel {
  return { path, purpose: 'plain', kind: 'plain', gateway: undefined, sides: [sideOf(`${path}/L`, a, b, { access: true }), sideOf(`${path}/R`, b, a, { access: true })] };
}

describe('VNI-P005 Peering.PeeredAddressSpaceOverlap', () => {
  const hub = vnetModelOf('hub', ['10.0.0.0/16']);
  const s1 = vnetModelOf('s1', ['10.1.0.0/16', '192.168.0.0/24']);
  const s2 = vnetModelOf('s2', ['10.2.0.0/16']);

  test('Compliance: distinct ranges', () => {
    const checks = RULE.check(inventoryOf({ peerings: [plain('P1', hub, s1), plain('P2', hub, s2)] }));
    expect(checks.map((c) => [c.kind, c.path])).toEqual([['pass', 'P1'], ['pass', 'P2']]);
  });

  test('Noncompliance 1: the two peered networks overlap', () => {
    const bad = vnetModelOf('bad', ['10.0.128.0/17']);
    const checks = RULE.check(inventoryOf({ peerings: [plain('P1', hub, bad)] }));
    const failed = checks.filter((c) => c.kind === 'fail');
    expect(failed).toHaveLength(1);
    expect(failed[0].path).toBe('P1');
    expect((failed[0] as any).message).toMatch(/virtual network bad \(10\.0\.128\.0\/17\) overlaps hub \(10\.0\.0\.0\/16\), peered with each other; accepted: address spaces that share no address/);
  });

  test('Noncompliance 2: two spokes of one hub overlap each other', () => {
    const twin = vnetModelOf('twin', ['10.1.0.0/24']);
    const checks = RULE.check(inventoryOf({ peerings: [plain('P1', hub, s1), plain('P2', hub, twin)] }));
    const failed = checks.filter((c) => c.kind === 'fail');
    expect(failed).toHaveLength(1);
    expect(failed[0].path).toBe('P2');
    expect((failed[0] as any).message).toMatch(/twin \(10\.1\.0\.0\/24\) overlaps s1 \(10\.1\.0\.0\/16\), both peered with hub/);
  });

  test('an unknown address space is unverified', () => {
    const unknown = vnetModelOf('unknown', undefined);
    const checks = RULE.check(inventoryOf({ peerings: [plain('P1', hub, unknown)] }));
    expect(checks.map((c) => c.kind)).toEqual(['unverified']);
    expect((checks[0] as any).message).toMatch(/overlap of unknown .*cannot be checked: virtual network address space was not given/);
  });

  // How the time grows with N is measured by `npm run bench -- --rules`, not by a timed unit test.
  test('3000 spokes on one hub: no false overlap, and one spoke overlapping another is still found', () => {
    const peerings = Array.from({ length: 3000 }, (_, i) => plain(`P${i}`, hub, vnetModelOf(`s${i}`, [`10.${1 + (i >> 8)}.${i & 255}.0/24`])));
    expect(RULE.check(inventoryOf({ peerings })).filter((c) => c.kind === 'fail')).toHaveLength(0);
    const clash = plain('Clash', hub, vnetModelOf('clash', ['10.1.7.128/25']));
    expect(RULE.check(inventoryOf({ peerings: [...peerings, clash] })).filter((c) => c.kind === 'fail').length).toBeGreaterThan(0);
  });

  test('Noncompliance across two stacks: hub network in one stack, overlapping spoke and peering in the other', () => {
    const app = Testing.app();
    const hubStack = stackIn(app, 'hub');
    const appStack = stackIn(app, 'app');
    const hubVnet = vnet(hubStack, 'Hub', ['10.0.0.0/16']);
    const spoke = vnet(appStack, 'Spoke', ['10.0.4.0/22']);
    new VnetPeering(appStack, 'Peering', { virtualNetwork: spoke, remoteVirtualNetwork: hubVnet });
    const err = synthError(app);
    expect(err).toMatch(/\[VNI-P005\] Peering\.PeeredAddressSpaceOverlap: virtual network app\/Spoke \(10\.0\.4\.0\/22\) overlaps hub\/Hub \(10\.0\.0\.0\/16\)/);
    expect(err).toMatch(/Construct: app\/Peering/);
  });

  test('Noncompliance across stacks: two spokes in two stacks peered with one hub', () => {
    const app = Testing.app();
    const hubStack = stackIn(app, 'hub');
    const a = stackIn(app, 'a');
    const b = stackIn(app, 'b');
    const hubVnet = vnet(hubStack, 'Hub', ['10.0.0.0/16']);
    new VnetPeering(a, 'Peering', { virtualNetwork: vnet(a, 'SpokeA', ['10.5.0.0/16']), remoteVirtualNetwork: hubVnet });
    new VnetPeering(b, 'Peering', { virtualNetwork: vnet(b, 'SpokeB', ['10.5.0.0/24']), remoteVirtualNetwork: hubVnet });
    expect(synthError(app)).toMatch(/\[VNI-P005\][^\n]*both peered with hub\/Hub/);
    expect(findingsOf(app, 'VNI-P005').filter((f) => f.outcome === 'error')).toHaveLength(1);
  });

  test('Compliance in synthesis with an imported remote network', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'app');
    const remote = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Remote', {
      virtualNetworkId: '/subscriptions/0/resourceGroups/rg-ne/providers/Microsoft.Network/virtualNetworks/vnet-ne', addressSpace: ['10.20.0.0/16'],
    });
    new VnetPeering(stack, 'Peering', { virtualNetwork: vnet(stack, 'Local', ['10.10.0.0/16']), remoteVirtualNetwork: remote });
    expect(synthError(app)).toBe('');
    expect(findingsOf(app, 'VNI-P005').map((f) => f.outcome)).toEqual(['pass']);
  });
});
