/**
 * Whole-app rules judged across stacks: networks, plans, apps, integrations and peerings built in
 * separate stacks of one App and linked by cross-stack references.
 */
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { Testing } from 'cdktf';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { VnetPeering } from '../../../lib/constructs/vnet-peering';
import { findingsOf, planAndApp, stackIn, synthError, vnet } from '../../helpers/peering-fixtures';

function hubAndApp() {
  const app = Testing.app();
  const hub = stackIn(app, 'hub');
  const web = stackIn(app, 'web');
  const hubVnet = vnet(hub, 'Hub', ['10.0.0.0/16']);
  return { app, hub, web, hubVnet };
}

describe('whole-app rules across stacks', () => {
  test('VNI-R007 Compliance: integration subnet in the web stack, other subnets of the hub network in the hub stack', () => {
    const { app, hub, web, hubVnet } = hubAndApp();
    new Subnet(hub, 'Workloads', { name: 'snet-workloads', resourceGroupName: 'rg-net', virtualNetworkName: hubVnet.name, addressPrefixes: ['10.0.1.0/24'] });
    const { plan, app: site } = planAndApp(web, 'Web');
    new RegionalVnetIntegration(web, 'Integration', { plan, apps: [site], virtualNetwork: hubVnet, subnetAddressPrefix: '10.0.2.0/26' });
    expect(synthError(app)).toBe('');
    expect(findingsOf(app, 'VNI-R007').map((f) => [f.path, f.outcome])).toEqual([['web/Integration', 'pass']]);
  });

  test('VNI-R007 Noncompliance: the integration subnet overlaps a subnet declared in the other stack', () => {
    const { app, hub, web, hubVnet } = hubAndApp();
    new Subnet(hub, 'Workloads', { name: 'snet-workloads', resourceGroupName: 'rg-net', virtualNetworkName: hubVnet.name, addressPrefixes: ['10.0.1.0/24'] });
    const { plan, app: site } = planAndApp(web, 'Web');
    new RegionalVnetIntegration(web, 'Integration', { plan, apps: [site], virtualNetwork: hubVnet, subnetAddressPrefix: '10.0.1.64/26' });
    expect(synthError(app)).toMatch(/\[VNI-R007\][^\n]*overlaps subnet hub\/Workloads \(10\.0\.1\.0\/24\)/);
  });

  test('VNI-R012 Noncompliance: two stacks each integrate the plan of a third', () => {
    const app = Testing.app();
    const plans = stackIn(app, 'plans');
    const a = stackIn(app, 'a');
    const b = stackIn(app, 'b');
    const { plan, app: site } = planAndApp(plans, 'Shared');
    new RegionalVnetIntegration(a, 'Integration', { plan, apps: [site], virtualNetwork: vnet(a, 'A', ['10.1.0.0/16']), subnetAddressPrefix: '10.1.0.0/26' });
    new RegionalVnetIntegration(b, 'Integration', { plan, virtualNetwork: vnet(b, 'B', ['10.2.0.0/16']), subnetAddressPrefix: '10.2.0.0/26' });
    expect(synthError(app)).toMatch(/\[VNI-R012\][^\n]*plan plans\/SharedPlan already has a regional integration at a\/Integration/);
    expect(findingsOf(app, 'VNI-R012').map((f) => [f.path, f.outcome])).toEqual([['a/Integration', 'pass'], ['b/Integration', 'error']]);
  });

  test('VNI-R012 and VNI-R013 Compliance: two plans in two stacks, each with its own subnet of the hub network', () => {
    const { app, web, hubVnet } = hubAndApp();
    const api = stackIn(app, 'api');
    const w = planAndApp(web, 'Web');
    const x = planAndApp(api, 'Api');
    new RegionalVnetIntegration(web, 'Integration', { plan: w.plan, apps: [w.app], virtualNetwork: hubVnet, subnetAddressPrefix: '10.0.2.0/26' });
    new RegionalVnetIntegration(api, 'Integration', { plan: x.plan, apps: [x.app], virtualNetwork: hubVnet, subnetAddressPrefix: '10.0.3.0/26' });
    expect(synthError(app)).toBe('');
    for (const id of ['VNI-R007', 'VNI-R012', 'VNI-R013', 'VNI-R014']) {
      expect(findingsOf(app, id).map((f) => f.outcome)).toEqual(['pass', 'pass']);
    }
  });

  test('VNI-R013 Noncompliance: plans in two stacks adopt one subnet of the hub stack', () => {
    const { app, hub, web, hubVnet } = hubAndApp();
    const api = stackIn(app, 'api');
    const shared = new Subnet(hub, 'Integration', { name: 'snet-apps', resourceGroupName: 'rg-net', virtualNetworkName: hubVnet.name, addressPrefixes: ['10.0.4.0/26'] });
    const w = planAndApp(web, 'Web');
    const x = planAndApp(api, 'Api');
    new RegionalVnetIntegration(web, 'Integration', { plan: w.plan, apps: [w.app], virtualNetwork: hubVnet, subnet: shared });
    new RegionalVnetIntegration(api, 'Integration', { plan: x.plan, apps: [x.app], virtualNetwork: hubVnet, subnet: shared });
    expect(synthError(app)).toMatch(/\[VNI-R013\][^\n]*integration subnet hub\/Integration is already used by another plan through web\/Integration/);
  });

  test('VNI-R014 Noncompliance: one app with regional integration in one stack and gateway-required in another', () => {
    const app = Testing.app();
    const sites = stackIn(app, 'sites');
    const a = stackIn(app, 'a');
    const b = stackIn(app, 'b');
    const first = planAndApp(sites, 'First');
    new RegionalVnetIntegration(a, 'Integration', { plan: first.plan, apps: [first.app], virtualNetwork: vnet(a, 'A', ['10.1.0.0/16']), subnetAddressPrefix: '10.1.0.0/26' });
    new GatewayVnetIntegration(b, 'Integration', {
      app: first.app, plan: first.plan,
      gatewayOptions: { virtualNetwork: vnet(b, 'B', ['10.2.0.0/16']), gatewaySubnetAddressPrefix: '10.2.255.0/27', pointToSiteAddressPool: ['172.16.50.0/24'] },
    });
    expect(synthError(app)).toMatch(/\[VNI-R014\][^\n]*app sites\/FirstApp is already integrated by a\/Integration \(regional\); this construct adds gateway-required/);
  });

  test('VNI-R014 leaves one app in two regional integrations to VNI-R017, across stacks', () => {
    const app = Testing.app();
    const sites = stackIn(app, 'sites');
    const a = stackIn(app, 'a');
    const b = stackIn(app, 'b');
    const first = planAndApp(sites, 'First');
    const second = planAndApp(sites, 'Second');
    new RegionalVnetIntegration(a, 'Integration', { plan: first.plan, apps: [first.app], virtualNetwork: vnet(a, 'A', ['10.1.0.0/16']), subnetAddressPrefix: '10.1.0.0/26' });
    new RegionalVnetIntegration(b, 'Integration', { plan: second.plan, apps: [first.app], virtualNetwork: vnet(b, 'B', ['10.2.0.0/16']), subnetAddressPrefix: '10.2.0.0/26' });
    const err = synthError(app);
    expect(err).toMatch(/\[VNI-R017\][^\n]*app sites\/FirstApp runs on another plan than sites\/SecondPlan/);
    expect(err).not.toMatch(/VNI-R014/);
  });

  test('integration in the app stack reaching a peered hub network: all whole-app rules pass', () => {
    const { app, web, hubVnet } = hubAndApp();
    const local = vnet(web, 'Local', ['10.1.0.0/16']);
    const w = planAndApp(web, 'Web');
    new RegionalVnetIntegration(web, 'Integration', { plan: w.plan, apps: [w.app], virtualNetwork: local, subnetAddressPrefix: '10.1.0.0/26' });
    new VnetPeering(web, 'ToHub', { virtualNetwork: local, remoteVirtualNetwork: hubVnet });
    expect(synthError(app)).toBe('');
    const errors = [...findingsOf(app, 'VNI-P005'), ...findingsOf(app, 'VNI-R007'), ...findingsOf(app, 'VNI-R012')].filter((f) => f.outcome !== 'pass');
    expect(errors).toEqual([]);
  });
});
