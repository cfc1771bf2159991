import { RouteTable } from '@cdktf/provider-azurerm/lib/route-table';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { G014_ROUTE_TABLE as rule } from '../../../lib/rules/gateway/g014-route-table';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';
import { integration, inventory, kinds } from './models';

describe('VNI-G014 Gateway.RouteTable', () => {
  test('Compliance: no route table', () => {
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: route table given', () => {
    const [c] = rule.check(integration({ routeTableGiven: true }), inventory()) as any[];
    expect(c.message).toMatch(/route tables do not affect/);
  });
  test('synth: warning, and the table is not associated with anything', () => {
    const f = fixture();
    const rt = new RouteTable(f.stack, 'rt', { name: 'rt', resourceGroupName: 'rg', location: 'westeurope' });
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f), routeTable: rt });
    expect(findingsOf(f, 'VNI-G014').map((x) => x.outcome)).toEqual(['warning']);
  });
});
