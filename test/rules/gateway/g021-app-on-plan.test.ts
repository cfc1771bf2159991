import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { G021_APP_ON_PLAN as rule } from '../../../lib/rules/gateway/g021-app-on-plan';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { app, integration, inventory, kinds } from './models';
import { k } from '../../helpers/keys';

describe('VNI-G021 Gateway.AppOnPlan', () => {
  test('Compliance: the app runs on the plan', () => {
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: another plan', () => {
    const [c] = rule.check(integration({ app: app({ planKey: k('other') }) }), inventory()) as any[];
    expect(c.message).toMatch(/runs on another plan/);
  });
  test('synth: another plan fails', () => {
    const f = fixture();
    const other = new ServicePlan(f.stack, 'other', { name: 'o', resourceGroupName: 'rg', location: 'northeurope', osType: 'Windows', skuName: 'S1' });
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: other, gateway: gatewayIn(f) });
    expect(findingsOf(f, 'VNI-G021').map((x) => x.outcome)).toEqual(['error']);
  });
});
