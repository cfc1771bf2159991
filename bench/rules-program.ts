/**
 * The program the per-rule timing (`npm run bench -- --rules`) judges at size N: every family of
 * rules gets N subjects, and the whole-deployment rules see N of everything at once.
 * - stack regional: N regional integrations, each in its own network (the `regional` scenario);
 * - stack gateway: N gateway-required apps on N/10 plans across N/20 gateways with transit
 *   peerings (the `gateway` scenario);
 * - stack shared: one large network holding N/2 integration subnets beside N/2 plain subnets, so
 *   the overlap and dedicated-subnet rules compare many subnets of one network;
 * - stack peering: N/2 networks peered in pairs with VnetPeering.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { App, TerraformStack } from 'cdktf';
import { RegionalVnetIntegration, VnetPeering } from '../lib';
import { app, LOCATION, plan, RESOURCE_GROUP } from './fixtures';
import { scenario as gateway } from './scenarios/gateway';
import { scenario as regional } from './scenarios/regional';

function stack(scope: App, id: string): TerraformStack {
  const s = new TerraformStack(scope, id);
  new AzurermProvider(s, 'azurerm', { features: [{}] });
  return s;
}

/** The i-th /26 of 10.0.0.0/8. */
function block(i: number): string {
  return `10.${(i >> 10) & 255}.${(i >> 2) & 255}.${(i & 3) * 64}/26`;
}

export function buildRulesProgram(scope: App, n: number): void {
  regional.library(stack(scope, 'regional'), n);
  gateway.library(stack(scope, 'gateway'), n);

  const shared = stack(scope, 'shared');
  const vnet = new VirtualNetwork(shared, 'Vnet', { name: 'vnet-shared', resourceGroupName: RESOURCE_GROUP, location: LOCATION, addressSpace: ['10.0.0.0/8'] });
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      const p = plan(shared, i);
      new RegionalVnetIntegration(shared, `Integration${i}`, { plan: p, virtualNetwork: vnet, subnetAddressPrefix: block(i), subnetName: `snet-int-${i}`, apps: [app(shared, i, p)] });
    } else {
      new Subnet(shared, `Subnet${i}`, { name: `snet-${i}`, resourceGroupName: RESOURCE_GROUP, virtualNetworkName: vnet.name, addressPrefixes: [block(i)] });
    }
  }

  const peering = stack(scope, 'peering');
  const networks: VirtualNetwork[] = [];
  for (let i = 0; i < n / 2; i++) {
    networks.push(new VirtualNetwork(peering, `Vnet${i}`, { name: `vnet-peer-${i}`, resourceGroupName: RESOURCE_GROUP, location: LOCATION, addressSpace: [`10.${(i >> 8) & 255}.${i & 255}.0/24`] }));
  }
  for (let i = 0; i + 1 < networks.length; i += 2) {
    new VnetPeering(peering, `Peering${i}`, { virtualNetwork: networks[i], remoteVirtualNetwork: networks[i + 1] });
  }
}
