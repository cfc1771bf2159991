import { GatewayIntegrationModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { readOsType } from '../../model/read-text';
import { checkOfProblem, isUnusable } from '../shared/readings';

/** Gateway-required integration runs only for Windows code apps. */
export const G001_WINDOWS_ONLY: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G001',
  name: 'Gateway.WindowsOnly',
  level: 'error',
  scope: 'gateway-integration',
  reads: [
    { scope: 'gateway-integration', path: 'app.osType', kind: 'string' },
    { scope: 'gateway-integration', path: 'plan.osType', kind: 'string' },
  ],
  source: { ...DOCS.gateway, section: SECTION.intro, versions: 'The 2019 page already excluded Linux apps; the 2023 page and its later revision add Windows containers.' },
  summary: 'The app and its plan must run Windows, and the app must not be a Windows container.',
  fix: 'Run the app as a Windows code app on a Windows plan, or use RegionalVnetIntegration (which supports Linux and containers).',
  description:
    'Gateway-required integration is built on a point-to-site VPN client that App Service starts on the Windows workers hosting the app. Linux workers and Windows containers have no such client, so the platform refuses the connection. Regional integration has no such limit.',
  example: GATEWAY_EXAMPLE,
  check(s) {
    const out: Check[] = [];
    for (const [what, label, f] of [
      ['app', s.app.label, s.app.osType],
      ['plan', s.plan.label, s.plan.osType],
    ] as const) {
      const os = readOsType(f);
      if (isUnusable(os)) {
        out.push(checkOfProblem(os, `${what} ${label}: operating system`, 'Windows'));
      } else if (os.value !== 'Windows') {
        out.push(fail(`${what} ${label} runs ${os.value === 'WindowsContainer' ? 'Windows containers' : os.value}; gateway-required integration accepts Windows code apps on Windows plans only`));
      }
    }
    return out.length > 0 ? out : [pass()];
  },
};
