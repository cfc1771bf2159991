import { GatewayIntegrationModel } from '../../model/gateway';
import { DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';

/** The app's certificate must reach the gateway's root certificates. */
export const G019_ROOT_CERTIFICATE_MANAGED: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G019',
  name: 'Gateway.RootCertificateManaged',
  level: 'warning',
  scope: 'gateway-integration',
  reads: [],
  readsNoFacts: 'judges whether the library manages the gateway (same stack), which the construct knows',
  source: { ...DOCS.gateway, section: `How gateway-required virtual network integration works; ${SECTION.renewal}` },
  summary: 'When the gateway is managed elsewhere, the library cannot add the app’s certificate to it; the connection is not complete until someone does.',
  fix: 'Add the integration’s certificateData as a root certificate where the gateway is managed (or manage the gateway with PointToSiteGateway in the same stack), then apply again.',
  description:
    'The app proves itself to the gateway with a certificate App Service issues when the app connects. The gateway must list that certificate among its point-to-site root certificates. For a PointToSiteGateway in the same stack the library adds it; for an adopted gateway, or one in another stack (a cross-stack reference back would make the stacks depend on each other), it has to be added where that gateway is managed. The certificate lasts eight years and is renewed by reconnecting, which issues a new one.',
  example: GATEWAY_EXAMPLE,
  check(s) {
    return !s.rootCertificateManaged
      ? [fail(`gateway ${s.gateway.path} is managed outside this stack, so app ${s.app.label}'s certificate is not added to its root certificates; add certificateData there`)]
      : [pass()];
  },
};
