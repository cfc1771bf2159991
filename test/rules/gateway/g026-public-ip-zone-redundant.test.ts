import { G026_PUBLIC_IP_ZONE_REDUNDANT as rule } from '../../../lib/rules/gateway/g026-public-ip-zone-redundant';
import { known, token, tokenValue, unset } from '../../helpers/models';
import { gateway, inventory, kinds } from './models';

describe('VNI-G026 Gateway.PublicIpZoneRedundant', () => {
  test.each([[['1', '2', '3']], [['3', '1', '2']]])('Compliance: an AZ gateway whose IP has zones %j', (zones) => {
    expect(kinds(rule.check(gateway({ publicIpZones: known('zones', zones) }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance: an AZ gateway whose IP has no zones', () => {
    const [c] = rule.check(gateway({ sku: known('sku', 'VpnGw2AZ'), publicIpZones: unset('zones') }), inventory()) as any[];
    expect([c.kind, c.message]).toEqual(['fail', 'public IP of AZ gateway (SKU "VpnGw2AZ") has no zones, so it is not zone-redundant; accepted: zones ["1", "2", "3"]']);
  });
  test('Noncompliance: an AZ gateway whose IP is zonal', () => {
    const [c] = rule.check(gateway({ publicIpZones: known('zones', ['1']) }), inventory()) as any[];
    expect(c.message).toMatch(/has zones \["1"\], so the gateway is zonal, not zone-redundant/);
  });
  test('not applicable: Basic, and adopted gateways (their IP is not visible)', () => {
    expect(kinds(rule.check(gateway({ sku: known('sku', 'Basic'), publicIpZones: unset('zones') }), inventory()))).toEqual(['not-applicable']);
    expect(kinds(rule.check(gateway({ created: false, publicIpZones: unset('zones') }), inventory()))).toEqual(['not-applicable']);
  });
  test('unverified: zones that are tokens', () => {
    expect(kinds(rule.check(gateway({ publicIpZones: token('zones', 'var.zones', 'list') }), inventory()))).toEqual(['unverified']);
    expect(kinds(rule.check(gateway({ publicIpZones: known('zones', ['1', '2', tokenValue('var.z')]) }), inventory()))).toEqual(['unverified']);
  });
});

describe('VNI-G026 messages', () => {
  const ALL = '["1", "2", "3"]';

  test('Noncompliance: an empty zone list is not zone-redundant', () => {
    expect(rule.check(gateway({ publicIpZones: known('zones', []) }), inventory())).toEqual([
      { kind: 'fail', message: `public IP of AZ gateway (SKU "VpnGw1AZ") has zones [], so the gateway is not zone-redundant; accepted: zones ${ALL}` },
    ]);
  });

  test('Noncompliance: two zones of three are listed, and the gateway is zonal', () => {
    expect(rule.check(gateway({ publicIpZones: known('zones', ['1', '2']) }), inventory())).toEqual([
      { kind: 'fail', message: `public IP of AZ gateway (SKU "VpnGw1AZ") has zones ["1", "2"], so the gateway is zonal, not zone-redundant; accepted: zones ${ALL}` },
    ]);
  });

  test('not applicable: the messages say why', () => {
    expect(rule.check(gateway({ created: false }), inventory())).toEqual([{ kind: 'not-applicable', message: 'the library does not see the public IP of an adopted gateway' }]);
    expect(rule.check(gateway({ sku: known('sku', 'VpnGw1') }), inventory())).toEqual([{ kind: 'not-applicable', message: 'SKU "VpnGw1" is not an AZ SKU' }]);
    // A name the library does not know is no AZ SKU either (VNI-G020 judges the name).
    expect(rule.check(gateway({ sku: known('sku', 'NoSuchSku') }), inventory())).toEqual([{ kind: 'not-applicable', message: 'SKU "NoSuchSku" is not an AZ SKU' }]);
  });

  test('Unverified: a SKU that is a token', () => {
    expect(rule.check(gateway({ sku: token('gateway SKU (sku)', 'var.sku') }), inventory())).toEqual([
      {
        kind: 'unverified',
        message: `gateway SKU (whether its public IP needs zones) cannot be checked: gateway SKU (sku) is an unresolved token, known only at apply (from var.sku). Accepted: an AZ SKU with public IP zones ${ALL}`,
      },
    ]);
  });

  test('Unverified: zones that are a token, or hold one', () => {
    expect(rule.check(gateway({ publicIpZones: token('zones', 'var.zones', 'list') }), inventory())).toEqual([
      { kind: 'unverified', message: `public IP zones cannot be checked: zones is an unresolved list token, known only at apply (from var.zones). Accepted: ${ALL}` },
    ]);
    expect(rule.check(gateway({ publicIpZones: known('zones', ['1', tokenValue('var.z')]) }), inventory())).toEqual([
      { kind: 'unverified', message: `public IP zones cannot be checked: zones, element 2, is an unresolved token, known only at apply (from var.z). Accepted: ${ALL}` },
    ]);
  });
});
