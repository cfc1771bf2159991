/** VNI-R002 in synthesis (loads cdktf). Its unit tests on plain models are in r002-subnet-minimum-size.test.ts, which the mutation check runs. */
import { TerraformVariable } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { SubnetReference } from '../../../lib/references/subnet-reference';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

describe('VNI-R002 Regional.SubnetMinimumSize', () => {

  test('synth: a subnet prefix from a variable is unverified (VNI-R002 and VNI-R006), never a "malformed" failure', () => {
    const { app, stack } = newStack();
    const prefix = new TerraformVariable(stack, 'subnet_prefix', { type: 'string' });
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: prefix.stringValue, apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toBe('');
    for (const id of ['VNI-R002', 'VNI-R006']) {
      const [f] = findings(app, id);
      expect(f.outcome).toBe('unverified');
      expect(f.message).toMatch(/is an unresolved token, known only at apply \(from var\.subnet_prefix\)/);
      expect(f.message).not.toMatch(/malformed|TfToken/);
    }
  });

  test('synth: an imported subnet whose prefixes hold a token is unverified', () => {
    const { app, stack } = newStack();
    const prefix = new TerraformVariable(stack, 'apps_prefix', { type: 'string' });
    const plan = newPlan(stack);
    const s = SubnetReference.fromSubnetAttributes(stack, 'Existing', {
      subnetId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apps',
      addressPrefixes: [prefix.stringValue], delegations: ['Microsoft.Web/serverFarms'], occupants: [],
    });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnet: s, apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R002').map((f) => f.outcome)).toEqual(['unverified']);
    expect(findings(app, 'VNI-R002')[0].message).toMatch(/subnet address prefixes \(addressPrefixes\), element 1, is an unresolved token.*var\.apps_prefix/);
  });
});
