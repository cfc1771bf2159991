/**
 * Building blocks of the corpus programs: public API of the library plus generated azurerm
 * resources, the way a team writes a platform (resource groups, networks, plans, apps).
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { LinuxFunctionApp } from '@cdktf/provider-azurerm/lib/linux-function-app';
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsFunctionApp } from '@cdktf/provider-azurerm/lib/windows-function-app';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

export const SUB_A = '11111111-2222-3333-4444-555555555555';
export const SUB_B = '99999999-8888-7777-6666-555555555555';

export function azStack(scope: Construct, id: string, subscriptionId?: string): TerraformStack {
  const stack = new TerraformStack(scope, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId });
  return stack;
}

export function group(stack: TerraformStack, name: string, location = 'westeurope', provider?: TerraformProvider): ResourceGroup {
  return new ResourceGroup(stack, `rg-${name}`, { name, location, provider });
}

export function vnet(stack: TerraformStack, id: string, rg: ResourceGroup, space: string[], provider?: TerraformProvider): VirtualNetwork {
  return new VirtualNetwork(stack, id, { name: id, location: rg.location, resourceGroupName: rg.name, addressSpace: space, provider });
}

export function plan(stack: TerraformStack, id: string, rg: ResourceGroup, opts: { os?: string; sku?: string; workers?: number } = {}): ServicePlan {
  return new ServicePlan(stack, id, { name: id, location: rg.location, resourceGroupName: rg.name, osType: opts.os ?? 'Windows', skuName: opts.sku ?? 'P1v3', workerCount: opts.workers });
}

export function windowsApp(stack: TerraformStack, id: string, sp: ServicePlan): WindowsWebApp {
  return new WindowsWebApp(stack, id, {
    name: id, location: sp.location, resourceGroupName: sp.resourceGroupName, servicePlanId: sp.id, httpsOnly: true,
    siteConfig: { minimumTlsVersion: '1.2', applicationStack: { currentStack: 'dotnet', dotnetVersion: 'v8.0' } },
  });
}

export function linuxApp(stack: TerraformStack, id: string, sp: ServicePlan): LinuxWebApp {
  return new LinuxWebApp(stack, id, {
    name: id, location: sp.location, resourceGroupName: sp.resourceGroupName, servicePlanId: sp.id, httpsOnly: true,
    siteConfig: { applicationStack: { nodeVersion: '20-lts' } },
  });
}

export function storage(stack: TerraformStack, id: string, rg: ResourceGroup): StorageAccount {
  return new StorageAccount(stack, id, { name: id, location: rg.location, resourceGroupName: rg.name, accountTier: 'Standard', accountReplicationType: 'LRS' });
}

export function windowsFunction(stack: TerraformStack, id: string, sp: ServicePlan, st: StorageAccount): WindowsFunctionApp {
  return new WindowsFunctionApp(stack, id, {
    name: id, location: sp.location, resourceGroupName: sp.resourceGroupName, servicePlanId: sp.id,
    storageAccountName: st.name, storageAccountAccessKey: st.primaryAccessKey, siteConfig: {},
  });
}

export function linuxFunction(stack: TerraformStack, id: string, sp: ServicePlan, st: StorageAccount): LinuxFunctionApp {
  return new LinuxFunctionApp(stack, id, {
    name: id, location: sp.location, resourceGroupName: sp.resourceGroupName, servicePlanId: sp.id,
    storageAccountName: st.name, storageUsesManagedIdentity: true, identity: { type: 'SystemAssigned' },
    siteConfig: { applicationStack: { pythonVersion: '3.12' } },
  });
}

export function armId(sub: string, rg: string, path: string): string {
  return `/subscriptions/${sub}/resourceGroups/${rg}/providers/${path}`;
}
