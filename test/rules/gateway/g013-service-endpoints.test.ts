import { G013_SERVICE_ENDPOINTS as rule } from '../../../lib/rules/gateway/g013-service-endpoints';
import { integration, inventory, kinds } from './models';
import { known } from '../../helpers/models';

describe('VNI-G013 Gateway.ServiceEndpoints', () => {
  test('Compliance: none expected', () => {
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: service endpoints expected', () => {
    const [c] = rule.check(integration({ serviceEndpointsExpected: known('serviceEndpoints', ['Microsoft.Storage']) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/"Microsoft.Storage".*private endpoints/);
  });
});
