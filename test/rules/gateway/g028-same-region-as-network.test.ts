import { G028_SAME_REGION_AS_NETWORK as rule } from '../../../lib/rules/gateway/g028-same-region-as-network';
import { known, token } from '../../helpers/models';
import { gateway, inventory, kinds, vnet } from './models';

describe('VNI-G028 Gateway.SameRegionAsNetwork', () => {
  test('Compliance: gateway, IP and network in one region, however written', () => {
    const g = gateway({ location: known('l', 'West Europe'), publicIpLocation: known('l', 'WestEurope'), vnet: vnet({ location: known('l', 'westeurope') }) });
    expect(kinds(rule.check(g, inventory()))).toEqual(['pass']);
  });
  test('Noncompliance: the gateway in another region', () => {
    const [c] = rule.check(gateway({ location: known('l', 'northeurope'), publicIpLocation: known('l', 'westeurope') }), inventory()) as any[];
    expect([c.kind, c.message]).toEqual(['fail', 'gateway is in "northeurope" but its network stack/vnet is in "westeurope"; accepted: "westeurope" (the network\'s region)']);
  });
  test('Noncompliance: the public IP in another region', () => {
    const [c] = rule.check(gateway({ publicIpLocation: known('l', 'North Europe') }), inventory()) as any[];
    expect(c.message).toMatch(/^public IP of the gateway is in "North Europe" but its network/);
  });
  test('unverified: a region that is a token; not applicable: an adopted gateway', () => {
    const [c] = rule.check(gateway({ vnet: vnet({ location: token('virtual network location', 'var.region') }) }), inventory()) as any[];
    expect([c.kind, c.message]).toEqual(['unverified', expect.stringContaining('var.region')]);
    expect(kinds(rule.check(gateway({ created: false }), inventory()))).toEqual(['not-applicable']);
  });
});
