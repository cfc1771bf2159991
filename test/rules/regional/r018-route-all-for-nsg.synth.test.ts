/** VNI-R018 in synthesis (loads cdktf). Its unit tests on plain models are in r018-route-all-for-nsg.test.ts, which the mutation check runs. */
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { WebAppReference } from '../../../lib/references/web-app-reference';
import * as s from '../../helpers/stacks';

describe('VNI-R018 with an imported app (swift connection: routeAllTraffic does not reach it)', () => {
  const build = (routeAllEnabled: boolean | undefined) => {
    const { app, stack } = s.newStack();
    const plan = s.newPlan(stack);
    const nsg = new NetworkSecurityGroup(stack, 'Nsg', { name: 'nsg', location: 'westeurope', resourceGroupName: 'rg' });
    const web = WebAppReference.fromWebAppAttributes(stack, 'Imported', {
      webAppId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app-imported', location: 'westeurope', osType: 'Windows', routeAllEnabled,
    });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: s.newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', networkSecurityGroup: nsg, apps: [web] });
    return app;
  };
  test('route-all not stated: unverified, naming the imported app and routeAllEnabled (although routeAllTraffic is on)', () => {
    const app = build(undefined);
    expect(s.synthError(app)).toBe('');
    const f = s.findings(app, 'VNI-R018');
    expect(f.map((x) => x.outcome)).toEqual(['unverified']);
    expect(f[0].message).toMatch(/unverified.*imported app Stack\/Imported \(routeAllEnabled\) was not given/);
  });
  test('Noncompliance: route-all stated off: a warning', () => {
    const f = s.findings((() => { const a = build(false); s.synthError(a); return a; })(), 'VNI-R018');
    expect(f.map((x) => x.outcome)).toEqual(['warning']);
    expect(f[0].message).toMatch(/\[VNI-R018\].*route-all is off for imported app Stack\/Imported \(routeAllEnabled false\).*network security group/);
  });
  test('Compliance: route-all stated on', () => {
    const app = build(true);
    expect(s.synthError(app)).toBe('');
    expect(s.findings(app, 'VNI-R018').map((x) => x.outcome)).toEqual(['pass']);
  });
  test('the swift connection of an imported app carries no route-all setting (nothing applied that cannot be)', () => {
    const { app } = { app: build(true) };
    const stack = app.node.findChild('Stack') as never;
    const conn = Object.values(s.json(stack).resource.azurerm_app_service_virtual_network_swift_connection)[0] as Record<string, unknown>;
    expect(Object.keys(conn).filter((k) => !k.startsWith('//')).sort()).toEqual(['app_service_id', 'depends_on', 'subnet_id']);
  });
  test('a malformed routeAllEnabled is refused at construction', () => {
    const { stack } = s.newStack();
    expect(() => WebAppReference.fromWebAppAttributes(stack, 'Bad', { webAppId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a', routeAllEnabled: 'yes' as unknown as boolean })).toThrow(/routeAllEnabled/);
  });
});
