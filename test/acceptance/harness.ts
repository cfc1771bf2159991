/**
 * Acceptance harness: black-box, public API only. Builds the kind of platform a team writes
 * (resource group whose location the other resources follow, names from variables, network and
 * app stacks) and reports the outcome of `app.synth()`.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { IConstruct } from 'constructs';

export interface Outcome {
  /** The error message of app.synth() ('' when it passed). */
  readonly error: string;
  /** Every warning annotation, prefixed with the construct path. */
  readonly warnings: string[];
}

function allNodes(root: IConstruct): IConstruct[] {
  const out: IConstruct[] = [];
  const walk = (c: IConstruct) => {
    out.push(c);
    for (const k of c.node.children) walk(k);
  };
  walk(root);
  return out;
}

export function synth(app: App): Outcome {
  let error = '';
  try {
    app.synth();
  } catch (e) {
    error = (e as Error).message;
  }
  const warnings: string[] = [];
  for (const c of allNodes(app)) {
    for (const m of c.node.metadata) {
      if (/warn/i.test(m.type)) warnings.push(`${c.node.path}: ${String(m.data)}`);
    }
  }
  return { error, warnings };
}

/** Warnings that mention the given rule ID. */
export function warningsOf(o: Outcome, ruleId: string): string[] {
  return o.warnings.filter((w) => w.includes(`[${ruleId}]`));
}

/** Unverified warnings (whatever rule). */
export function unverified(o: Outcome): string[] {
  return o.warnings.filter((w) => /unverified/i.test(w));
}

export interface Platform {
  readonly app: App;
  readonly network: TerraformStack;
  readonly web: TerraformStack;
  readonly env: TerraformVariable;
  readonly netRg: ResourceGroup;
  readonly webRg: ResourceGroup;
  readonly vnet: VirtualNetwork;
}

export function stack(app: App, id: string, subscriptionId?: string): TerraformStack {
  const s = new TerraformStack(app, id);
  new AzurermProvider(s, 'azurerm', { features: [{}], subscriptionId });
  return s;
}

/** A network stack (rg + vnet) and a web stack (rg), names from a variable, locations followed from rgs. */
export function platform(opts: { location?: string; webLocation?: string; addressSpace?: string[]; subscriptionId?: string } = {}): Platform {
  const app = Testing.app();
  const network = stack(app, 'network', opts.subscriptionId);
  const web = stack(app, 'web', opts.subscriptionId);
  const env = new TerraformVariable(web, 'env', { type: 'string', default: 'prod' });
  const netEnv = new TerraformVariable(network, 'env', { type: 'string', default: 'prod' });
  const netRg = new ResourceGroup(network, 'rg', { name: `rg-net-${netEnv.stringValue}`, location: opts.location ?? 'westeurope' });
  const vnet = new VirtualNetwork(network, 'vnet', {
    name: `vnet-hub-${netEnv.stringValue}`,
    location: netRg.location,
    resourceGroupName: netRg.name,
    addressSpace: opts.addressSpace ?? ['10.20.0.0/16'],
  });
  const webRg = new ResourceGroup(web, 'rg', { name: `rg-web-${env.stringValue}`, location: opts.webLocation ?? opts.location ?? 'westeurope' });
  return { app, network, web, env, netRg, webRg, vnet };
}

export function plan(p: Platform, id = 'plan', over: { skuName?: string; osType?: string; workerCount?: number; rg?: ResourceGroup; scope?: TerraformStack } = {}): ServicePlan {
  const rg = over.rg ?? p.webRg;
  return new ServicePlan(over.scope ?? p.web, id, {
    name: `asp-${id}-${p.env.stringValue}`,
    location: rg.location,
    resourceGroupName: rg.name,
    osType: over.osType ?? 'Windows',
    skuName: over.skuName ?? 'P1v3',
    workerCount: over.workerCount,
  });
}

export function windowsApp(p: Platform, sp: ServicePlan, id = 'site', extra: Partial<{ appSettings: Record<string, string>; container: boolean; scope: TerraformStack }> = {}): WindowsWebApp {
  return new WindowsWebApp(extra.scope ?? p.web, id, {
    name: `app-${id}-${p.env.stringValue}`,
    location: sp.location,
    resourceGroupName: sp.resourceGroupName,
    servicePlanId: sp.id,
    httpsOnly: true,
    appSettings: extra.appSettings,
    siteConfig: extra.container
      ? { applicationStack: { dockerImageName: 'contoso/web:1.0', dockerRegistryUrl: 'https://mcr.microsoft.com' } }
      : { alwaysOn: true, applicationStack: { currentStack: 'dotnet', dotnetVersion: 'v8.0' } },
  });
}

export function linuxApp(p: Platform, sp: ServicePlan, id = 'api'): LinuxWebApp {
  return new LinuxWebApp(p.web, id, {
    name: `app-${id}-${p.env.stringValue}`,
    location: sp.location,
    resourceGroupName: sp.resourceGroupName,
    servicePlanId: sp.id,
    siteConfig: { applicationStack: { nodeVersion: '20-lts' } },
  });
}
