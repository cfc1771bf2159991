import { G014_ROUTE_TABLE as rule } from '../../../lib/rules/gateway/g014-route-table';
import { integration, inventory, kinds } from './models';

describe('VNI-G014 Gateway.RouteTable', () => {
  test('Compliance: no route table', () => {
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: route table given', () => {
    const [c] = rule.check(integration({ routeTableGiven: true }), inventory()) as any[];
    expect(c.message).toMatch(/route tables do not affect/);
  });
});
