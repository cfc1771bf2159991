/** VNI-G021 in synthesis (loads cdktf). Its unit tests on plain models are in g021-app-on-plan.test.ts, which the mutation check runs. */
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G021 Gateway.AppOnPlan', () => {
  test('synth: another plan fails', () => {
    const f = fixture();
    const other = new ServicePlan(f.stack, 'other', { name: 'o', resourceGroupName: 'rg', location: 'northeurope', osType: 'Windows', skuName: 'S1' });
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: other, gateway: gatewayIn(f) });
    expect(findingsOf(f, 'VNI-G021').map((x) => x.outcome)).toEqual(['error']);
  });
});
