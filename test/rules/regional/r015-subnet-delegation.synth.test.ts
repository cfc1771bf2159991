/** VNI-R015 in synthesis (loads cdktf). Its unit tests on plain models are in r015-subnet-delegation.test.ts, which the mutation check runs. */
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { findings, newFlexApp, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';
import { Testing } from 'cdktf';

describe('VNI-R015 Regional.SubnetDelegation', () => {

  test('synth: a subnet adopted with a lower-case serverFarms delegation is accepted as it is', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const vnet = newVnet(stack);
    const s = new Subnet(stack, 'Apps', {
      name: 'snet-apps', resourceGroupName: 'rg', virtualNetworkName: vnet.name, addressPrefixes: ['10.0.4.0/26'],
      delegation: [{ name: 'web', serviceDelegation: { name: 'microsoft.web/serverfarms' } }],
    });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnet: s, apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R015').map((f) => f.outcome)).toEqual(['pass']);
  });

  describe('Flex Consumption (FC1): Microsoft.App/environments (issue 11)', () => {
    test('synth: the construct delegates a created or adopted subnet of an FC1 plan to Microsoft.App/environments', () => {
      const { app, stack } = newStack();
      const fc1 = newPlan(stack, 'Plan', { osType: 'Linux', skuName: 'FC1' });
      const vnet = newVnet(stack);
      const adopted = new Subnet(stack, 'Adopted', { name: 'snet-flex', resourceGroupName: 'rg', virtualNetworkName: vnet.name, addressPrefixes: ['10.0.5.0/26'] });
      const flex2 = newPlan(stack, 'Plan2', { osType: 'Linux', skuName: 'FC1' });
      new RegionalVnetIntegration(stack, 'Created', { plan: fc1, virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26', apps: [newFlexApp(stack, fc1)] });
      new RegionalVnetIntegration(stack, 'Adopt', { plan: flex2, virtualNetwork: vnet, subnet: adopted, apps: [newFlexApp(stack, flex2, 'Flex2')] });
      expect(synthError(app)).toBe('');
      const out = JSON.parse(Testing.synth(stack));
      const subnets = Object.values<any>(out.resource.azurerm_subnet);
      expect(subnets.map((x) => x.delegation[0].service_delegation.name)).toEqual(['Microsoft.App/environments', 'Microsoft.App/environments']);
      expect(subnets[0].delegation[0].service_delegation.actions).toEqual(['Microsoft.Network/virtualNetworks/subnets/action']);
      const fns = Object.values<any>(out.resource.azurerm_function_app_flex_consumption);
      expect(fns.map((f) => [f.virtual_network_subnet_id.startsWith('${azurerm_subnet.'), f.site_config.vnet_route_all_enabled])).toEqual([[true, true], [true, true]]);
      expect(findings(app, 'VNI-R015').map((f) => f.outcome)).toEqual(['pass', 'pass']);
    });
  });
});
