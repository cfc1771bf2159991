/** VNI-R019 in synthesis (loads cdktf). Its unit tests on plain models are in r019-non-private-range-needs-route-all.test.ts, which the mutation check runs. */
import { CrossRegionVnetAccess } from '../../../lib/constructs/cross-region-vnet-access';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { VnetPeering } from '../../../lib/constructs/vnet-peering';
import { findings, newPlan, newStack, newVnet, newWindowsApp } from '../../helpers/stacks';

describe('VNI-R019 through synthesis', () => {
  test('Compliance: the default route-all passes with a non-RFC 1918 range', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack, 'Vnet', ['10.0.0.0/16', '100.64.0.0/24']), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    app.synth();
    expect(findings(app, 'VNI-R019').map((f) => f.outcome)).toEqual(['pass']);
  });

  test('Noncompliance: route-all off and a peered network in another stack with a public range warns', () => {
    const { app, stack } = newStack();
    const other = newStack(app, 'Remote').stack;
    const plan = newPlan(stack);
    const local = newVnet(stack);
    const remote = newVnet(other, 'RemoteVnet', ['198.51.100.0/24'], 'northeurope');
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: local, subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)], routeAllTraffic: false });
    new VnetPeering(stack, 'Peering', { virtualNetwork: local, remoteVirtualNetwork: remote });
    app.synth();
    const f = findings(app, 'VNI-R019');
    expect(f.map((x) => x.outcome)).toEqual(['warning']);
    expect(f[0].path).toBe('Stack/I');
    expect(f[0].message).toContain('VNI-R019');
    expect(f[0].message).toContain('198.51.100.0/24');
  });
});

describe('VNI-R019 with CrossRegionVnetAccess', () => {
  test('Noncompliance: the remote network of a cross-region access has a non-RFC 1918 range and route-all is off', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const remote = newVnet(stack, 'Remote', ['100.64.0.0/16'], 'northeurope');
    new CrossRegionVnetAccess(stack, 'Access', {
      plan, apps: [newWindowsApp(stack, plan)], remoteVirtualNetwork: remote,
      localNetwork: { addressSpace: ['10.10.0.0/16'], name: 'vnet-we' }, subnetAddressPrefix: '10.10.0.0/26', routeAllTraffic: false,
    });
    app.synth();
    const f = findings(app, 'VNI-R019');
    expect(f.map((x) => x.outcome)).toEqual(['warning']);
    expect(f[0].message).toContain('100.64.0.0/16');
  });
});

describe('VNI-R019 with an imported app', () => {
  const { RegionalVnetIntegration } = require('../../../lib/constructs/regional-vnet-integration') as typeof import('../../../lib/constructs/regional-vnet-integration');
  const { WebAppReference } = require('../../../lib/references/web-app-reference') as typeof import('../../../lib/references/web-app-reference');
  const s = require('../../helpers/stacks') as typeof import('../../helpers/stacks');
  const build = (routeAllEnabled: boolean | undefined) => {
    const { app, stack } = s.newStack();
    const plan = s.newPlan(stack);
    const web = WebAppReference.fromWebAppAttributes(stack, 'Imported', {
      webAppId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app-imported', location: 'westeurope', osType: 'Windows', routeAllEnabled,
    });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: s.newVnet(stack, 'Vnet', ['10.0.0.0/16', '100.64.0.0/24']), subnetAddressPrefix: '10.0.4.0/26', apps: [web] });
    s.synthError(app);
    return s.findings(app, 'VNI-R019');
  };
  test('route-all not stated: unverified naming the app', () => {
    const f = build(undefined);
    expect(f.map((x) => x.outcome)).toEqual(['unverified']);
    expect(f[0].message).toMatch(/imported app Stack\/Imported reaches .*100\.64\.0\.0\/24.*routeAllEnabled\) was not given/);
  });
  test('Noncompliance: route-all stated off: a warning', () => {
    const f = build(false);
    expect(f.map((x) => x.outcome)).toEqual(['warning']);
    expect(f[0].message).toMatch(/\[VNI-R019\].*route-all is off for imported app Stack\/Imported.*100\.64\.0\.0\/24/);
  });
  test('Compliance: route-all stated on', () => {
    expect(build(true).map((x) => x.outcome)).toEqual(['pass']);
  });
});
