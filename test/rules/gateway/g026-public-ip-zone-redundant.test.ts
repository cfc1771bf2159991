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
