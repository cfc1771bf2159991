/** VNI-G025 in synthesis (loads cdktf). Its unit tests on plain models are in g025-basic-sku-limits.test.ts, which the mutation check runs. */
import { findingsOf, fixture, gatewayIn, synthJson } from '../../constructs/gateway-fixtures';

describe('VNI-G025 Gateway.BasicSkuLimits', () => {
  test('synth: a Basic gateway is accepted with a Standard static IP without zones, and warned', () => {
    const f = fixture();
    gatewayIn(f, { sku: 'Basic' });
    const found = findingsOf(f, 'VNI-G025');
    expect(found.map((x) => [x.outcome, x.path])).toEqual([['warning', 'stack/gw']]);
    expect(findingsOf(f, 'VNI-G020').map((x) => x.outcome)).toEqual(['pass']);
    const pip = Object.values(synthJson(f).resource.azurerm_public_ip)[0] as any;
    expect([pip.sku, pip.allocation_method, pip.zones]).toEqual(['Standard', 'Static', undefined]);
  });
  test('synth: the default gateway passes', () => {
    const f = fixture();
    gatewayIn(f);
    expect(findingsOf(f, 'VNI-G025').map((x) => x.outcome)).toEqual(['pass']);
  });
});
