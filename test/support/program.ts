/**
 * Builds a small cdktf program from a plain description, so property tests, bad-input tests and
 * the determinism test all describe programs as data.
 */
import { LinuxFunctionApp } from '@cdktf/provider-azurerm/lib/linux-function-app';
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsFunctionApp } from '@cdktf/provider-azurerm/lib/windows-function-app';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { App, TerraformStack, Testing } from 'cdktf';
import * as fs from 'fs';
import * as path from 'path';
import { RegionalVnetIntegration } from '../../lib';

export type AppType = 'linux-web' | 'windows-web' | 'linux-function' | 'windows-function';

export interface AppSpec {
  readonly type: AppType;
  /** Put the app on the other plan (an invalid configuration for VNI-R017). */
  readonly onOtherPlan?: boolean;
  readonly location?: string;
}

/** One integration and everything around it. */
export interface ProgramSpec {
  readonly location: string;
  readonly vnetLocation?: string;
  readonly addressSpace: string[];
  readonly sku: string;
  readonly os: 'Linux' | 'Windows';
  readonly workerCount?: number;
  readonly apps: AppSpec[];
  readonly subnetAddressPrefix: string;
  readonly subnetName?: string;
  readonly routeAllTraffic?: boolean;
  readonly maxInstances?: number;
  readonly serviceEndpoints?: string[];
  readonly networkSecurityGroup?: boolean;
  /** Adopt an existing subnet delegated to this service instead of creating one. */
  readonly adoptSubnetDelegatedTo?: string;
  /** Another subnet in the same network. */
  readonly otherSubnet?: string;
  /** A private endpoint in the integration subnet. */
  readonly privateEndpointInSubnet?: boolean;
  /** A second integration for the same plan, with this prefix. */
  readonly secondIntegrationPrefix?: string;
}

const RG = 'rg-prop';

export interface Built {
  readonly app: App;
  readonly stack: TerraformStack;
  readonly integration: RegionalVnetIntegration;
}

export function build(spec: ProgramSpec, app: App = Testing.app()): Built {
  const stack = new TerraformStack(app, 'stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const vnet = new VirtualNetwork(stack, 'Vnet', {
    name: 'vnet-prop',
    resourceGroupName: RG,
    location: spec.vnetLocation ?? spec.location,
    addressSpace: spec.addressSpace,
  });
  const plan = new ServicePlan(stack, 'Plan', {
    name: 'plan-prop',
    resourceGroupName: RG,
    location: spec.location,
    osType: spec.os,
    skuName: spec.sku,
    workerCount: spec.workerCount,
  });
  const otherPlan = spec.apps.some((a) => a.onOtherPlan)
    ? new ServicePlan(stack, 'OtherPlan', { name: 'plan-other', resourceGroupName: RG, location: spec.location, osType: spec.os, skuName: spec.sku })
    : undefined;
  const apps = spec.apps.map((a, i) => {
    const common = {
      name: `app-prop-${i}`,
      resourceGroupName: RG,
      location: a.location ?? spec.location,
      servicePlanId: a.onOtherPlan ? otherPlan!.id : plan.id,
      siteConfig: {},
    };
    switch (a.type) {
      case 'linux-web':
        return new LinuxWebApp(stack, `App${i}`, common);
      case 'windows-web':
        return new WindowsWebApp(stack, `App${i}`, common);
      case 'linux-function':
        return new LinuxFunctionApp(stack, `App${i}`, common);
      case 'windows-function':
        return new WindowsFunctionApp(stack, `App${i}`, common);
    }
  });
  const nsg = spec.networkSecurityGroup
    ? new NetworkSecurityGroup(stack, 'Nsg', { name: 'nsg-prop', resourceGroupName: RG, location: spec.location })
    : undefined;
  const adopted = spec.adoptSubnetDelegatedTo
    ? new Subnet(stack, 'Adopted', {
        name: spec.subnetName ?? 'snet-adopted',
        resourceGroupName: RG,
        virtualNetworkName: vnet.name,
        addressPrefixes: [spec.subnetAddressPrefix],
        delegation: [{ name: 'other', serviceDelegation: { name: spec.adoptSubnetDelegatedTo } }],
      })
    : undefined;
  const integration = new RegionalVnetIntegration(stack, 'Integration', {
    plan,
    virtualNetwork: vnet,
    apps,
    ...(adopted ? { subnet: adopted } : { subnetAddressPrefix: spec.subnetAddressPrefix, subnetName: spec.subnetName }),
    routeAllTraffic: spec.routeAllTraffic,
    maxInstances: spec.maxInstances,
    serviceEndpoints: spec.serviceEndpoints,
    networkSecurityGroup: nsg,
  });
  if (spec.otherSubnet) {
    new Subnet(stack, 'Other', { name: 'snet-other', resourceGroupName: RG, virtualNetworkName: vnet.name, addressPrefixes: [spec.otherSubnet] });
  }
  if (spec.privateEndpointInSubnet) {
    new PrivateEndpoint(stack, 'Endpoint', {
      name: 'pe-prop',
      resourceGroupName: RG,
      location: spec.location,
      subnetId: integration.subnetId,
      privateServiceConnection: { name: 'psc', isManualConnection: false, privateConnectionResourceId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st' },
    });
  }
  if (spec.secondIntegrationPrefix) {
    new RegionalVnetIntegration(stack, 'Second', { plan, virtualNetwork: vnet, subnetAddressPrefix: spec.secondIntegrationPrefix });
  }
  return { app, stack, integration };
}

/** Synthesizes and returns the stack's Terraform JSON as text. */
export function synthText(b: Built): string {
  b.app.synth();
  return fs.readFileSync(path.join(b.app.outdir, 'stacks', b.stack.node.id, 'cdk.tf.json'), 'utf8');
}

/** Every file under `dir`, relative path -> bytes, sorted by path. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p));
    }
  };
  walk(dir);
  return out;
}
