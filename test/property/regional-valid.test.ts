/**
 * Random valid configurations synthesize, and the Terraform JSON keeps the invariants of regional
 * integration: the subnet lies in the (RFC 1918) network, is delegated to Microsoft.Web/serverFarms,
 * is used by one plan, and route-all is what was asked for.
 */
import * as fc from 'fast-check';
import { ValidationHub } from '../../lib/inventory/validation-hub';
import { contains, isRfc1918, mustParseIpv4Cidr } from '../../lib/net/cidr';
import { build, synthText } from '../support/program';
import { runs, validProgram } from './arbitraries';

const APP_TYPES = ['azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_linux_function_app', 'azurerm_windows_function_app'];

describe('property: valid configurations', () => {
  test('synthesize with no errors or unverified findings, and keep the invariants', () => {
    fc.assert(
      fc.property(validProgram, (spec) => {
        const built = build(spec);
        const text = synthText(built);
        expect(text).not.toMatch(/undefined|\bNaN\b/);

        const findings = ValidationHub.of(built.stack).findings();
        expect(findings.filter((f) => f.outcome === 'error' || f.outcome === 'unverified')).toEqual([]);

        const tf = JSON.parse(text);
        const subnets = Object.entries(tf.resource.azurerm_subnet as Record<string, any>);
        expect(subnets).toHaveLength(1);
        const [subnetId, subnet] = subnets[0];
        const vnet = Object.values(tf.resource.azurerm_virtual_network as Record<string, any>)[0];

        // inside the network, and private
        expect(subnet.address_prefixes).toEqual([spec.subnetAddressPrefix]);
        const block = mustParseIpv4Cidr(subnet.address_prefixes[0]);
        expect(vnet.address_space.some((s: string) => contains(mustParseIpv4Cidr(s), block))).toBe(true);
        expect(isRfc1918(block)).toBe(true);

        // delegated to App Service only
        expect(subnet.delegation).toEqual([
          { name: 'appservice', service_delegation: { name: 'Microsoft.Web/serverFarms', actions: ['Microsoft.Network/virtualNetworks/subnets/action'] } },
        ]);
        if (spec.serviceEndpoints && spec.serviceEndpoints.length > 0) expect(subnet.service_endpoints).toEqual(spec.serviceEndpoints);
        else expect(subnet.service_endpoints).toBeUndefined();
        if (spec.subnetName) expect(subnet.name).toBe(spec.subnetName);

        // every app is wired to the subnet with the asked route-all, and all are on one plan
        const apps = APP_TYPES.flatMap((t) => Object.values((tf.resource[t] ?? {}) as Record<string, any>));
        expect(apps).toHaveLength(spec.apps.length);
        const ref = '${azurerm_subnet.' + subnetId + '.id}';
        for (const a of apps) {
          expect(a.virtual_network_subnet_id).toBe(ref);
          expect(a.site_config.vnet_route_all_enabled).toBe(spec.routeAllTraffic ?? true);
          expect(a.depends_on).toContain(`azurerm_subnet.${subnetId}`);
        }
        const plans = new Set(apps.map((a) => a.service_plan_id));
        expect(plans.size).toBe(1);
        expect(Object.keys(tf.resource.azurerm_service_plan)).toHaveLength(1);

        // an NSG is associated with the integration subnet only when one was given
        const nsgLinks = Object.values((tf.resource.azurerm_subnet_network_security_group_association ?? {}) as Record<string, any>);
        expect(nsgLinks.map((l) => l.subnet_id)).toEqual(spec.networkSecurityGroup ? [ref] : []);
      }),
      { numRuns: runs(60) },
    );
  });
});
