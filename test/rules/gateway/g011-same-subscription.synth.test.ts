/** VNI-G011 in synthesis (loads cdktf). Its unit tests on plain models are in g011-same-subscription.test.ts, which the mutation check runs. */
import { TerraformStack, Testing } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { PointToSiteGatewayReference } from '../../../lib/references/point-to-site-gateway-reference';
import { ServicePlanReference } from '../../../lib/references/service-plan-reference';
import { VirtualNetworkReference } from '../../../lib/references/virtual-network-reference';
import { WebAppReference } from '../../../lib/references/web-app-reference';
import { ValidationHub } from '../../../lib/inventory/validation-hub';

function synthWith(planSub: string, vnetSub: string) {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const v = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'vnet', { virtualNetworkId: `/subscriptions/${vnetSub}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v`, addressSpace: ['10.20.0.0/16'] });
  const gw = PointToSiteGatewayReference.fromGatewayAttributes(stack, 'gw', { gatewayId: `/subscriptions/${vnetSub}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/g`, virtualNetwork: v });
  const p = ServicePlanReference.fromServicePlanAttributes(stack, 'plan', { servicePlanId: `/subscriptions/${planSub}/resourceGroups/rg/providers/Microsoft.Web/serverfarms/p`, skuName: 'S1', osType: 'Windows' });
  const w = WebAppReference.fromWebAppAttributes(stack, 'web', { webAppId: `/subscriptions/${planSub}/resourceGroups/rg/providers/Microsoft.Web/sites/w`, osType: 'Windows', appSettings: {} });
  new GatewayVnetIntegration(stack, 'int', { app: w, plan: p, gateway: gw });
  try {
    app.synth();
  } catch {
    // asserted below
  }
  return ValidationHub.of(stack).findings().filter((f) => f.ruleId === 'VNI-G011');
}

describe('VNI-G011 Gateway.SameSubscription', () => {
  test('synth: imported plan and network in different subscriptions fail', () => {
    expect(synthWith('sub1', 'sub2').map((f) => f.outcome)).toEqual(['error']);
    expect(synthWith('sub1', 'sub1').map((f) => f.outcome)).toEqual(['pass']);
  });
});
