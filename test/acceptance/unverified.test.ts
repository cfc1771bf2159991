import { DataAzurermResourceGroup } from '@cdktf/provider-azurerm/lib/data-azurerm-resource-group';
import { DataAzurermVirtualNetwork } from '@cdktf/provider-azurerm/lib/data-azurerm-virtual-network';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { Fn, TerraformVariable } from 'cdktf';
import { GatewayVnetIntegration, PointToSiteGateway, RegionalVnetIntegration, VirtualNetworkReference } from '../../lib';
import { platform, synth, warningsOf } from './harness';

/** Facts from data sources, variables and functions: never a crash or a silent pass, always unverified. */
it('data sources, variables and functions give unverified warnings under the right rules', () => {
  const p = platform();
  const rg = new DataAzurermResourceGroup(p.web, 'rg-data', { name: 'rg-existing' });
  const dv = new DataAzurermVirtualNetwork(p.web, 'vnet-data', { name: 'vnet-existing', resourceGroupName: rg.name });
  const vnet = VirtualNetworkReference.fromVirtualNetworkAttributes(p.web, 'v', { virtualNetworkId: dv.id, name: dv.name, resourceGroupName: dv.resourceGroupName, location: dv.location, addressSpace: dv.addressSpace });
  const prefix = new TerraformVariable(p.web, 'prefix', { type: 'string' });
  const sp = new ServicePlan(p.web, 'plan', { name: 'asp', location: rg.location, resourceGroupName: rg.name, osType: 'Windows', skuName: 'S1', workerCount: Fn.tonumber(prefix.stringValue) as any });
  const site = new WindowsWebApp(p.web, 'site', { name: 'x', location: rg.location, resourceGroupName: rg.name, servicePlanId: sp.id, siteConfig: {}, appSettings: Fn.merge([{ A: 'b' }, { C: prefix.stringValue }]) as any });
  new RegionalVnetIntegration(p.web, 'ri', { plan: sp, virtualNetwork: vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [site] });
  const gw = new PointToSiteGateway(p.web, 'gw', { virtualNetwork: vnet, gatewaySubnetAddressPrefix: '10.20.255.0/27', pointToSiteAddressPool: ['172.16.0.0/24'] });
  const site2 = new WindowsWebApp(p.web, 'site2', { name: 'y', location: rg.location, resourceGroupName: rg.name, servicePlanId: sp.id, siteConfig: {}, appSettings: Fn.merge([{ A: 'b' }]) as any });
  new GatewayVnetIntegration(p.web, 'gi', { app: site2, plan: sp, gateway: gw });
  const o = synth(p.app);
  expect(o.error).toBe('');
  for (const id of ['VNI-R004', 'VNI-R006', 'VNI-R010', 'VNI-G007', 'VNI-G012']) {
    const w = warningsOf(o, id);
    expect([id, w.length > 0 && w.every((x) => /unverified/.test(x))]).toEqual([id, true]);
  }
  expect(warningsOf(o, 'VNI-R010').join('\n')).toMatch(/web\/plan.*location is an unresolved token/);
});

it('a network imported by a token ID without name and resource group is refused with a clear message', () => {
  const p = platform();
  const dv = new DataAzurermVirtualNetwork(p.web, 'vnet-data', { name: 'vnet-existing', resourceGroupName: 'rg-existing' });
  expect(() => VirtualNetworkReference.fromVirtualNetworkAttributes(p.web, 'v', { virtualNetworkId: dv.id })).toThrow(
    /web\/v: VirtualNetworkReference\.fromVirtualNetworkAttributes: "virtualNetworkId" is a token \(known only at apply\).*give "name" and "resourceGroupName"/,
  );
});
