/**
 * Every example scenario, one per file. main.ts synthesizes each as its own stack; the snapshot
 * tests in test/examples/ synthesize them too.
 */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { functionAppElasticPremium } from './function-app-elastic-premium';
import { hubSpokeWithTransitPeering } from './gateway-hub-spoke-transit';
import { onePlanTwoVnets } from './gateway-plan-two-vnets';
import { twoAppsSharedGateway } from './gateway-two-apps-shared-gateway';
import { windowsAppToRemoteVnet } from './gateway-windows-app-remote-vnet';
import { crossRegionVnetAccess } from './cross-region-vnet-access';
import { hubAndAppStacks } from './hub-and-app-stacks';
import { landingZoneTwoSubscriptions } from './landing-zone-two-subscriptions';
import { linuxAppsExistingVnet } from './linux-apps-existing-vnet';
import { serviceEndpointsStorage } from './service-endpoints-storage';
import { windowsWebAppNewVnet } from './windows-web-app-new-vnet';

export interface Scenario {
  /** Stack name in cdktf.out/stacks/. */
  readonly id: string;
  readonly description: string;
  readonly build: (scope: Construct, id: string) => TerraformStack;
}

export const SCENARIOS: Scenario[] = [
  { id: 'regional-windows-new-vnet', description: 'Windows web app into a new VNet and subnet', build: windowsWebAppNewVnet },
  { id: 'regional-linux-existing-vnet', description: 'Two Linux apps on one plan into an existing VNet given by attributes', build: linuxAppsExistingVnet },
  { id: 'regional-function-elastic-premium', description: 'Function app on Elastic Premium with route-all, NSG and route table', build: functionAppElasticPremium },
  { id: 'regional-service-endpoints', description: 'Service endpoints on the integration subnet for a storage account', build: serviceEndpointsStorage },
  { id: 'peering-hub-and-app-stacks', description: 'Hub network stack and app stack linked by cross-stack references: regional integration plus VnetPeering', build: hubAndAppStacks },
  { id: 'gateway-windows-app-remote-vnet', description: 'Windows app reaching a VNet in another region through a point-to-site gateway', build: windowsAppToRemoteVnet },
  { id: 'gateway-two-apps-shared-gateway', description: 'Two apps on one plan sharing one point-to-site gateway', build: twoAppsSharedGateway },
  { id: 'gateway-plan-two-vnets', description: 'One plan using two VNets through gateway-required integration', build: onePlanTwoVnets },
  { id: 'gateway-hub-spoke-transit', description: 'Hub with a point-to-site gateway, two spokes with gateway transit and plan routes', build: hubSpokeWithTransitPeering },
  { id: 'landing-zone-two-subscriptions', description: 'Hub and gateway in a connectivity subscription, app and spoke in an app subscription (two aliased providers)', build: landingZoneTwoSubscriptions },
  { id: 'peering-cross-region-access', description: 'Windows app in westeurope reaching a network in northeurope without a gateway (CrossRegionVnetAccess)', build: crossRegionVnetAccess },
];
