/** VNI-R014 in synthesis (loads cdktf). Its unit tests on plain models are in r014-one-integration-form-per-app.test.ts, which the mutation check runs. */
import { Testing } from 'cdktf';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { planAndApp, stackIn, synthError, vnet } from '../../helpers/peering-fixtures';

describe('VNI-R014 through synthesis', () => {
  test('Noncompliance: one app with regional integration in one stack and gateway-required in another', () => {
    const cdk = Testing.app();
    const sites = stackIn(cdk, 'sites');
    const sa = stackIn(cdk, 'a');
    const sb = stackIn(cdk, 'b');
    const first = planAndApp(sites, 'First');
    new RegionalVnetIntegration(sa, 'Integration', { plan: first.plan, apps: [first.app], virtualNetwork: vnet(sa, 'A', ['10.1.0.0/16']), subnetAddressPrefix: '10.1.0.0/26' });
    new GatewayVnetIntegration(sb, 'Integration', {
      app: first.app, plan: first.plan,
      gatewayOptions: { virtualNetwork: vnet(sb, 'B', ['10.2.0.0/16']), gatewaySubnetAddressPrefix: '10.2.255.0/27', pointToSiteAddressPool: ['172.16.50.0/24'] },
    });
    expect(synthError(cdk)).toMatch(/\[VNI-R014\][^\n]*app sites\/FirstApp is already integrated by a\/Integration \(regional\); this construct adds gateway-required/);
  });

  test('one app in two regional integrations is left to VNI-R017, across stacks', () => {
    const cdk = Testing.app();
    const sites = stackIn(cdk, 'sites');
    const sa = stackIn(cdk, 'a');
    const sb = stackIn(cdk, 'b');
    const first = planAndApp(sites, 'First');
    const second = planAndApp(sites, 'Second');
    new RegionalVnetIntegration(sa, 'Integration', { plan: first.plan, apps: [first.app], virtualNetwork: vnet(sa, 'A', ['10.1.0.0/16']), subnetAddressPrefix: '10.1.0.0/26' });
    new RegionalVnetIntegration(sb, 'Integration', { plan: second.plan, apps: [first.app], virtualNetwork: vnet(sb, 'B', ['10.2.0.0/16']), subnetAddressPrefix: '10.2.0.0/26' });
    const err = synthError(cdk);
    expect(err).toMatch(/\[VNI-R017\][^\n]*app sites\/FirstApp runs on another plan than sites\/SecondPlan/);
    expect(err).not.toMatch(/VNI-R014/);
  });
});
