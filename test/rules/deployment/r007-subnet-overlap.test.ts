import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { Testing } from 'cdktf';
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { VnetPeering } from '../../../lib/constructs/vnet-peering';
import { R007_SUBNET_OVERLAP as rule } from '../../../lib/rules/deployment/r007-subnet-overlap';
import { k } from '../../helpers/keys';
import { app, inventory, known, plan, regional, subnet, tokenValue, tree } from '../../helpers/models';
import { findingsOf, planAndApp, stackIn, synthError, vnet } from '../../helpers/peering-fixtures';
import { checkInventory, evaluateRule, kinds, messages } from '../../helpers/rule-harness';
import { newPlan, newStack, newVnet, newWindowsApp } from '../../helpers/stacks';

const a = regional({ path: 'S/A' });
const b = regional({ path: 'S/B', plan: plan({ key: k('plan-2'), label: 'S/Plan2' }), subnet: subnet({ key: k('subnet-2'), label: 'S/B/Subnet', addressPrefixes: known('p', ['10.0.5.0/26']) }), apps: [app({ key: k('app-2'), planKey: k('plan-2') })] });
const treeSubnet = (prefixes: unknown[], vnetKey = 'vnet-1-name') => tree({ subnetsByVnet: new Map([[k(vnetKey), [{ key: k('other'), path: 'S/Db', prefixes: known('address prefixes of subnet S/Db (address_prefixes)', prefixes as never) }]]]) });

describe('VNI-R007 Deployment.IntegrationSubnetOverlap', () => {
  test('Compliance: disjoint integration subnets in one network', () => {
    expect(kinds(checkInventory(rule, inventory({ regional: [a, b] })))).toEqual(['pass', 'pass']);
  });

  test('Noncompliance 1: two integration subnets overlap, with the rule ID', () => {
    const inv = inventory({ regional: [a, { ...b, subnet: subnet({ key: k('subnet-2'), label: 'S/B/Subnet', addressPrefixes: known('p', ['10.0.4.32/27']) }) }] });
    const c = checkInventory(rule, inv);
    expect(c.filter((x) => x.kind === 'fail')).toHaveLength(1);
    expect(messages(c)).toMatch(/10\.0\.4\.32\/27\) overlaps subnet .*10\.0\.4\.0\/26/);
    expect(evaluateRule(rule, inv).find((f) => f.outcome === 'error')?.message).toMatch(/^\[VNI-R007\] Deployment\.IntegrationSubnetOverlap:/);
  });

  test('Noncompliance 2: a plain subnet of the network overlaps', () => {
    expect(messages(checkInventory(rule, inventory({ regional: [a], tree: treeSubnet(['10.0.0.0/22', '10.0.4.32/27']) })))).toMatch(/S\/Db/);
  });

  test('Noncompliance 3: a subnet that names the network by its literal name (and group), not by reference', () => {
    // The integration's network has a reference name key and a literal one; a subnet written with
    // virtual_network_name = "vnet-app" in resource group "rg" sits in the same network.
    const byName = regional({ path: 'S/A', vnet: { ...a.vnet, nameKeys: [k('ref:S:azurerm_virtual_network.vnet.name'), k('name-key')] } });
    const c = checkInventory(rule, inventory({ regional: [byName], tree: treeSubnet(['10.0.4.0/28'], 'name-key') }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/overlaps subnet/);
  });

  test('Compliance: the same subnet seen twice is not an overlap with itself', () => {
    const t = tree({ subnetsByVnet: new Map([[k('vnet-1-name'), [{ key: k('subnet-1'), path: 'S/A/Subnet', prefixes: known('prefixes', ['10.0.4.0/26']) }]]]) });
    expect(kinds(checkInventory(rule, inventory({ regional: [a], tree: t })))).toEqual(['pass']);
  });

  test('a neighbouring subnet whose prefix is a token is unverified, not skipped', () => {
    const c = checkInventory(rule, inventory({ regional: [a], tree: treeSubnet([tokenValue('var.db_prefix')]) }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/address prefixes of subnet S\/Db \(address_prefixes\), element 1, is an unresolved token.*var\.db_prefix/);
  });

  test('IPv6 blocks compare with IPv6 only', () => {
    expect(kinds(checkInventory(rule, inventory({ regional: [a], tree: treeSubnet(['10.0.6.0/24', 'fd00:db8::/64']) })))).toEqual(['pass']);
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
