/** Corpus: peering and cross-region access (regional integration plus global peering). */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App } from 'cdktf';
import { CrossRegionVnetAccess, RegionalVnetIntegration, VirtualNetworkReference, VnetPeering } from '../../../lib';
import type { Case } from '../stacks';
import { armId, azStack, group, plan, SUB_A, SUB_B, vnet, windowsApp } from './common';

export const PEERING: Case[] = [
  {
    name: 'peering-two-networks-same-stack',
    description: 'Regional integration plus a two-way peering to a second network of the same stack',
    build: (app: App) => {
      const s = azStack(app, 'net');
      const rg = group(s, 'rg-peer');
      const appNet = vnet(s, 'vnet-peer-app', rg, ['10.20.0.0/16']);
      const data = vnet(s, 'vnet-peer-data', rg, ['10.21.0.0/16']);
      const sp = plan(s, 'asp-peer', rg);
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [windowsApp(s, 'app-peer', sp)], virtualNetwork: appNet, subnetAddressPrefix: '10.20.1.0/26' });
      new VnetPeering(s, 'AppToData', { virtualNetwork: appNet, remoteVirtualNetwork: data });
    },
  },
  {
    name: 'peering-to-imported-network-one-side',
    description: 'Peering to a network managed elsewhere; only the local side is created',
    build: (app: App) => {
      const s = azStack(app, 'net');
      const rg = group(s, 'rg-peer-ref');
      const local = vnet(s, 'vnet-peer-local', rg, ['10.22.0.0/16']);
      const remote = VirtualNetworkReference.fromVirtualNetworkAttributes(s, 'Remote', {
        virtualNetworkId: armId(SUB_A, 'rg-hub', 'Microsoft.Network/virtualNetworks/vnet-hub'), location: 'westeurope', addressSpace: ['10.23.0.0/16'],
      });
      const sp = plan(s, 'asp-peer-ref', rg);
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [windowsApp(s, 'app-peer-ref', sp)], virtualNetwork: local, subnetAddressPrefix: '10.22.1.0/26' });
      new VnetPeering(s, 'LocalToHub', { virtualNetwork: local, remoteVirtualNetwork: remote, createRemoteSide: false });
    },
  },
  {
    name: 'peering-remote-subscription-aliased-provider',
    description: 'Both sides of a peering, the remote side in another subscription through an aliased azurerm provider',
    build: (app: App) => {
      const s = azStack(app, 'net', SUB_A);
      const hubProvider = new AzurermProvider(s, 'hub', { features: [{}], alias: 'hub', subscriptionId: SUB_B });
      const rg = group(s, 'rg-spoke-alias');
      const hubRg = group(s, 'rg-hub-alias', 'westeurope', hubProvider);
      const spoke = vnet(s, 'vnet-spoke-alias', rg, ['10.24.0.0/16']);
      const hub = vnet(s, 'vnet-hub-alias', hubRg, ['10.25.0.0/16'], hubProvider);
      const sp = plan(s, 'asp-alias', rg);
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [windowsApp(s, 'app-alias', sp)], virtualNetwork: spoke, subnetAddressPrefix: '10.24.1.0/26' });
      new VnetPeering(s, 'SpokeToHub', { virtualNetwork: spoke, remoteVirtualNetwork: hub, remoteProvider: hubProvider, allowForwardedTraffic: true });
    },
  },
  {
    name: 'cross-region-access-own-local-network',
    description: 'CrossRegionVnetAccess with a local network declared by the program',
    build: (app: App) => {
      const s = azStack(app, 'web');
      const rg = group(s, 'rg-xr-local');
      const remoteRg = group(s, 'rg-xr-remote', 'northeurope');
      const remote = vnet(s, 'vnet-xr-remote', remoteRg, ['10.27.0.0/16']);
      const local = vnet(s, 'vnet-xr-local', rg, ['10.26.0.0/16']);
      const sp = plan(s, 'asp-xr-local', rg);
      new CrossRegionVnetAccess(s, 'Access', { plan: sp, apps: [windowsApp(s, 'app-xr-local', sp)], remoteVirtualNetwork: remote, localVirtualNetwork: local, subnetAddressPrefix: '10.26.0.0/26' });
    },
  },
  {
    name: 'cross-region-access-imported-remote',
    description: 'CrossRegionVnetAccess to a network of another subscription (imported), remote side through an aliased provider',
    build: (app: App) => {
      const s = azStack(app, 'web', SUB_A);
      const remoteProvider = new AzurermProvider(s, 'remote', { features: [{}], alias: 'remote', subscriptionId: SUB_B });
      const rg = group(s, 'rg-xr-imported');
      const remote = VirtualNetworkReference.fromVirtualNetworkAttributes(s, 'Remote', {
        virtualNetworkId: armId(SUB_B, 'rg-data', 'Microsoft.Network/virtualNetworks/vnet-data-ne'), location: 'northeurope', addressSpace: ['10.29.0.0/16'],
      });
      const sp = plan(s, 'asp-xr-imported', rg);
      new CrossRegionVnetAccess(s, 'Access', {
        plan: sp, apps: [windowsApp(s, 'app-xr-imported', sp)], remoteVirtualNetwork: remote, remoteProvider,
        localNetwork: { name: 'vnet-xr-imported-local', addressSpace: ['10.28.0.0/16'] }, subnetAddressPrefix: '10.28.0.0/26',
      });
    },
  },
];
