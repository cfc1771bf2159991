/** Small builders for construct tests: a stack with a provider, a plan, a network and apps. */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan, ServicePlanConfig } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { FunctionAppFlexConsumption } from '@cdktf/provider-azurerm/lib/function-app-flex-consumption';
import { App, TerraformStack, Testing } from 'cdktf';
import { ValidationHub } from '../../lib/inventory/validation-hub';
import { Finding } from '../../lib/validation/engine';

export function newStack(app: App = Testing.app(), id = 'Stack'): { app: App; stack: TerraformStack } {
  const stack = new TerraformStack(app, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  return { app, stack };
}

export function newPlan(stack: TerraformStack, id = 'Plan', over: Partial<ServicePlanConfig> = {}): ServicePlan {
  return new ServicePlan(stack, id, { name: id.toLowerCase(), location: 'westeurope', resourceGroupName: 'rg', osType: 'Windows', skuName: 'P1v3', ...over });
}

export function newVnet(stack: TerraformStack, id = 'Vnet', space = ['10.0.0.0/16'], location = 'westeurope'): VirtualNetwork {
  return new VirtualNetwork(stack, id, { name: id.toLowerCase(), location, resourceGroupName: 'rg', addressSpace: space });
}

export function newWindowsApp(stack: TerraformStack, plan: ServicePlan, id = 'Web'): WindowsWebApp {
  return new WindowsWebApp(stack, id, { name: id.toLowerCase(), location: 'westeurope', resourceGroupName: 'rg', servicePlanId: plan.id, siteConfig: {} });
}

export function newLinuxApp(stack: TerraformStack, plan: ServicePlan, id = 'Api'): LinuxWebApp {
  return new LinuxWebApp(stack, id, { name: id.toLowerCase(), location: 'westeurope', resourceGroupName: 'rg', servicePlanId: plan.id, siteConfig: {} });
}

/** Synthesizes with validations; returns the error message ('' when synthesis passed). */
export function synthError(app: App): string {
  try {
    app.synth();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

/** Findings of the app after synthesis (validations ran). */
export function findings(app: App, ruleId?: string): Finding[] {
  const all = ValidationHub.of(app).findings();
  return ruleId ? all.filter((f) => f.ruleId === ruleId) : [...all];
}

/** The synthesized JSON of one stack, with validations on (an error finding fails the test). */
export function json(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack, true));
}

/** A Flex Consumption function app (its plan should be FC1). */
export function newFlexApp(stack: TerraformStack, plan: ServicePlan, id = 'Flex'): FunctionAppFlexConsumption {
  return new FunctionAppFlexConsumption(stack, id, {
    name: id.toLowerCase(), location: 'westeurope', resourceGroupName: 'rg', servicePlanId: plan.id,
    runtimeName: 'node', runtimeVersion: '20', storageAuthenticationType: 'SystemAssignedIdentity',
    storageContainerType: 'blobContainer', storageContainerEndpoint: 'https://stflex.blob.core.windows.net/deployments', siteConfig: {},
  });
}
