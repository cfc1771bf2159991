/**
 * The peering capability's example scenarios, in the shape of examples/index.ts (append them to
 * SCENARIOS there). Each build function returns the scenario's main stack.
 */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { crossRegionVnetAccess } from './cross-region-vnet-access';
import { hubAndAppStacks } from './hub-and-app-stacks';

export const PEERING_SCENARIOS: { id: string; description: string; build: (scope: Construct, id: string) => TerraformStack }[] = [
  { id: 'peering-hub-and-app-stacks', description: 'Hub network stack and app stack linked by cross-stack references: regional integration plus VnetPeering', build: hubAndAppStacks },
  { id: 'peering-cross-region-access', description: 'Windows app in westeurope reaching a network in northeurope without a gateway (CrossRegionVnetAccess)', build: crossRegionVnetAccess },
];
