/**
 * The program the determinism test synthesizes, in this process and in child processes
 * (`node -r ts-node/register/transpile-only test/support/determinism-program.ts <outdir>`).
 * It has warnings, an NSG, several apps and an imported reference, so every writer has something to write,
 * plus two gateway-required examples (azapi resources, root certificates filled in at synth, plan routes).
 */
import { App } from 'cdktf';
import { hubSpokeWithTransitPeering } from '../../examples/gateway-hub-spoke-transit';
import { twoAppsSharedGateway } from '../../examples/gateway-two-apps-shared-gateway';
import { WebAppReference } from '../../lib';
import { build, ProgramSpec } from './program';

export const SPEC: ProgramSpec = {
  location: 'West Europe',
  vnetLocation: 'westeurope',
  addressSpace: ['10.20.0.0/16'],
  sku: 'P1v3',
  os: 'Linux',
  workerCount: 12,
  apps: [{ type: 'linux-web' }, { type: 'linux-function' }, { type: 'linux-web' }],
  subnetAddressPrefix: '10.20.4.0/27',
  routeAllTraffic: false,
  maxInstances: 14,
  serviceEndpoints: ['Microsoft.Storage', 'Microsoft.KeyVault'],
  networkSecurityGroup: true,
  otherSubnet: '10.20.8.0/24',
};

export function synthDeterminismProgram(outdir: string): void {
  const app = new App({ outdir, stackTraces: false });
  const { integration } = build(SPEC, app);
  const imported = WebAppReference.fromWebAppAttributes(integration, 'Imported', {
    webAppId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/sites/legacy',
    location: 'westeurope',
  });
  integration.addApp(imported);
  twoAppsSharedGateway(app, 'shared-gateway');
  hubSpokeWithTransitPeering(app, 'hub-spoke');
  app.synth();
}

if (require.main === module) {
  synthDeterminismProgram(process.argv[2]);
}
