import { TerraformStack, Testing } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { PointToSiteGatewayReference } from '../../../lib/references/point-to-site-gateway-reference';
import { ServicePlanReference } from '../../../lib/references/service-plan-reference';
import { VirtualNetworkReference } from '../../../lib/references/virtual-network-reference';
import { WebAppReference } from '../../../lib/references/web-app-reference';
import { ValidationHub } from '../../../lib/inventory/validation-hub';
import { G011_SAME_SUBSCRIPTION as rule } from '../../../lib/rules/gateway/g011-same-subscription';
import { gateway, integration, inventory, kinds, plan, vnet } from './models';
import { known } from '../../helpers/models';

const planIn = (sub: string) => plan({ declared: false, id: known('plan ID (servicePlanId)', `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.Web/serverfarms/p`) });
const vnetIn = (sub: string) => gateway({ vnet: vnet({ declared: false, id: known('virtual network ID (virtualNetworkId)', `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v`) }) });

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
  test('Compliance: same subscription', () => {
    expect(kinds(rule.check(integration({ plan: planIn('a'), gateway: vnetIn('A') }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: different subscriptions', () => {
    const [c] = rule.check(integration({ plan: planIn('a'), gateway: vnetIn('b') }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/plan stack\/plan is in subscription a and network stack\/vnet in subscription b/);
  });
  test('only one ID known is unverified; none known (both in this app) passes', () => {
    expect(kinds(rule.check(integration({ plan: planIn('a') }), inventory()))).toEqual(['unverified']);
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('a plan resource whose provider names its subscription is compared with an imported network', () => {
    expect(kinds(rule.check(integration({ plan: plan({ subscriptionId: 'a' }), gateway: vnetIn('A') }), inventory()))).toEqual(['pass']);
    const [c] = rule.check(integration({ plan: plan({ subscriptionId: 'b' }), gateway: vnetIn('a') }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/in subscription b and network .* in subscription a/);
  });
  test('two resources whose providers name different subscriptions fail', () => {
    const [c] = rule.check(integration({ plan: plan({ subscriptionId: 'a' }), gateway: gateway({ vnet: vnet({ subscriptionId: 'b' }) }) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
  });
  test('synth: imported plan and network in different subscriptions fail', () => {
    expect(synthWith('sub1', 'sub2').map((f) => f.outcome)).toEqual(['error']);
    expect(synthWith('sub1', 'sub1').map((f) => f.outcome)).toEqual(['pass']);
  });
});
