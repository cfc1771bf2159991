import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { TerraformVariable } from 'cdktf';
import { G026_PUBLIC_IP_ZONE_REDUNDANT as rule } from '../../../lib/rules/gateway/g026-public-ip-zone-redundant';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
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
  test('synth: the default AZ gateway gets a zone-redundant IP and passes', () => {
    const f = fixture();
    gatewayIn(f, { sku: 'VpnGw2AZ' });
    expect(findingsOf(f, 'VNI-G026').map((x) => x.outcome)).toEqual(['pass']);
  });
  test('synth: publicIpZones [] warns on the gateway construct', () => {
    const f = fixture();
    gatewayIn(f, { publicIpZones: [] });
    const found = findingsOf(f, 'VNI-G026');
    expect(found.map((x) => [x.outcome, x.path])).toEqual([['warning', 'stack/gw']]);
    expect(found[0].message).toMatch(/no zones/);
  });
  test('synth: an escape-hatch change of the IP is judged; a variable is unverified', () => {
    const f = fixture();
    const g = gatewayIn(f);
    (g.publicIp as PublicIp).zones = ['1'];
    expect(findingsOf(f, 'VNI-G026').map((x) => x.outcome)).toEqual(['warning']);
    const f2 = fixture();
    const zones = new TerraformVariable(f2.stack, 'zones', { type: 'list(string)' });
    gatewayIn(f2, { publicIpZones: zones.listValue });
    expect(findingsOf(f2, 'VNI-G026').map((x) => x.outcome)).toEqual(['unverified']);
  });
});
