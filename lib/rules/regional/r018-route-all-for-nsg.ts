import { RegionalIntegrationModel } from '../../model/inventory';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { routeAllSettings } from '../shared/route-all';
import { given } from '../../model/fact';
import { readBoolean } from '../../model/read-boolean';
import { checkOfProblem, isUnusable } from '../shared/readings';

/** NSGs and route tables on the subnet only see traffic that enters the network. */
export const R018_ROUTE_ALL_FOR_NSG: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R018',
  name: 'Regional.RouteAllWithNsgOrRouteTable',
  level: 'warning',
  scope: 'regional-integration',
  reads: [
    { scope: 'regional-integration', path: 'routeAllTraffic', kind: 'boolean', when: { hasNetworkSecurityGroup: true } },
    { scope: 'regional-integration', path: 'apps.0.routeAllEnabled', kind: 'boolean', when: { hasNetworkSecurityGroup: true, 'apps.0.kind': 'imported', 'apps.0.routeAllEnabled': given('routeAllEnabled', true) } },
  ],
  source: {
    ...DOCS.features,
    section: 'Use cases and features (secure and route outbound traffic with virtual network integration and NSGs or route tables)',
    versions: 'The 2019 page: only RFC 1918 and service endpoint traffic enters the network. Route-all (2025) sends all outbound traffic through it.',
  },
  summary: 'Without route-all, internet-bound traffic bypasses the network, so an NSG or route table on the integration subnet does not govern it.',
  fix: 'Keep routeAllTraffic on (the default) when the subnet has an NSG or route table; for an imported app, turn route-all on where the app is managed and state it with routeAllEnabled: true.',
  description:
    'Without route-all, only private (RFC 1918) destinations travel through the virtual network and internet-bound calls leave through the app\'s shared outbound addresses. Network security groups and route tables on the integration subnet therefore govern only part of the traffic. Keeping route-all on sends every outbound call through the subnet, so the controls you attach apply to all of it. An app imported with WebAppReference is connected by a swift connection, which leaves its route-all setting as it is: routeAllTraffic does not reach it, so the rule reads the routeAllEnabled its reference states and reports unverified when it is not given.',
  example: `new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26',
  networkSecurityGroup: nsg,
  routeAllTraffic: true, // the default
});`,
  check(s, inv) {
    // Associations written by hand on the subnet count like the construct's own.
    const byHand = inv?.tree.subnetPolicies.get(s.subnet.key) ?? [];
    const nsg = s.hasNetworkSecurityGroup || byHand.some((x) => x.kind === 'network security group');
    const routeTable = s.hasRouteTable || byHand.some((x) => x.kind === 'route table');
    if (!nsg && !routeTable) return [pass()];
    const what = [nsg ? 'network security group' : '', routeTable ? 'route table' : ''].filter(Boolean).join(' and ');
    const out: Check[] = [];
    for (const setting of routeAllSettings(s)) {
      const routeAll = readBoolean(setting.fact);
      if (isUnusable(routeAll)) {
        out.push(checkOfProblem(routeAll, `whether the ${what} on the integration subnet sees all outbound traffic${setting.who === 'the apps' ? '' : ` of ${setting.who}`}`, setting.accepted));
      } else if (!routeAll.value) {
        out.push(setting.who === 'the apps'
          ? fail(`routeAllTraffic is false but the integration subnet has a ${what}; only private and service endpoint traffic will pass through it. Accepted: routeAllTraffic true`)
          : fail(`route-all is off for ${setting.who} (routeAllEnabled false) but the integration subnet has a ${what}; only its private and service endpoint traffic will pass through it, and the integration cannot change that for an imported app. Accepted: ${setting.accepted}`));
      }
    }
    return out.length > 0 ? out : [pass()];
  },
};
