import { G013_SERVICE_ENDPOINTS as rule } from '../../../lib/rules/gateway/g013-service-endpoints';
import { integration, inventory, kinds } from './models';
import { known, token, tokenValue } from '../../helpers/models';
import { messages } from '../../helpers/rule-harness';

describe('VNI-G013 Gateway.ServiceEndpoints', () => {
  test('Compliance: none expected', () => {
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: service endpoints expected', () => {
    const [c] = rule.check(integration({ serviceEndpointsExpected: known('serviceEndpoints', ['Microsoft.Storage']) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/"Microsoft.Storage".*private endpoints/);
  });
  test('Compliance: an empty list of service endpoints', () => {
    expect(kinds(rule.check(integration({ serviceEndpointsExpected: known('serviceEndpoints', []) }), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance: every endpoint is listed, tokens by their origin', () => {
    const c = rule.check(integration({ serviceEndpointsExpected: known('serviceEndpoints', ['Microsoft.Storage', 'Microsoft.Sql']) }), inventory());
    expect(messages(c)).toBe('serviceEndpoints "Microsoft.Storage", "Microsoft.Sql" were given, but service endpoint-secured resources are not reachable this way; remove them and use private endpoints');
    // A list holding only a token still gives service endpoints.
    const t = rule.check(integration({ serviceEndpointsExpected: known('serviceEndpoints', [tokenValue('var.endpoint')]) }), inventory());
    expect(kinds(t)).toEqual(['fail']);
    expect(messages(t)).toMatch(/^serviceEndpoints \(.*var\.endpoint.*\) were given, but/);
  });
  test('a list that is a token as a whole is unverified', () => {
    const c = rule.check(integration({ serviceEndpointsExpected: token('serviceEndpoints', 'var.endpoints') }), inventory());
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/^service endpoints given to the integration cannot be checked: /);
  });
});
