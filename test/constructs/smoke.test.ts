import { App, TerraformStack, Testing } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { RegionalVnetIntegration } from '../../lib';

test('smoke', () => {
  const app = Testing.app();
  const stack = new TerraformStack(app, 's');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const plan = new ServicePlan(stack, 'Plan', { name: 'p', location: 'westeurope', resourceGroupName: 'rg', osType: 'Windows', skuName: 'F1' });
  const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'v', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.0.0.0/16'] });
  const web = new WindowsWebApp(stack, 'Web', { name: 'w', location: 'westeurope', resourceGroupName: 'rg', servicePlanId: plan.id, siteConfig: {} });
  new RegionalVnetIntegration(stack, 'Integration', { plan, virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/28', apps: [web] });
  expect(() => app.synth()).toThrow(/VNI-R001/);
  console.log(Testing.synth(stack).slice(0, 3000));
});
