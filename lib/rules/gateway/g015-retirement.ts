import { GatewayIntegrationModel } from '../../model/gateway';
import { DOCS, fail, SubjectRule } from '../rule';
import { SECTION } from './common';

/** Gateway-required integration is being retired. */
export const G015_RETIREMENT: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G015',
  name: 'Gateway.Retirement',
  level: 'warning',
  scope: 'gateway-integration',
  reads: [],
  readsNoFacts: 'warns on every gateway-required integration, whatever it is configured with',
  source: {
    ...DOCS.gateway,
    section: SECTION.intro,
    versions:
      'The 2023 page put the feature in maintenance mode with removal on 31 March 2024; its later revision drops the date and recommends regional integration. The current public page announces retirement on 31 March 2027, which this rule follows.',
  },
  summary: 'Microsoft is retiring gateway-required integration (announced for 31 March 2027).',
  fix: 'Plan a move to RegionalVnetIntegration; to reach a network in another region use CrossRegionVnetAccess (regional integration plus global peering). Acknowledge this warning with a reason until then.',
  description:
    'Gateway-required integration is in maintenance mode. The current Microsoft Learn page announces its retirement for 31 March 2027 (the 2023 revision gave 31 March 2024; the later revision recommends regional integration without a date). Regional integration now reaches other regions through global peering, which is what CrossRegionVnetAccess builds. The gateway side ends on the same date: the App Service documents require SSTP point-to-site, and Azure VPN Gateway stops SSTP connections on 31 March 2027 and no longer supports enabling SSTP from 31 March 2026 (VNI-G027).',
  example: `// Instead of GatewayVnetIntegration: regional integration into a network in the app's region,
// plus global peering to the remote network (CrossRegionVnetAccess builds both; see its docs).
new RegionalVnetIntegration(this, 'Regional', {
  plan, apps: [webApp], virtualNetwork: localVnet, subnetAddressPrefix: '10.1.4.0/26',
});`,
  check(s) {
    return [fail(`app ${s.app.label} uses gateway-required integration, which Microsoft retires on 31 March 2027`)];
  },
};
