/** VNI-R007 in synthesis (loads cdktf). Its unit tests on plain models are in r007-subnet-overlap.test.ts, which the mutation check runs. */
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { Testing } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { VnetPeering } from '../../../lib/constructs/vnet-peering';
import { R007_SUBNET_OVERLAP as rule } from '../../../lib/rules/deployment/r007-subnet-overlap';
import { k } from '../../helpers/keys';
import { inventory, known, regional, tree } from '../../helpers/models';
import { findingsOf, planAndApp, stackIn, synthError, vnet } from '../../helpers/peering-fixtures';
import { checkInventory, kinds, messages } from '../../helpers/rule-harness';
import { newPlan, newStack, newVnet, newWindowsApp } from '../../helpers/stacks';

const a = regional({ path: 'S/A' });
const treeSubnet = (prefixes: unknown[], vnetKey = 'vnet-1-name') => tree({ subnetsByVnet: new Map([[k(vnetKey), [{ key: k('other'), path: 'S/Db', prefixes: known('address prefixes of subnet S/Db (address_prefixes)', prefixes as never) }]]]) });

describe('VNI-R007 Deployment.IntegrationSubnetOverlap', () => {

  test('Noncompliance 3: a subnet that names the network by its literal name (and group), not by reference', () => {
    // The integration's network has a reference name key and a literal one; a subnet written with
    // virtual_network_name = "vnet-app" in resource group "rg" sits in the same network.
    const byName = regional({ path: 'S/A', vnet: { ...a.vnet, nameKeys: [k('ref:S:azurerm_virtual_network.vnet.name'), k('name-key')] } });
    const c = checkInventory(rule, inventory({ regional: [byName], tree: treeSubnet(['10.0.4.0/28'], 'name-key') }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/overlaps subnet/);
  });
});

describe('VNI-R007 through synthesis', () => {
  test('Noncompliance: a subnet written with the network name as a literal overlaps the integration subnet', () => {
    const { app: cdk, stack } = newStack();
    const plan2 = newPlan(stack);
    const v = newVnet(stack, 'Vnet');
    // virtual_network_name and resource_group_name as plain strings, as teams often write them.
    new Subnet(stack, 'Db', { name: 'snet-db', resourceGroupName: 'rg', virtualNetworkName: 'vnet', addressPrefixes: ['10.0.4.0/28'] });
    new RegionalVnetIntegration(stack, 'I', { plan: plan2, virtualNetwork: v, subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan2)] });
    expect(synthError(cdk)).toMatch(/\[VNI-R007\][^\n]*subnet Stack\/Db \(10\.0\.4\.0\/28\) overlaps subnet Stack\/I\/Subnet \(10\.0\.4\.0\/26\)/);
  });

  test('Compliance and Noncompliance across stacks: other subnets of the hub network declared in the hub stack', () => {
    const build = (prefix: string) => {
      const cdk = Testing.app();
      const hub = stackIn(cdk, 'hub');
      const web = stackIn(cdk, 'web');
      const hubVnet = vnet(hub, 'Hub', ['10.0.0.0/16']);
      new Subnet(hub, 'Workloads', { name: 'snet-workloads', resourceGroupName: 'rg-net', virtualNetworkName: hubVnet.name, addressPrefixes: ['10.0.1.0/24'] });
      const { plan: p, app: site } = planAndApp(web, 'Web');
      new RegionalVnetIntegration(web, 'Integration', { plan: p, apps: [site], virtualNetwork: hubVnet, subnetAddressPrefix: prefix });
      return cdk;
    };
    const ok = build('10.0.2.0/26');
    expect(synthError(ok)).toBe('');
    expect(findingsOf(ok, 'VNI-R007').map((f) => [f.path, f.outcome])).toEqual([['web/Integration', 'pass']]);
    expect(synthError(build('10.0.1.64/26'))).toMatch(/\[VNI-R007\][^\n]*overlaps subnet hub\/Workloads \(10\.0\.1\.0\/24\)/);
  });

  test('Compliance: an integration in the app stack reaching a peered hub network', () => {
    const cdk = Testing.app();
    const hub = stackIn(cdk, 'hub');
    const web = stackIn(cdk, 'web');
    const hubVnet = vnet(hub, 'Hub', ['10.0.0.0/16']);
    const local = vnet(web, 'Local', ['10.1.0.0/16']);
    const w = planAndApp(web, 'Web');
    new RegionalVnetIntegration(web, 'Integration', { plan: w.plan, apps: [w.app], virtualNetwork: local, subnetAddressPrefix: '10.1.0.0/26' });
    new VnetPeering(web, 'ToHub', { virtualNetwork: local, remoteVirtualNetwork: hubVnet });
    expect(synthError(cdk)).toBe('');
    expect([...findingsOf(cdk, 'VNI-P005'), ...findingsOf(cdk, 'VNI-R007')].map((f) => f.outcome)).toEqual(['pass', 'pass']);
  });
});

describe('VNI-R007 with inline subnet blocks of the network', () => {
  const { VirtualNetwork } = require('@cdktf/provider-azurerm/lib/virtual-network') as typeof import('@cdktf/provider-azurerm/lib/virtual-network');
  const { RegionalVnetIntegration: Integration } = require('../../../lib/constructs/regional-vnet-integration') as typeof import('../../../lib/constructs/regional-vnet-integration');
  const { TerraformVariable } = require('cdktf') as typeof import('cdktf');
  const s = require('../../helpers/stacks') as typeof import('../../helpers/stacks');
  const build = (inline: (stack: never) => unknown) => {
    const { app, stack } = s.newStack();
    const plan = s.newPlan(stack);
    const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet', location: 'westeurope', resourceGroupName: 'rg', addressSpace: ['10.0.0.0/16'], subnet: inline(stack as never) as never });
    new Integration(stack, 'I', { plan, virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26', subnetName: 'snet-apps', apps: [s.newWindowsApp(stack, plan)] });
    return app;
  };
  test('Noncompliance: an inline subnet overlapping the integration subnet fails synthesis', () => {
    expect(s.synthError(build(() => [{ name: 'snet-data', addressPrefixes: ['10.0.4.0/24'] }]))).toMatch(/VNI-R007.*subnet "snet-data" \(10\.0\.4\.0\/24\)|VNI-R007.*10\.0\.4\.0\/26.*snet-data/);
  });
  test('Compliance: an inline subnet elsewhere in the network passes', () => {
    const app = build(() => [{ name: 'snet-data', addressPrefixes: ['10.0.1.0/24'] }]);
    expect(s.synthError(app)).toBe('');
    expect(s.findings(app, 'VNI-R007').map((x) => x.outcome)).toEqual(['pass']);
  });
  test('inline prefixes that are a token: unverified', () => {
    const app = build((stack) => [{ name: 'snet-data', addressPrefixes: new TerraformVariable(stack, 'prefixes', { type: 'list(string)' }).listValue }]);
    expect(s.synthError(app)).toBe('');
    const f = s.findings(app, 'VNI-R007');
    expect(f.map((x) => x.outcome)).toEqual(['unverified']);
    expect(f[0].message).toMatch(/var\.prefixes/);
  });
});
