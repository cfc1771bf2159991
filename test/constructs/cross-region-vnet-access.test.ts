import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Testing } from 'cdktf';
import { CrossRegionVnetAccess } from '../../lib/constructs/cross-region-vnet-access';
import { ServicePlanReference } from '../../lib/references/service-plan-reference';
import { VirtualNetworkReference } from '../../lib/references/virtual-network-reference';
import { WebAppReference } from '../../lib/references/web-app-reference';
import { findingsOf, planAndApp, stackIn, synthError, vnet } from '../helpers/peering-fixtures';

const PLAN_ID = '/subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan-we';
const SITE_ID = '/subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Web/sites/app-we';

describe('CrossRegionVnetAccess', () => {
  test('creates a local network in the plan region, integrates, and peers globally', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'app');
    const remote = vnet(stack, 'Remote', ['10.20.0.0/16'], 'northeurope');
    const { plan, app: site } = planAndApp(stack, 'Web', 'westeurope');
    const access = new CrossRegionVnetAccess(stack, 'Access', {
      plan, apps: [site], remoteVirtualNetwork: remote, localNetwork: { addressSpace: ['10.10.0.0/16'], name: 'vnet-we' }, subnetAddressPrefix: '10.10.0.0/26',
    });
    expect(access.outboundAddressPrefixes).toEqual(['10.10.0.0/26']);
    expect(synthError(app)).toBe('');
    const tf = JSON.parse(Testing.synth(stack, true));
    const vnets = tf.resource.azurerm_virtual_network;
    const local = Object.values(vnets).find((v: any) => v.name === 'vnet-we') as any;
    expect(local).toMatchObject({ location: 'westeurope', resource_group_name: 'rg-app', address_space: ['10.10.0.0/16'] });
    const peerings = Object.values(tf.resource.azurerm_virtual_network_peering).map((p: any) => p.name).sort();
    expect(peerings).toEqual(['vnet-remote-to-vnet-we', 'vnet-we-to-vnet-remote']);
    expect(Object.values(tf.resource.azurerm_subnet)).toHaveLength(1);
    expect(findingsOf(app, 'VNI-R010').map((f) => f.outcome)).toEqual(['pass']);
    expect(findingsOf(app, 'VNI-P005').map((f) => f.outcome)).toEqual(['pass']);
  });

  test('rejects overlapping local and remote address spaces (VNI-P005)', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'app');
    const { plan, app: site } = planAndApp(stack, 'Web');
    new CrossRegionVnetAccess(stack, 'Access', {
      plan, apps: [site], remoteVirtualNetwork: vnet(stack, 'Remote', ['10.10.0.0/16'], 'northeurope'),
      localNetwork: { addressSpace: ['10.10.128.0/17'] }, subnetAddressPrefix: '10.10.128.0/26',
    });
    const err = synthError(app);
    expect(err).toMatch(/\[VNI-P005\] Peering\.PeeredAddressSpaceOverlap: virtual network app\/Access\/LocalNetwork \(10\.10\.128\.0\/17\) overlaps app\/Remote \(10\.10\.0\.0\/16\)/);
    expect(err).toMatch(/Construct: app\/Access\/Peering/);
  });

  test('uses a given local network and an imported remote network in another stack', () => {
    const app = Testing.app();
    const net = stackIn(app, 'net');
    const web = stackIn(app, 'web');
    const local = vnet(net, 'Local', ['10.10.0.0/16'], 'westeurope');
    const remote = VirtualNetworkReference.fromVirtualNetworkAttributes(web, 'Remote', {
      virtualNetworkId: '/subscriptions/0/resourceGroups/rg-ne/providers/Microsoft.Network/virtualNetworks/vnet-ne', location: 'northeurope', addressSpace: ['10.20.0.0/16'],
    });
    const { plan, app: site } = planAndApp(web, 'Web');
    const access = new CrossRegionVnetAccess(web, 'Access', { plan, apps: [site], remoteVirtualNetwork: remote, localVirtualNetwork: local, subnetAddressPrefix: '10.10.4.0/26', createRemoteSide: false });
    expect(access.localVirtualNetwork).toBe(local);
    expect(access.peering.remotePeering).toBeUndefined();
    expect(synthError(app)).toBe('');
  });

  test('a local network in another region than the plan is rejected by VNI-R010', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'app');
    const { plan, app: site } = planAndApp(stack, 'Web', 'westeurope');
    new CrossRegionVnetAccess(stack, 'Access', {
      plan, apps: [site], remoteVirtualNetwork: vnet(stack, 'Remote', ['10.20.0.0/16'], 'northeurope'),
      localNetwork: { addressSpace: ['10.10.0.0/16'], location: 'northeurope' }, subnetAddressPrefix: '10.10.0.0/26',
    });
    expect(synthError(app)).toMatch(/\[VNI-R010\]/);
  });

  test('takes region and resource group from an imported plan', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'app');
    const plan = ServicePlanReference.fromServicePlanAttributes(stack, 'Plan', { servicePlanId: PLAN_ID, location: 'westeurope', skuName: 'P1v3', osType: 'Windows' });
    // An app of the imported plan, imported too: an integration without apps fails validation.
    const site = WebAppReference.fromWebAppAttributes(stack, 'Site', { webAppId: SITE_ID, location: 'westeurope', osType: 'Windows', servicePlanId: PLAN_ID });
    new CrossRegionVnetAccess(stack, 'Access', {
      plan, apps: [site], remoteVirtualNetwork: vnet(stack, 'Remote', ['10.20.0.0/16'], 'northeurope'), localNetwork: { addressSpace: ['10.10.0.0/16'] }, subnetAddressPrefix: '10.10.0.0/26',
    });
    const tf = JSON.parse(Testing.synth(stack, true));
    const local = Object.entries(tf.resource.azurerm_virtual_network).find(([k]) => k.includes('LocalNetwork'))![1] as any;
    expect(local).toMatchObject({ location: 'westeurope', resource_group_name: 'rg-app' });
  });

  test('a plan resource group given as a token is passed through', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'app');
    const rg = new ResourceGroup(stack, 'Rg', { name: 'rg-x', location: 'westeurope' });
    const { plan, app: site } = planAndApp(stack, 'Web');
    plan.resourceGroupName = rg.name;
    new CrossRegionVnetAccess(stack, 'Access', {
      plan, apps: [site], remoteVirtualNetwork: vnet(stack, 'Remote', ['10.20.0.0/16'], 'northeurope'), localNetwork: { addressSpace: ['10.10.0.0/16'] }, subnetAddressPrefix: '10.10.0.0/26',
    });
    const tf = JSON.parse(Testing.synth(stack, true));
    const local = Object.entries(tf.resource.azurerm_virtual_network).find(([k]) => k.includes('LocalNetwork'))![1] as any;
    expect(local.resource_group_name).toBe('${azurerm_resource_group.Rg.name}');
  });

  test.each([
    ['neither network', {}, /prop "localVirtualNetwork" or "localNetwork": give exactly one/],
    ['bad address space', { localNetwork: { addressSpace: ['10.1.0.1/16'] } }, /prop "localNetwork.addressSpace" has an invalid block: .*host bits.*got "10\.1\.0\.1\/16"/],
    ['empty address space', { localNetwork: { addressSpace: [] } }, /prop "localNetwork.addressSpace" must be a non-empty array/],
    ['imported plan without location', { localNetwork: { addressSpace: ['10.1.0.0/16'] }, importedPlan: true }, /prop "localNetwork.location" is required/],
    ['remote not a network', { localNetwork: { addressSpace: ['10.1.0.0/16'] }, remoteVirtualNetwork: 'x' }, /prop "remoteVirtualNetwork" must be an azurerm VirtualNetwork.*got "x"/],
    ['a location that is not a string (a TypeError before)', { localNetwork: { addressSpace: ['10.1.0.0/16'], location: 42 } }, /prop "localNetwork.location" is not an Azure region such as "westeurope" or "West Europe", got 42; accepted: an Azure region/],
  ])('rejects bad props: %s', (_what, override, message) => {
    const app = Testing.app();
    const stack = stackIn(app, 'app');
    const { importedPlan, ...rest } = override as any;
    const plan = importedPlan ? ServicePlanReference.fromServicePlanAttributes(stack, 'Imported', { servicePlanId: PLAN_ID }) : planAndApp(stack, 'Web').plan;
    const props = { plan, remoteVirtualNetwork: vnet(stack, 'Remote', ['10.20.0.0/16'], 'northeurope'), subnetAddressPrefix: '10.1.0.0/26', ...rest };
    expect(() => new CrossRegionVnetAccess(stack, 'Access', props)).toThrow(message);
  });
});
