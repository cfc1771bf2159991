import { G028_SAME_REGION_AS_NETWORK as rule } from '../../../lib/rules/gateway/g028-same-region-as-network';
import { known, token } from '../../helpers/models';
import { gateway, inventory, kinds, vnet } from './models';
import { messages } from '../../helpers/rule-harness';

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
  test('each unreadable region is named in its own unverified check', () => {
    const c = rule.check(gateway({
      vnet: vnet({ location: token('virtual network location', 'var.region') }),
      location: token('gateway location', 'var.gw_region'),
      publicIpLocation: token('public IP location', 'var.ip_region'),
    }), inventory());
    expect(kinds(c)).toEqual(['unverified', 'unverified', 'unverified']);
    const m = messages(c).split('\n');
    expect(m[0]).toMatch(/^region of network stack\/vnet cannot be checked: .*var\.region/);
    expect(m[1]).toMatch(/^region of the gateway cannot be checked: .*var\.gw_region/);
    expect(m[2]).toMatch(/^region of the gateway's public IP cannot be checked: .*var\.ip_region/);
  });
  test('the not-applicable result for an adopted gateway says why', () => {
    expect(messages(rule.check(gateway({ created: false }), inventory()))).toBe('an adopted gateway exists already where Azure placed it');
  });
});
