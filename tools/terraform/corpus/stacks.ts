/** Corpus: several stacks in one app, linked by cross-stack references (remote state), and aliased providers. */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { App, TerraformOutput } from 'cdktf';
import { GatewayTransitPeering, GatewayVnetIntegration, PointToSiteGateway, RegionalVnetIntegration, RuleSuppressions, VnetPeering } from '../../../lib';
import type { Case } from '../stacks';
import { azStack, group, linuxApp, plan, SUB_A, SUB_B, vnet, windowsApp } from './common';

export const MULTI_STACK: Case[] = [
  {
    name: 'stacks-connectivity-hub-stack',
    description: 'A hub stack in a connectivity subscription (aliased provider) and an app stack peering to it: the hub side takes the app stack\'s provider of the same subscription',
    build: (app: App) => {
      const h = azStack(app, 'hub', SUB_A);
      const hubProvider = new AzurermProvider(h, 'connectivity', { features: [{}], alias: 'connectivity', subscriptionId: SUB_B });
      const hub = vnet(h, 'vnet-hub-x9', group(h, 'rg-hub-x9', 'westeurope', hubProvider), ['10.88.0.0/16'], hubProvider);
      const w = azStack(app, 'web', SUB_A);
      new AzurermProvider(w, 'connectivity', { features: [{}], alias: 'connectivity', subscriptionId: SUB_B });
      const wrg = group(w, 'rg-web-x9');
      const spoke = vnet(w, 'vnet-spoke-x9', wrg, ['10.89.0.0/16']);
      const sp = plan(w, 'asp-x9', wrg);
      new RegionalVnetIntegration(w, 'Integration', { plan: sp, apps: [windowsApp(w, 'app-x9', sp)], virtualNetwork: spoke, subnetAddressPrefix: '10.89.1.0/26' });
      new VnetPeering(w, 'SpokeToHub', { virtualNetwork: spoke, remoteVirtualNetwork: hub });
    },
  },
  {
    name: 'stacks-subnet-from-network-stack',
    description: 'Network stack owns the network and subnet; the app stack integrates into that subnet',
    build: (app: App) => {
      const n = azStack(app, 'network');
      const nrg = group(n, 'rg-net-x1');
      const net = vnet(n, 'vnet-x1', nrg, ['10.70.0.0/16']);
      const subnet = new Subnet(n, 'Apps', { name: 'snet-apps', resourceGroupName: nrg.name, virtualNetworkName: net.name, addressPrefixes: ['10.70.1.0/26'] });
      const w = azStack(app, 'web');
      const wrg = group(w, 'rg-web-x1');
      const sp = plan(w, 'asp-x1', wrg);
      new RegionalVnetIntegration(w, 'Integration', { plan: sp, apps: [windowsApp(w, 'app-x1', sp)], virtualNetwork: net, subnet });
    },
  },
  {
    name: 'stacks-network-from-network-stack',
    description: 'Network stack owns the network; the app stack creates its subnet in it',
    build: (app: App) => {
      const n = azStack(app, 'network');
      const net = vnet(n, 'vnet-x2', group(n, 'rg-net-x2'), ['10.71.0.0/16']);
      const w = azStack(app, 'web');
      const sp = plan(w, 'asp-x2', group(w, 'rg-web-x2'), { os: 'Linux' });
      new RegionalVnetIntegration(w, 'Integration', { plan: sp, apps: [linuxApp(w, 'app-x2', sp)], virtualNetwork: net, subnetAddressPrefix: '10.71.1.0/26' });
    },
  },
  {
    name: 'stacks-three-stacks-shared-network',
    description: 'A shared network stack and two app stacks, each with its own subnet',
    build: (app: App) => {
      const n = azStack(app, 'shared');
      const net = vnet(n, 'vnet-x3', group(n, 'rg-net-x3'), ['10.72.0.0/16']);
      for (const [i, name] of ['orders', 'billing'].entries()) {
        const w = azStack(app, name);
        const sp = plan(w, `asp-${name}`, group(w, `rg-${name}`));
        new RegionalVnetIntegration(w, 'Integration', { plan: sp, apps: [windowsApp(w, `app-${name}`, sp)], virtualNetwork: net, subnetAddressPrefix: `10.72.${i + 1}.0/26` });
      }
    },
  },
  {
    name: 'stacks-peering-across-stacks',
    description: 'Hub stack network; app stack network peered to it both ways (cross-stack references)',
    build: (app: App) => {
      const h = azStack(app, 'hub');
      const hub = vnet(h, 'vnet-x4-hub', group(h, 'rg-hub-x4'), ['10.73.0.0/16']);
      const w = azStack(app, 'web');
      const wrg = group(w, 'rg-web-x4');
      const local = vnet(w, 'vnet-x4-app', wrg, ['10.74.0.0/16']);
      const sp = plan(w, 'asp-x4', wrg);
      const i = new RegionalVnetIntegration(w, 'Integration', { plan: sp, apps: [windowsApp(w, 'app-x4', sp)], virtualNetwork: local, subnetAddressPrefix: '10.74.1.0/26' });
      new VnetPeering(w, 'AppToHub', { virtualNetwork: local, remoteVirtualNetwork: hub });
      new TerraformOutput(w, 'outbound', { value: i.outboundAddressPrefixes });
    },
  },
  {
    name: 'stacks-gateway-in-network-stack',
    description: 'Gateway in the network stack, integration in the app stack (root certificate managed there: VNI-G019)',
    build: (app: App) => {
      RuleSuppressions.acknowledge(app, 'VNI-G015', 'corpus of the legacy feature (tf:verify)');
      const n = azStack(app, 'network');
      const net = vnet(n, 'vnet-x5', group(n, 'rg-net-x5', 'northeurope'), ['10.75.0.0/16']);
      const gateway = new PointToSiteGateway(n, 'Gateway', { virtualNetwork: net, gatewaySubnetAddressPrefix: '10.75.255.0/27', pointToSiteAddressPool: ['172.16.75.0/24'] });
      const w = azStack(app, 'web');
      const sp = plan(w, 'asp-x5', group(w, 'rg-web-x5'), { sku: 'S1' });
      new GatewayVnetIntegration(w, 'Integration', { app: windowsApp(w, 'app-x5', sp), plan: sp, gateway });
    },
  },
  {
    name: 'stacks-transit-peering-across-stacks',
    description: 'Hub stack with the gateway and the app; spoke stack with gateway transit peering to the hub',
    build: (app: App) => {
      RuleSuppressions.acknowledge(app, 'VNI-G015', 'corpus of the legacy feature (tf:verify)');
      const h = azStack(app, 'hub');
      const hrg = group(h, 'rg-hub-x6');
      const hub = vnet(h, 'vnet-x6-hub', hrg, ['10.76.0.0/16']);
      const gateway = new PointToSiteGateway(h, 'Gateway', { virtualNetwork: hub, gatewaySubnetAddressPrefix: '10.76.255.0/27', pointToSiteAddressPool: ['172.16.76.0/24'] });
      const sp = plan(h, 'asp-x6', hrg, { sku: 'S1' });
      new GatewayVnetIntegration(h, 'Integration', { app: windowsApp(h, 'app-x6', sp), plan: sp, gateway });
      const sStack = azStack(app, 'spoke');
      new GatewayTransitPeering(sStack, 'Transit', { gateway, spokeVirtualNetwork: vnet(sStack, 'vnet-x6-spoke', group(sStack, 'rg-spoke-x6'), ['10.77.0.0/16']), addPlanRoutes: false });
    },
  },
  {
    name: 'stacks-independent-apps',
    description: 'Two unrelated stacks in one app (a regional and a gateway-required integration)',
    build: (app: App) => {
      const a = azStack(app, 'regional');
      const arg = group(a, 'rg-ind-a');
      const spa = plan(a, 'asp-ind-a', arg);
      new RegionalVnetIntegration(a, 'Integration', { plan: spa, apps: [windowsApp(a, 'app-ind-a', spa)], virtualNetwork: vnet(a, 'vnet-ind-a', arg, ['10.78.0.0/16']), subnetAddressPrefix: '10.78.1.0/26' });
      const b = azStack(app, 'gateway');
      RuleSuppressions.acknowledge(b, 'VNI-G015', 'corpus of the legacy feature (tf:verify)');
      const brg = group(b, 'rg-ind-b');
      const spb = plan(b, 'asp-ind-b', brg, { sku: 'S1' });
      new GatewayVnetIntegration(b, 'Integration', {
        app: windowsApp(b, 'app-ind-b', spb), plan: spb,
        gatewayOptions: { virtualNetwork: vnet(b, 'vnet-ind-b', brg, ['10.79.0.0/16']), gatewaySubnetAddressPrefix: '10.79.255.0/27', pointToSiteAddressPool: ['172.16.79.0/24'] },
      });
    },
  },
  {
    name: 'stacks-azurerm-4-73-for-cdk-terrain',
    description: 'A stack that asks for azurerm 4.73.0 (what @cdktn/provider-azurerm 16 writes): the mirror serves that version',
    build: (app: App) => {
      const s = azStack(app, 'web');
      s.addOverride('terraform.required_providers.azurerm.version', '4.73.0');
      const rg = group(s, 'rg-cdktn');
      const sp = plan(s, 'asp-cdktn', rg);
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [windowsApp(s, 'app-cdktn', sp)], virtualNetwork: vnet(s, 'vnet-cdktn', rg, ['10.81.0.0/16']), subnetAddressPrefix: '10.81.1.0/26' });
    },
  },
  {
    name: 'stacks-aliased-network-provider',
    description: 'Network resources through an aliased azurerm provider (another subscription), apps through the default one',
    build: (app: App) => {
      const s = azStack(app, 'web', SUB_A);
      const netProvider = new AzurermProvider(s, 'network', { features: [{}], alias: 'network', subscriptionId: SUB_B });
      const nrg = group(s, 'rg-net-alias', 'westeurope', netProvider);
      const net = vnet(s, 'vnet-net-alias', nrg, ['10.80.0.0/16'], netProvider);
      const subnet = new Subnet(s, 'Apps', { name: 'snet-apps', resourceGroupName: nrg.name, virtualNetworkName: net.name, addressPrefixes: ['10.80.1.0/26'], provider: netProvider });
      const sp = plan(s, 'asp-net-alias', group(s, 'rg-web-alias'));
      new RegionalVnetIntegration(s, 'Integration', { plan: sp, apps: [windowsApp(s, 'app-net-alias', sp)], virtualNetwork: net, subnet });
    },
  },
];
