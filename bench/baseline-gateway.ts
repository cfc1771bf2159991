/**
 * Shared parts and the hand-written baseline of the gateway scenario: the resources that
 * PointToSiteGateway, GatewayTransitPeering and GatewayVnetIntegration produce, built with the
 * generated classes (azurerm, and the azapi bindings the library ships as plain generated-style
 * classes) and no library logic. The runner checks the output is byte-identical to the library's.
 */
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { VirtualNetworkPeering } from '@cdktf/provider-azurerm/lib/virtual-network-peering';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { Fn, Lazy, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
// The library's azapi bindings are plain generated-style resource classes (no checks, no rules),
// the counterpart of a generated provider package, so the baseline uses them too.
import { AzapiProvider } from '../lib/azapi/provider';
import { AzapiResource } from '../lib/azapi/resource';
import { AzapiResourceAction } from '../lib/azapi/resource-action';

export const GATEWAY_APPS_PER_PLAN = 10;
export const GATEWAY_APPS_PER_GATEWAY = 20;
const LOCATION = 'westeurope';

/** The g-th hub (holds the gateway) and spoke network. */
export function gatewayNetworks(scope: Construct, g: number): { hub: VirtualNetwork; spoke: VirtualNetwork } {
  const hub = new VirtualNetwork(scope, `Hub${g}`, { name: `vnet-hub-${g}`, resourceGroupName: 'rg-net', location: LOCATION, addressSpace: [`10.${g % 200}.0.0/16`] });
  const spoke = new VirtualNetwork(scope, `Spoke${g}`, { name: `vnet-spoke-${g}`, resourceGroupName: 'rg-net', location: LOCATION, addressSpace: [`192.168.${g % 256}.0/24`] });
  return { hub, spoke };
}

/** The i-th app, and a new plan when `plan` is undefined. */
export function gatewayPlanAndApp(scope: Construct, i: number, plan: ServicePlan | undefined): { plan: ServicePlan; app: WindowsWebApp } {
  const p =
    plan ??
    new ServicePlan(scope, `Plan${i / GATEWAY_APPS_PER_PLAN}`, {
      name: `plan-gw-${i / GATEWAY_APPS_PER_PLAN}`,
      resourceGroupName: 'rg-apps',
      location: LOCATION,
      osType: 'Windows',
      skuName: 'P1v3',
    });
  const app = new WindowsWebApp(scope, `App${i}`, { name: `app-gw-${i}`, resourceGroupName: 'rg-apps', location: LOCATION, servicePlanId: p.id, siteConfig: {} });
  return { plan: p, app };
}

/** Hub gateway g: GatewaySubnet, public IP, VPN gateway; root certificates filled in later. */
function gatewayResources(stack: TerraformStack, g: number, hub: VirtualNetwork, certs: { name: string; public_cert_data: string }[]): VirtualNetworkGateway {
  const scope = new Construct(stack, `Gateway${g}`);
  const subnet = new Subnet(scope, 'GatewaySubnet', {
    name: 'GatewaySubnet',
    resourceGroupName: hub.resourceGroupName,
    virtualNetworkName: hub.name,
    addressPrefixes: [`10.${g % 200}.255.0/27`],
  });
  const name = `vgw-${scope.node.addr.substring(0, 8)}`;
  const pip = new PublicIp(scope, 'PublicIp', {
    name: `${name}-pip`,
    resourceGroupName: hub.resourceGroupName,
    location: hub.location,
    allocationMethod: 'Static',
    sku: 'Standard',
  });
  return new VirtualNetworkGateway(scope, 'Gateway', {
    name,
    resourceGroupName: hub.resourceGroupName,
    location: hub.location,
    type: 'Vpn',
    vpnType: 'RouteBased',
    sku: 'VpnGw2',
    generation: 'Generation2',
    activeActive: false,
    enableBgp: false,
    ipConfiguration: [{ name: 'vnetGatewayConfig', publicIpAddressId: pip.id, privateIpAddressAllocation: 'Dynamic', subnetId: subnet.id }],
    vpnClientConfiguration: {
      addressSpace: [`172.16.${g % 256}.0/24`],
      vpnClientProtocols: ['SSTP'],
      vpnAuthTypes: ['Certificate'],
      rootCertificate: Lazy.anyValue({ produce: () => (certs.length === 0 ? undefined : certs) }) as any,
    },
    timeouts: { create: '120m', update: '120m', delete: '120m' },
  });
}

export function gatewayBaseline(stack: TerraformStack, n: number): void {
  new AzapiProvider(stack, 'azapi', {});
  let gateway: VirtualNetworkGateway | undefined;
  let hub: VirtualNetwork | undefined;
  let spokeRange = '';
  let certs: { name: string; public_cert_data: string }[] = [];
  let plan: ServicePlan | undefined;
  for (let i = 0; i < n; i++) {
    if (i % GATEWAY_APPS_PER_GATEWAY === 0) {
      const g = i / GATEWAY_APPS_PER_GATEWAY;
      const nets = gatewayNetworks(stack, g);
      hub = nets.hub;
      certs = [];
      gateway = gatewayResources(stack, g, hub, certs);
      const transit = new Construct(stack, `Transit${g}`);
      const hubToSpoke = new VirtualNetworkPeering(transit, 'HubToSpoke', {
        name: `peer-${hub.name}-to-${nets.spoke.name}`,
        resourceGroupName: hub.resourceGroupName,
        virtualNetworkName: hub.name,
        remoteVirtualNetworkId: nets.spoke.id,
        allowVirtualNetworkAccess: true,
        allowForwardedTraffic: true,
        allowGatewayTransit: true,
        useRemoteGateways: false,
        dependsOn: [gateway],
      });
      new VirtualNetworkPeering(transit, 'SpokeToHub', {
        name: `peer-${nets.spoke.name}-to-${hub.name}`,
        resourceGroupName: nets.spoke.resourceGroupName,
        virtualNetworkName: nets.spoke.name,
        remoteVirtualNetworkId: hub.id,
        allowVirtualNetworkAccess: true,
        allowForwardedTraffic: true,
        allowGatewayTransit: false,
        useRemoteGateways: true,
        dependsOn: [hubToSpoke, gateway],
      });
      spokeRange = `192.168.${g % 256}`;
    }
    const made = gatewayPlanAndApp(stack, i, i % GATEWAY_APPS_PER_PLAN === 0 ? undefined : plan);
    plan = made.plan;
    const scope = new Construct(stack, `Integration${i}`);
    const appId = made.app.id;
    const connection = new AzapiResource(scope, 'Connection', {
      resourceType: 'Microsoft.Web/sites/virtualNetworkConnections@2024-11-01',
      name: hub!.name,
      parentId: appId,
      body: { properties: { vnetResourceId: hub!.id, isSwift: false } },
      responseExportValues: ['properties.certBlob', 'properties.certThumbprint'],
      locks: [appId],
    });
    certs.push({ name: `appsvc-app-gw-${i}`, public_cert_data: connection.outputValue('properties.certBlob') });
    const action = new AzapiResourceAction(scope, 'VpnClientPackage', {
      resourceType: 'Microsoft.Network/virtualNetworkGateways@2024-05-01',
      resourceId: gateway!.id,
      action: 'generatevpnclientpackage',
      method: 'POST',
      body: { processorArchitecture: 'Amd64' },
      sensitiveResponseExportValues: ['*'],
      dependsOn: [gateway!, connection],
      lifecycle: { replaceTriggeredBy: [connection] },
      timeouts: { create: '30m', update: '30m' },
      locks: [gateway!.id],
    });
    const link = new AzapiResource(scope, 'GatewayConnection', {
      resourceType: 'Microsoft.Web/sites/virtualNetworkConnections/gateways@2024-11-01',
      name: 'primary',
      parentId: connection.id,
      body: { properties: { vnetName: hub!.name } },
      sensitiveBody: { properties: { vpnPackageUri: action.sensitiveOutput } },
      sensitiveBodyVersion: { 'properties.vpnPackageUri': Fn.sha256(Fn.jsonencode(action.sensitiveOutput)) },
      schemaValidationEnabled: false,
      dependsOn: [action],
      locks: [appId],
    });
    if (i % GATEWAY_APPS_PER_PLAN === 0) {
      // The spoke range as a plan route, once per plan and network.
      const name = `r-${spokeRange.replace(/\./g, '-')}-0-24`;
      const parentId = `${plan.id}/virtualNetworkConnections/${hub!.name}`;
      new AzapiResource(scope, `Route-${name}`, {
        resourceType: 'Microsoft.Web/serverfarms/virtualNetworkConnections/routes@2024-11-01',
        name,
        parentId,
        body: { properties: { startAddress: `${spokeRange}.0`, endAddress: `${spokeRange}.255`, routeType: 'STATIC' } },
        dependsOn: [link],
        locks: [parentId],
      });
    }
  }
}
