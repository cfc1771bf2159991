/** VNI-R020 in synthesis (loads cdktf). Its unit tests on plain models are in r020-inline-and-separate-subnets.test.ts, which the mutation check runs. */
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { TerraformVariable } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { SubnetReference } from '../../../lib/references/subnet-reference';
import { findings, newPlan, newStack, newWindowsApp, synthError } from '../../helpers/stacks';

/** An integration on a network declared with `subnet` (inline blocks, or a token), creating its subnet or adopting one. */
function build(subnet: unknown, adopt = false) {
  const { app, stack } = newStack();
  const plan = newPlan(stack);
  const vnet = new VirtualNetwork(stack, 'Vnet', {
    name: 'vnet', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.0.0.0/16'],
    subnet: typeof subnet === 'function' ? subnet(stack) : (subnet as never),
  });
  const existing = adopt
    ? SubnetReference.fromSubnetAttributes(stack, 'Existing', {
      subnetId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apps',
      addressPrefixes: ['10.0.4.0/26'], delegations: ['Microsoft.Web/serverFarms'], occupants: [],
    })
    : undefined;
  new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnetAddressPrefix: adopt ? undefined : '10.0.4.0/26', subnet: existing, subnetName: adopt ? undefined : 'snet-apps', apps: [newWindowsApp(stack, plan)] });
  return app;
}

describe('VNI-R020 Deployment.InlineAndSeparateSubnets', () => {
  test('Noncompliance: inline subnets beside the azurerm_subnet the integration creates give a warning naming both', () => {
    const app = build([{ name: 'snet-data', addressPrefixes: ['10.0.1.0/24'] }]);
    expect(synthError(app)).toBe('');
    const f = findings(app, 'VNI-R020');
    expect(f.map((x) => x.outcome)).toEqual(['warning']);
    expect(f[0].message).toMatch(/\[VNI-R020\].*virtual network Stack\/Vnet has 1 inline subnet block.*snet-data.*azurerm_subnet resources \(Stack\/I\/Subnet\)/);
  });
  test('Compliance 1: no inline subnets', () => {
    const app = build(undefined);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R020').map((x) => x.outcome)).toEqual(['pass']);
  });
  test('Compliance 2: inline subnets only, the integration subnet adopted by reference', () => {
    const app = build([{ name: 'apps', addressPrefixes: ['10.0.4.0/26'], delegation: [{ name: 'web', serviceDelegation: { name: 'Microsoft.Web/serverFarms' } }] }], true);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R020').map((x) => x.outcome)).toEqual(['pass']);
  });
  test('inline subnet blocks given as a token: unverified', () => {
    const app = build((stack: never) => new TerraformVariable(stack, 'subnets', { type: 'list(any)' }).listValue);
    expect(synthError(app)).toBe('');
    const f = findings(app, 'VNI-R020');
    expect(f.map((x) => x.outcome)).toEqual(['unverified']);
    expect(f[0].message).toMatch(/unverified.*var\.subnets/);
  });
});
