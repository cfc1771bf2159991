/** VNI-G014 in synthesis (loads cdktf). Its unit tests on plain models are in g014-route-table.test.ts, which the mutation check runs. */
import { RouteTable } from '@cdktf/provider-azurerm/lib/route-table';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G014 Gateway.RouteTable', () => {
  test('synth: warning, and the table is not associated with anything', () => {
    const f = fixture();
    const rt = new RouteTable(f.stack, 'rt', { name: 'rt', resourceGroupName: 'rg', location: 'westeurope' });
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f), routeTable: rt });
    expect(findingsOf(f, 'VNI-G014').map((x) => x.outcome)).toEqual(['warning']);
  });
});
