/** VNI-R021 in synthesis (loads cdktf). Its unit tests on plain models are in r021-subnet-declared-twice.test.ts, which the mutation check runs. */
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { TerraformVariable } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { findings, newPlan, newStack, newWindowsApp, synthError } from '../../helpers/stacks';

function build(inline: (stack: never) => { name: string; addressPrefixes: string[] }[]) {
  const { app, stack } = newStack();
  const plan = newPlan(stack);
  const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.0.0.0/16'], subnet: inline(stack as never) });
  new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26', subnetName: 'snet-apps', apps: [newWindowsApp(stack, plan)] });
  return app;
}

describe('VNI-R021 Deployment.SubnetDeclaredTwice', () => {
  test('Noncompliance: an inline block named like the integration subnet (any case) fails synthesis', () => {
    expect(synthError(build(() => [{ name: 'SNET-APPS', addressPrefixes: ['10.0.4.0/26'] }]))).toMatch(/\[VNI-R021\].*subnet "SNET-APPS" is named "SNET-APPS", like the azurerm_subnet Stack\/I\/Subnet .*declared twice/);
  });
  test('Compliance: other inline names pass (the mix itself is VNI-R020)', () => {
    const app = build(() => [{ name: 'snet-data', addressPrefixes: ['10.0.1.0/24'] }]);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R021').map((x) => x.outcome)).toEqual(['pass']);
  });
  test('an inline name that is a token: unverified', () => {
    const app = build((stack) => [{ name: new TerraformVariable(stack, 'subnet_name', { type: 'string' }).stringValue, addressPrefixes: ['10.0.1.0/24'] }]);
    expect(synthError(app)).toBe('');
    const f = findings(app, 'VNI-R021');
    expect(f.map((x) => x.outcome)).toEqual(['unverified']);
    expect(f[0].message).toMatch(/unverified.*var\.subnet_name/);
  });
});
