/**
 * Gateway-required integration at scale: N Windows apps on N/10 plans across N/20 point-to-site
 * gateways. Each gateway sits in a hub network with a spoke network peered with gateway transit.
 * App i runs on plan floor(i/10) and connects through gateway floor(i/20), so the apps of one plan
 * share one gateway.
 */
import { GatewayTransitPeering, GatewayVnetIntegration, PointToSiteGateway, RuleSuppressions } from '../../lib';
import { gatewayBaseline, gatewayNetworks, gatewayPlanAndApp, GATEWAY_APPS_PER_GATEWAY, GATEWAY_APPS_PER_PLAN } from '../baseline-gateway';
import { Scenario } from '../types';

export const scenario: Scenario = {
  name: 'gateway',
  unit: 'app',
  sizes: [
    { n: 100, runs: 5 },
    { n: 1000, runs: 5 },
    { n: 3000, runs: 3 },
  ],
  library(stack, n) {
    // Every integration gets the retirement warning (VNI-G015); a platform team acknowledges it once.
    RuleSuppressions.acknowledge(stack, 'VNI-G015', 'legacy integrations kept until the move to regional integration');
    let gateway: PointToSiteGateway | undefined;
    let plan: ReturnType<typeof gatewayPlanAndApp>['plan'] | undefined;
    for (let i = 0; i < n; i++) {
      if (i % GATEWAY_APPS_PER_GATEWAY === 0) {
        const g = i / GATEWAY_APPS_PER_GATEWAY;
        const { hub, spoke } = gatewayNetworks(stack, g);
        gateway = new PointToSiteGateway(stack, `Gateway${g}`, {
          virtualNetwork: hub,
          gatewaySubnetAddressPrefix: `10.${g % 200}.255.0/27`,
          pointToSiteAddressPool: [`172.16.${g % 256}.0/24`],
          sku: 'VpnGw2',
        });
        new GatewayTransitPeering(stack, `Transit${g}`, { gateway, spokeVirtualNetwork: spoke });
      }
      const made = gatewayPlanAndApp(stack, i, i % GATEWAY_APPS_PER_PLAN === 0 ? undefined : plan);
      plan = made.plan;
      new GatewayVnetIntegration(stack, `Integration${i}`, { app: made.app, plan, gateway });
    }
  },
  baseline: gatewayBaseline,
};
