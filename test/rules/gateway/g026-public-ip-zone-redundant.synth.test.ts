/** VNI-G026 in synthesis (loads cdktf). Its unit tests on plain models are in g026-public-ip-zone-redundant.test.ts, which the mutation check runs. */
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { TerraformVariable } from 'cdktf';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G026 Gateway.PublicIpZoneRedundant', () => {
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
