import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { App, TerraformStack, Testing } from 'cdktf';
import { PointToSiteGateway, PointToSiteGatewayProps } from '../../lib/constructs/point-to-site-gateway';
import { ValidationHub } from '../../lib/inventory/validation-hub';

export interface Fixture {
  app: App;
  stack: TerraformStack;
  vnet: VirtualNetwork;
  plan: ServicePlan;
  web: WindowsWebApp;
}

/** An app with one stack holding a remote network, a Windows plan and a web app. */
export function fixture(opts: { sku?: string; planOs?: string; addressSpace?: string[] } = {}): Fixture {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const vnet = new VirtualNetwork(stack, 'vnet', { name: 'vnet-remote', resourceGroupName: 'rg-net', location: 'westeurope', addressSpace: opts.addressSpace ?? ['10.20.0.0/16'] });
  const plan = new ServicePlan(stack, 'plan', { name: 'plan-web', resourceGroupName: 'rg-web', location: 'northeurope', osType: opts.planOs ?? 'Windows', skuName: opts.sku ?? 'S1' });
  const web = new WindowsWebApp(stack, 'web', { name: 'web-one', resourceGroupName: 'rg-web', location: 'northeurope', servicePlanId: plan.id, siteConfig: {} });
  return { app, stack, vnet, plan, web };
}

export function gatewayIn(f: Fixture, props: Partial<PointToSiteGatewayProps> = {}, id = 'gw'): PointToSiteGateway {
  return new PointToSiteGateway(f.stack, id, { virtualNetwork: f.vnet, pointToSiteAddressPool: ['172.16.201.0/24'], gatewaySubnetAddressPrefix: '10.20.255.0/27', ...props });
}

/** Findings of one rule after a validating synthesis (app.synth runs every validation). */
export function findingsOf(f: Fixture, ruleId: string): { outcome: string; message: string; path: string }[] {
  try {
    f.app.synth();
  } catch {
    // Errors are asserted through the findings.
  }
  return ValidationHub.of(f.stack).findings().filter((x) => x.ruleId === ruleId);
}

export function synthJson(f: Fixture): any {
  return JSON.parse(Testing.synth(f.stack, true));
}
