/** Shared pieces of the gateway rules: the compliant example and section names. */

/** A compliant set-up, used as the example of most gateway rules. */
export const GATEWAY_EXAMPLE = `const gateway = new PointToSiteGateway(this, 'Gateway', {
  virtualNetwork: remoteVnet,                 // Resource Manager network, any region
  gatewaySubnetAddressPrefix: '10.20.255.0/27',
  pointToSiteAddressPool: ['172.16.201.0/24'], // RFC 1918, outside the network
});
new GatewayVnetIntegration(this, 'Integration', {
  app: windowsWebApp,                          // Windows code app, not a container
  plan: standardPlan,                          // Basic, Standard or Premium tier
  gateway,
});`;

export const SECTION = {
  intro: 'Configure gateway-required virtual network integration (what it supports and where it cannot be used)',
  setup: 'Set up a gateway in your Azure virtual network',
  pricing: 'Pricing details',
  routing: 'Gateway-required virtual network integration routing',
  peering: 'Peering',
  renewal: 'Certificate renewal',
} as const;
