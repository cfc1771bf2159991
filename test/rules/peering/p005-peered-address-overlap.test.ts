import { P005_PEERED_ADDRESS_OVERLAP as RULE } from '../../../lib/rules/peering/p005-peered-address-overlap';
import { inventoryOf, sideOf, vnetModelOf } from '../../helpers/peering-models';
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
});

describe('VNI-P005 pairs of networks', () => {
  const hub = vnetModelOf('hub', ['10.0.0.0/16']);

  test('Compliance: blocks of one network that overlap each other are not an overlap between networks', () => {
    const spoke = vnetModelOf('spoke', ['10.1.0.0/16', '10.1.0.0/24']);
    expect(RULE.check(inventoryOf({ peerings: [plain('P1', hub, spoke)] }))).toEqual([{ kind: 'pass', path: 'P1' }]);
  });

  test('Noncompliance: two networks with the same space are reported once', () => {
    // Seen from each network, the pair comes in the other order.
    const same = vnetModelOf('same', ['10.0.0.0/16']);
    expect(RULE.check(inventoryOf({ peerings: [plain('P1', hub, same)] }))).toEqual([
      { kind: 'fail', path: 'P1', message: 'virtual network same (10.0.0.0/16) overlaps hub (10.0.0.0/16), peered with each other; accepted: address spaces that share no address' },
    ]);
  });

  test('Noncompliance: each overlapping pair is reported', () => {
    const x = vnetModelOf('x', ['10.5.0.0/16']);
    const y = vnetModelOf('y', ['10.5.1.0/24']);
    const checks = RULE.check(inventoryOf({ peerings: [plain('P1', hub, vnetModelOf('bad', ['10.0.1.0/24'])), plain('P2', x, y)] }));
    expect(checks.map((c) => [c.kind, c.path])).toEqual([['fail', 'P1'], ['fail', 'P2']]);
  });
});
