import { G019_ROOT_CERTIFICATE_MANAGED as rule } from '../../../lib/rules/gateway/g019-root-certificate-managed';
import { integration, inventory, kinds } from './models';

describe('VNI-G019 Gateway.RootCertificateManaged', () => {
  test('Compliance: the library manages the certificate', () => {
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: gateway managed elsewhere', () => {
    const [c] = rule.check(integration({ rootCertificateManaged: false }), inventory()) as any[];
    expect(c.message).toMatch(/add certificateData there/);
  });
});
